# ruff: noqa
# a JSON encoder and recursive-descent decoder written by hand: escapes, nesting, numbers, errors with positions
def encode(obj, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        out = ['"']
        for ch in obj:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 32 or ord(ch) > 126:
                out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + ",".join(pad + encode(v, indent, level + 1) for v in obj) + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        sep = ": " if indent is not None else ":"
        return "{" + ",".join(pad + encode(str(k)) + sep + encode(v, indent, level + 1) for k, v in obj.items()) + end + "}"
    raise TypeError("Object of type %s is not JSON serializable" % type(obj).__name__)
class DecodeError(ValueError):
    pass
def decode(text):
    pos = 0
    def skip():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t\r":
            pos += 1
    def value():
        nonlocal pos
        skip()
        if pos >= len(text):
            raise DecodeError("unexpected end at %d" % pos)
        c = text[pos]
        if c == "{":
            pos += 1
            result = {}
            skip()
            if text[pos] == "}":
                pos += 1
                return result
            while True:
                skip()
                key = value()
                skip()
                if text[pos] != ":":
                    raise DecodeError("expected ':' at %d" % pos)
                pos += 1
                result[key] = value()
                skip()
                if text[pos] == ",":
                    pos += 1
                elif text[pos] == "}":
                    pos += 1
                    return result
                else:
                    raise DecodeError("expected ',' or '}' at %d" % pos)
        if c == "[":
            pos += 1
            items = []
            skip()
            if text[pos] == "]":
                pos += 1
                return items
            while True:
                items.append(value())
                skip()
                if text[pos] == ",":
                    pos += 1
                elif text[pos] == "]":
                    pos += 1
                    return items
                else:
                    raise DecodeError("expected ',' or ']' at %d" % pos)
        if c == '"':
            pos += 1
            out = []
            while text[pos] != '"':
                if text[pos] == "\\":
                    pos += 1
                    esc = text[pos]
                    if esc == "u":
                        out.append(chr(int(text[pos + 1:pos + 5], 16)))
                        pos += 4
                    else:
                        out.append({"n": "\n", "t": "\t"}.get(esc, esc))
                else:
                    out.append(text[pos])
                pos += 1
            pos += 1
            return "".join(out)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        if start == pos:
            raise DecodeError("unexpected %r at %d" % (c, pos))
        num = text[start:pos]
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    result = value()
    skip()
    if pos != len(text):
        raise DecodeError("extra data at %d" % pos)
    return result
doc = {"name": "Widget \"X\"", "tags": ["a", "b\nc"], "price": 12.5, "count": 3, "ok": True, "none": None,
       "nested": {"empty": [], "map": {}, "unicode": "café"}}
text = encode(doc)
print(text)
print(encode(doc, indent=2))
print(decode(text) == doc, decode(" [1, -2.5e3, \"x\", {\"k\": [true, false, null]}] "))
for bad in ["[1, 2", "{\"a\" 1}", "[1,]", "tru", "1 2", "@"]:
    try:
        decode(bad)
    except DecodeError as e:
        print("DecodeError:", e)
    except IndexError:
        print("IndexError at end of", repr(bad))
try:
    encode({1, 2})
except TypeError as e:
    print("TypeError:", e)
