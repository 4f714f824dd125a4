# ruff: noqa
# iteration builtins: enumerate (start), zip (strict), map (several iterables), filter (None), reversed, iter/next
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)), list(enumerate(range(3), start=-1)))
print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", range(5))), list(zip("abc", [1, 2, 3], (True, False, None))))
print(list(zip("ab", "cd", strict=True)))
for args in [("abc", "ab"), ("a", "ab"), ("ab", "ab", "a")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1, 2], [3], [5, 6])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))), list(reversed({1: 2, 3: 4})))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Rev())), list(Rev()), 20 in Rev(), list(iter(Rev())))
class OwnRev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(OwnRev())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)), iter(it) is it, list(iter([])))
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 5)
except TypeError as e:
    print("TypeError:", e)
e = enumerate("xy")
print(next(e), list(e), type(e).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(iter([])).__name__)
m = map(int, ["1", "x", "3"])
print(next(m))
try:
    next(m)
except ValueError as ex:
    print("ValueError:", ex)
print(next(m), dict(zip("ab", map(ord, "ab"))), sorted(map(len, ["aaa", "b", "cc"])), any(map(str.isupper, "abC")))
z = zip([1, 2, 3], [4, 5])
print(list(z), list(z))
print(list(zip(*[(1, "a"), (2, "b")])), list(map(None.__class__, [])), [*enumerate(zip("ab", "cd"))])
