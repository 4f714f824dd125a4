# ruff: noqa
# serializing object graphs to a JSON-like text and back: __dict__ and __slots__ objects, shared references
# and cycles encoded with ids, custom hooks (__getstate__/__setstate__-style), type registry via
# __init_subclass__, escaping of strings, and a deep-copy implementation with a memo dict
REGISTRY = {}
class Serializable:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        REGISTRY[cls.__name__] = cls
    def getstate(self):
        slots = type(self).__dict__.get("__slots__")
        if slots is not None:
            return {name: getattr(self, name) for name in slots if hasattr(self, name)}
        return dict(self.__dict__)
    def setstate(self, state):
        for k, v in state.items():
            setattr(self, k, v)
class Person(Serializable):
    def __init__(self, name, age):
        self.name, self.age = name, age
        self.friends = []
class Point(Serializable):
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Secret(Serializable):
    def __init__(self, value):
        self.value = value
        self.cache = {"derived": value * 2}
    def getstate(self):
        return {"value": self.value}
    def setstate(self, state):
        self.value = state["value"]
        self.cache = {"derived": self.value * 2, "restored": True}
def escape(s):
    out = []
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 32 or ord(ch) > 126:
            out.append("\\u%04x" % ord(ch) if ord(ch) < 0x10000 else "\\U%08x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
def dumps(obj):
    ids = {}
    alive = []          # keep temporary state dicts alive so that their ids are never reused
    def enc(o):
        if o is None or isinstance(o, bool):
            return {None: "null", True: "true", False: "false"}[o]
        if isinstance(o, (int, float)):
            return repr(o)
        if isinstance(o, str):
            return escape(o)
        if id(o) in ids:
            return '{"$ref": %d}' % ids[id(o)]
        ids[id(o)] = len(ids)
        alive.append(o)
        my = ids[id(o)]
        if isinstance(o, list):
            return '{"$id": %d, "$list": [%s]}' % (my, ", ".join(enc(v) for v in o))
        if isinstance(o, tuple):
            return '{"$id": %d, "$tuple": [%s]}' % (my, ", ".join(enc(v) for v in o))
        if isinstance(o, dict):
            return '{"$id": %d, "$dict": [%s]}' % (my, ", ".join("[%s, %s]" % (enc(k), enc(v)) for k, v in o.items()))
        if isinstance(o, Serializable):
            return '{"$id": %d, "$type": %s, "$state": %s}' % (my, escape(type(o).__name__), enc(o.getstate()))
        raise TypeError("cannot serialize %s" % type(o).__name__)
    return enc(obj)
def parse(text):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        ws()
        ch = text[pos]
        if ch == "{":
            pos += 1
            out = {}
            ws()
            while text[pos] != "}":
                k = value()
                ws()
                pos += 1
                out[k] = value()
                ws()
                if text[pos] == ",":
                    pos += 1
                    ws()
            pos += 1
            return out
        if ch == "[":
            pos += 1
            out = []
            ws()
            while text[pos] != "]":
                out.append(value())
                ws()
                if text[pos] == ",":
                    pos += 1
            pos += 1
            return out
        if ch == '"':
            pos += 1
            out = []
            while text[pos] != '"':
                if text[pos] == "\\":
                    nxt = text[pos + 1]
                    if nxt == "u":
                        out.append(chr(int(text[pos + 2:pos + 6], 16)))
                        pos += 6
                        continue
                    if nxt == "U":
                        out.append(chr(int(text[pos + 2:pos + 10], 16)))
                        pos += 10
                        continue
                    out.append("\n" if nxt == "n" else nxt)
                    pos += 2
                    continue
                out.append(text[pos])
                pos += 1
            pos += 1
            return "".join(out)
        for word, v in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos):
                pos += len(word)
                return v
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        num = text[start:pos]
        return float(num) if any(c in num for c in ".eE") else int(num)
    return value()
def loads(text):
    raw = parse(text)
    objects = {}
    def build(node):
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            return objects[node["$ref"]]
        oid = node["$id"]
        if "$list" in node:
            out = objects[oid] = []
            out.extend(build(v) for v in node["$list"])
            return out
        if "$tuple" in node:
            out = objects[oid] = tuple(build(v) for v in node["$tuple"])
            return out
        if "$dict" in node:
            out = objects[oid] = {}
            for k, v in node["$dict"]:
                out[build(k)] = build(v)
            return out
        cls = REGISTRY[node["$type"]]
        obj = objects[oid] = cls.__new__(cls)
        obj.setstate(build(node["$state"]))
        return obj
    return build(raw)
ann, bob = Person("Ann \"the great\"", 31), Person("B\u00f6b\n\U0001F600", 29)
ann.friends.append(bob)
bob.friends.append(ann)
shared = Point(1, 2)
root = {"people": [ann, bob], "origin": shared, "again": shared, "secret": Secret(21), "misc": (1, 2.5, None, True, "x"),
        "nested": {"k": [[], {}, ()]}}
text = dumps(root)
print(text[:150])
print(len(text))
back = loads(text)
a2, b2 = back["people"]
print(a2.name, repr(b2.name), a2.friends[0] is b2, b2.friends[0] is a2, back["origin"] is back["again"])
print(back["origin"].x, back["origin"].y, type(back["origin"]).__name__, hasattr(back["origin"], "__dict__"))
print(back["secret"].value, back["secret"].cache, back["misc"], back["nested"])
print(dumps(loads(text)) == text, sorted(REGISTRY))
try:
    dumps({1: object()})
except TypeError as e:
    print("TypeError:", e)
def deepcopy(obj, memo=None):
    if memo is None:
        memo = {}
    if id(obj) in memo:
        return memo[id(obj)]
    if isinstance(obj, (int, float, str, bool, type(None))):
        return obj
    if isinstance(obj, list):
        out = memo[id(obj)] = []
        out.extend(deepcopy(v, memo) for v in obj)
        return out
    if isinstance(obj, tuple):
        return tuple(deepcopy(v, memo) for v in obj)
    if isinstance(obj, dict):
        out = memo[id(obj)] = {}
        for k, v in obj.items():
            out[deepcopy(k, memo)] = deepcopy(v, memo)
        return out
    new = type(obj).__new__(type(obj))
    memo[id(obj)] = new
    state = obj.getstate()
    memo.setdefault("alive", []).append(state)      # ids of live objects are never reused
    new.setstate(deepcopy(state, memo))
    return new
copy = deepcopy(root)
c_ann = copy["people"][0]
print(c_ann is not ann, c_ann.friends[0].friends[0] is c_ann, copy["origin"] is copy["again"], copy["origin"] is not shared)
c_ann.name = "changed"
print(ann.name, c_ann.name)
