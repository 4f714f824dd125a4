# ruff: noqa
# comparisons: chained comparisons evaluate operands once and short-circuit, is/is not, in/not in, mixed types
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2) >= v(2) <= v(5) > v(4), calls)
calls.clear()
print(v(1) < v(0) < v(undefined := 5) if False else "skipped")
x = 5
print(1 < x < 10, 1 < x > 3, x == 5 == 5.0, 0 <= x < 5, not 1 < x)
print(1 in [1, 2] in [[1, 2]], (1, 2) < (1, 3) < (2,), "a" < "b" < "c" < "cc")
a = [1]
b = [1]
print(a == b, a is b, a is not b, a != b, None is None, type(a) is list)
one = 1
print(1 == 1.0, one is not True, True == 1, 0 == False, "1" == 1, [] == (), [] == [], () == ())
print(float("nan") != float("nan"), [float("nan")] == [float("nan")], x in {5: "five"}, "ell" in "hello")
for left, right in [(1, "a"), ([1], (1,)), ({}, 1), (None, 0), (1j, 2j)]:
    for op in ["<", "<=", ">", ">="]:
        try:
            eval("left %s right" % op)
            print("no error", op)
        except TypeError as e:
            print(e)
print(not 0, not "", not [0], not None, (not 1) == False)
print(3 > 2 > 1 == 1 < 2, (3 > 2) > 1, 1 < 2 < 3 < 4 < 5 < 4)
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("lt", self.n, other.n)
        return self.n < other.n
    def __bool__(self):
        print("bool", self.n)
        return True
print(Loud(1) < Loud(2) < Loud(3))
print(Loud(3) < Loud(2) < Loud(1))
