# ruff: noqa
# assignment expressions: in while loops and comprehensions, binding in the enclosing function
# (or the module, or a declared global), in conditions with short-circuiting, in nested
# comprehensions, and the names they leave behind
import math

TOTAL = None


def parse_records(lines):
    records = []
    it = iter(lines)
    while (line := next(it, None)) is not None:
        if not (stripped := line.strip()) or stripped.startswith("#"):
            continue
        if (eq := stripped.find("=")) > 0:
            records.append((stripped[:eq].strip(), stripped[eq + 1:].strip()))
    return records, line, stripped


print(parse_records(["a = 1", "", "# comment", "  b=two ", "broken", "c = 3"]))


def running_totals(values):
    total = 0
    sums = [total := total + v for v in values]
    return sums, total


print(running_totals([3, 1, 4, 1, 5]))


def set_global(values):
    global TOTAL
    found = [TOTAL := v for v in values if v % 2]
    return found


print(set_global([2, 7, 4, 9, 6]), TOTAL)


def shadowing():
    TOTAL = "local"
    [TOTAL := x for x in "xyz"]
    return TOTAL


print(shadowing(), TOTAL)
data = [4, 9, 15, 16, 20, 25]
roots = [(n, r) for n in data if (r := math.isqrt(n)) * r == n]
print(roots, r, n if "n" in dir() else "n not leaked")
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat_big = [y for row in matrix for x in row if (y := x * 10) > 40]
print(flat_big, y, x if "x" in globals() else "x not leaked")
has_long = any(len(w := word) > 5 for word in ["tiny", "small", "enormous", "medium"])
print(has_long, w)
all_short = all(len(last := word) < 6 for word in ["ab", "abc", "abcdefg", "z"])
print(all_short, last)


def chunks(stream, size):
    out = []
    pos = 0
    while chunk := stream[pos:pos + size]:
        out.append(chunk)
        pos += size
    return out


print(chunks("abcdefghij", 3), chunks("", 2), chunks([1, 2, 3, 4], 2))


def first_match(items, predicate):
    if any(predicate(hit := item) for item in items):
        return hit
    return None


print(first_match(range(10, 100), lambda v: v % 17 == 0), first_match([], bool))
counter = 0
stats = {"evens": [v for v in range(8) if not (counter := counter + 1) or v % 2 == 0], "count": counter}
print(stats, (z := 5) + z, [z := z + 1 for _ in range(3)], z)


class Reader:
    def __init__(self, text):
        self.parts = text.split()

    def tokens(self):
        return [p for part in self.parts if (p := part.strip(".,!").lower())]


print(Reader("Hello, World! ... again.").tokens())
print((lambda: (inner := 42) + 1)(), [(a, b) for a in range(3) if (b := a * a) > 0])
