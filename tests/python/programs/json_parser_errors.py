# ruff: noqa
# a recursive-descent JSON parser and serializer: objects keep key order, \\u escapes including
# surrogate pairs, numbers becoming int or float, errors carrying line and column, round trips,
# pretty printing with indentation and sorted keys
class JSONError(ValueError):
    def __init__(self, msg, text, pos):
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__("%s: line %d column %d (char %d)" % (msg, line, col, pos))


class Parser:
    def __init__(self, text):
        self.text, self.pos = text, 0

    def error(self, msg):
        return JSONError(msg, self.text, self.pos)

    def ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def parse(self):
        value = self.value()
        self.ws()
        if self.pos != len(self.text):
            raise self.error("Extra data")
        return value

    def value(self):
        self.ws()
        if self.pos >= len(self.text):
            raise self.error("Expecting value")
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        return self.number()

    def obj(self):
        self.pos += 1
        result = {}
        self.ws()
        if self.text[self.pos:self.pos + 1] == "}":
            self.pos += 1
            return result
        while True:
            self.ws()
            if self.text[self.pos:self.pos + 1] != '"':
                raise self.error("Expecting property name enclosed in double quotes")
            key = self.string()
            self.ws()
            if self.text[self.pos:self.pos + 1] != ":":
                raise self.error("Expecting ':' delimiter")
            self.pos += 1
            result[key] = self.value()
            self.ws()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                self.pos -= 1
                raise self.error("Expecting ',' delimiter")

    def arr(self):
        self.pos += 1
        result = []
        self.ws()
        if self.text[self.pos:self.pos + 1] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.ws()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                self.pos -= 1
                raise self.error("Expecting ',' delimiter")

    def string(self):
        self.pos += 1
        out = []
        escapes = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
        while True:
            if self.pos >= len(self.text):
                raise self.error("Unterminated string starting at")
            ch = self.text[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.pos + 1:self.pos + 2]
                if esc == "u":
                    code = int(self.text[self.pos + 2:self.pos + 6], 16)
                    self.pos += 6
                    if 0xD800 <= code < 0xDC00 and self.text.startswith("\\u", self.pos):
                        low = int(self.text[self.pos + 2:self.pos + 6], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        self.pos += 6
                    out.append(chr(code))
                    continue
                if esc not in escapes:
                    raise self.error("Invalid \\escape")
                out.append(escapes[esc])
                self.pos += 2
                continue
            out.append(ch)
            self.pos += 1

    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        token = self.text[start:self.pos]
        if not token:
            raise self.error("Expecting value")
        return float(token) if any(c in token for c in ".eE") else int(token)


def dumps(value, indent=None, sort_keys=False, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if isinstance(value, dict):
        if not value:
            return "{}"
        keys = sorted(value) if sort_keys else list(value)
        items = [pad + dumps(k) + ": " + dumps(value[k], indent, sort_keys, level + 1) for k in keys]
        return "{" + sep.join(items) + end + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[" + sep.join(pad + dumps(v, indent, sort_keys, level + 1) for v in value) + end + "]"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        out = []
        for ch in value:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 0x20 or ord(ch) > 0x7E:
                code = ord(ch)
                if code > 0xFFFF:
                    code -= 0x10000
                    out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
                else:
                    out.append("\\u%04x" % code)
            else:
                out.append(ch)
        return '"' + "".join(out) + '"'
    return repr(value)


doc = '{"name": "kit", "tags": ["vm", "jit"], "ver": 3.11, "n": -42, "ok": true, "none": null,\n "esc": "a\\"b\\\\c\\n\\u00e9\\ud83d\\ude00", "nested": {"z": [], "a": {}}}'
data = Parser(doc).parse()
print(data)
print(dumps(data))
print(dumps(data, indent=2, sort_keys=True))
print(Parser(dumps(data)).parse() == data, Parser("[1e3, 2.5E-1, 0, -0.0]").parse())
for bad in ['{"a" 1}', "[1, 2", '{"a": 1,}', "[1 2]", '"abc', "", "tru", '{"x": "\\q"}', "[1]\n  x", "{1: 2}"]:
    try:
        Parser(bad).parse()
    except JSONError as e:
        print("%-14r JSONError: %s" % (bad, e))
    except (IndexError, ValueError) as e:
        print("%-14r %s: %s" % (bad, type(e).__name__, e))
