# ruff: noqa
# exceptions raised inside special methods: propagation through operators, comparisons in sort, __hash__ in dicts,
# __len__ and __iter__ errors, __repr__ failures in containers, errors during attribute lookup
class Boom(Exception):
    pass
class Bad:
    def __add__(self, other):
        raise Boom("add")
    def __lt__(self, other):
        raise Boom("lt")
    def __hash__(self):
        raise Boom("hash")
    def __len__(self):
        raise Boom("len")
    def __iter__(self):
        raise Boom("iter")
    def __repr__(self):
        raise Boom("repr")
    def __eq__(self, other):
        raise Boom("eq")
    def __getattr__(self, name):
        raise Boom("getattr " + name)
b = Bad()
tests = [lambda: b + 1, lambda: 1 + b if False else b + b, lambda: sorted([b, b]), lambda: {b: 1}, lambda: len(b),
         lambda: list(b), lambda: repr([b]), lambda: b == 1, lambda: b.missing, lambda: 1 in [b],
         lambda: [1, 2].index(b), lambda: max(b, b), lambda: b in {1: 2}, lambda: str(b), lambda: "%s" % b, lambda: f"{b!r}"]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except Boom as e:
        print(i, "Boom:", e)
class HalfBad:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise ValueError("cannot compare 3")
        return self.v < other.v
items = [HalfBad(v) for v in [5, 1, 4]]
items.sort()
print([x.v for x in items])
try:
    sorted([HalfBad(v) for v in [5, 3, 1]])
except ValueError as e:
    print("ValueError:", e)
class BadIndex:
    def __index__(self):
        raise Boom("index")
try:
    [1, 2][BadIndex()]
except Boom as e:
    print("Boom:", e)
class BadBool:
    def __bool__(self):
        raise Boom("bool")
try:
    print(not BadBool())
except Boom as e:
    print("Boom:", e)
try:
    print([x for x in [1, 2] if BadBool()])
except Boom as e:
    print("Boom:", e)
