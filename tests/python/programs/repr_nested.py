# ruff: noqa
# repr of nested containers: quotes in strings, recursive structures, empty containers, mixed element types
values = [[], (), {}, set(), frozenset(), [[]], ((),), (1,), [1, (2, [3, {4: (5,)}])], {"k": [1, {"n": None}]},
          ["it's", 'say "hi"', "both ' \"", "back\\slash", "\n\t"], {1: "a", "b": 2, (3,): [4]}, [1.0, -0.0, 1e100, 2j],
          [True, None, ..., NotImplemented], b"bytes", [b"x", bytearray(b"y")], range(3), slice(1, None, 2)]
for v in values:
    print(repr(v), str(v) == repr(v))
a = [1]
a.append(a)
b = {"self": None}
b["self"] = b
c = [a, b]
print(a, b, c, repr(a))
class R:
    def __repr__(self):
        return "R()"
print([R(), (R(),), {R()}, {"r": R()}], str([R()]))
t = (1, [2])
t[1].append(t)
print(t)
print(repr("'"), repr('"'), repr("'\""), repr(""), repr(" "), repr("\x00"), repr("é"), repr("\u0378"))
