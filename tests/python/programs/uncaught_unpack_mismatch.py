# ruff: noqa
# exit: 1
# error: ValueError: not enough values to unpack (expected 3, got 2)
# unpacking records of the wrong length: caught variants with CPython's messages, star targets
# absorbing the difference, then a malformed CSV row left uncaught
rows = ["ann,31,paris", "bob,27,rome", "cy,40", "dee,22,oslo,extra"]


def parse_strict(row):
    name, age, city = row.split(",")
    return name, int(age), city


def parse_loose(row):
    name, age, *rest = row.split(",")
    return name, int(age), rest[0] if rest else None, rest[1:]


for row in rows:
    try:
        print(parse_strict(row))
    except ValueError as e:
        print("ValueError:", e)
print([parse_loose(r) for r in rows])
for target in ["", "a", "ab", "abcd"]:
    try:
        x, y, z = target
    except ValueError as e:
        print(repr(target), "->", e)
try:
    a, b, *c, d, e = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    (a, b), c = [1, 2], 3, 4
except ValueError as err:
    print("ValueError:", err)
(p, q), r = "pq", "r"
first, *_, last = range(10)
print(p, q, r, first, last)
try:
    k, v = {"only": 1}
except ValueError as err:
    print("ValueError:", err)
k, = {"only": 1}
print(k)
for record in rows:
    name, age, city = record.split(",")
    print("%s is %s and lives in %s" % (name, age, city))
