# ruff: noqa
# a pprint-like pretty printer: nested dicts/lists/tuples/sets wrapped to a width, sorted dict keys,
# recursion detection, custom __repr__ objects, depth limits, compact mode, plus a textwrap-like justifier
def pformat(obj, width=40, indent=1, depth=None, sort_dicts=True, _level=0, _seen=None):
    if _seen is None:
        _seen = set()
    r = repr(obj) if not isinstance(obj, (dict, list, tuple, set, frozenset)) else None
    if r is not None:
        return r
    if id(obj) in _seen:
        return "<Recursion on %s with id=%d>" % (type(obj).__name__, 0)
    if depth is not None and _level >= depth:
        return {"dict": "{...}", "list": "[...]", "tuple": "(...)"}.get(type(obj).__name__, "...")
    _seen = _seen | {id(obj)}
    if isinstance(obj, dict):
        items = sorted(obj.items(), key=lambda kv: repr(kv[0])) if sort_dicts else list(obj.items())
        parts = ["%r: %s" % (k, pformat(v, width, indent, depth, sort_dicts, _level + 1, _seen)) for k, v in items]
        open_, close = "{", "}"
    elif isinstance(obj, (set, frozenset)):
        parts = [pformat(v, width, indent, depth, sort_dicts, _level + 1, _seen) for v in sorted(obj, key=repr)]
        open_, close = ("{", "}") if isinstance(obj, set) else ("frozenset({", "})")
        if not obj:
            return "set()" if isinstance(obj, set) else "frozenset()"
    else:
        parts = [pformat(v, width, indent, depth, sort_dicts, _level + 1, _seen) for v in obj]
        open_, close = ("[", "]") if isinstance(obj, list) else ("(", ")")
        if isinstance(obj, tuple) and len(obj) == 1:
            close = ",)"
    flat = open_ + ", ".join(parts) + close
    if len(flat) + _level * indent <= width or not parts:
        return flat
    pad = " " * (len(open_) + _level * indent)
    inner = (",\n" + pad).join(p.replace("\n", "\n" + " " * len(open_)) for p in parts)
    return open_ + inner + close
data = {"name": "widget", "tags": ["a", "b", "c"], "dims": {"w": 10, "h": 20, "d": (1, 2, 3)},
        "history": [{"v": i, "ok": i % 2 == 0, "notes": "x" * i} for i in range(4)], "empty": {}, "one": (1,),
        "s": {3, 1, 2}, "fs": frozenset(["z"]), "nested": [[[[1, 2, [3, 4, [5, 6]]]]]]}
print(pformat(data))
print(pformat(data, width=100))
print(pformat(data, depth=2))
print(pformat(data["history"], width=30))
loop = [1, 2]
loop.append(loop)
d = {"self": None}
d["self"] = d
print(pformat(loop), pformat(d))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
print(pformat({"points": [Point(i, i * i) for i in range(6)], "origin": Point(0, 0)}, width=50))
print(pformat(list(range(30)), width=30), pformat([], width=1), pformat(set()), pformat(frozenset()))
def justify(text, width):
    words = text.split()
    lines, current = [], []
    for w in words:
        if current and len(" ".join(current + [w])) > width:
            lines.append(current)
            current = []
        current.append(w)
    out = []
    for line in lines:
        gaps = len(line) - 1
        if gaps == 0:
            out.append(line[0].ljust(width))
            continue
        spaces = width - sum(len(w) for w in line)
        q, r = divmod(spaces, gaps)
        out.append("".join(w + " " * (q + (1 if i < r else 0)) for i, w in enumerate(line[:-1])) + line[-1])
    out.append(" ".join(current).ljust(width))
    return out
TEXT = ("Beautiful is better than ugly. Explicit is better than implicit. Simple is better than complex. "
        "Complex is better than complicated. Flat is better than nested. Sparse is better than dense.")
for w in (30, 45):
    print("\n".join("|%s|" % line for line in justify(TEXT, w)))
def wrap(text, width, initial="", subsequent=""):
    out, line = [], initial
    for word in text.split():
        candidate = line + (" " if line.strip() else "") + word
        if len(candidate) > width and line.strip():
            out.append(line)
            line = subsequent + word
        else:
            line = candidate
    out.append(line)
    return out
print("\n".join(wrap(TEXT, 40, "  * ", "    ")))
def shorten(text, width, placeholder=" [...]"):
    words = text.split()
    out = ""
    for w in words:
        cand = (out + " " + w).strip()
        if len(cand) + len(placeholder) > width:
            return out + placeholder
        out = cand
    return out
print(shorten(TEXT, 40), "|", shorten("short text", 40), "|", shorten(TEXT, 12))
