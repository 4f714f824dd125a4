# ruff: noqa
# comparison tables across types: ==, <, and the TypeError boundaries between unorderable types
VALUES = [0, 1, -1, 0.0, 1.5, float("inf"), True, False, None, "", "a", "B", (), (1,), (1, 2), [], [1], b"a", 1j]
def cmp(a, b, op):
    try:
        return "T" if eval("a %s b" % op) else "F"
    except TypeError:
        return "x"
for op in ["==", "!=", "<", "<=", ">", ">="]:
    print(op)
    for a in VALUES:
        print("  %-6s %s" % (repr(a)[:6], "".join(cmp(a, b, op) for b in VALUES)))
nan = float("nan")
print([nan == nan, nan < 1, nan > 1, nan != nan, [nan] == [nan], (nan,) < (nan,), 1 < nan or nan <= 1])
print(sorted([3, 1.5, True, 2, -0.0, 0]), sorted(["b", "A", "a", "", "B"]), sorted([(1, "b"), (1, "a"), (0, "z")]))
