# ruff: noqa
# slicing every (start, stop, step) combination on a list, a string, a tuple and a range; they must all agree
seq = list(range(6))
text = "abcdef"
tup = tuple(seq)
rng = range(6)
bounds = [None, -7, -3, -1, 0, 2, 5, 9]
steps = [None, 1, 2, -1, -2, 3]
lines = []
mismatches = 0
for step in steps:
    row = []
    for start in bounds:
        for stop in bounds:
            s = slice(start, stop, step)
            a = seq[s]
            if "".join(text[s]) != "".join("abcdef"[i] for i in a) or list(tup[s]) != a or list(rng[s]) != a:
                mismatches += 1
            row.append("".join(map(str, a)) or "-")
    lines.append("step %s: %s" % (step, " ".join(row)))
print("\n".join(lines))
print("mismatches:", mismatches)
print([slice(a, b, c).indices(6) for a, b, c in [(None, None, None), (-10, 10, 2), (5, None, -1), (None, None, -3)]])
try:
    seq[::0]
except ValueError as e:
    print("ValueError:", e)
