# ruff: noqa
# list methods: append extend insert pop remove index count reverse sort copy clear, operators and errors
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); print(a)
a.extend([3, 5]); a.extend(range(2)); a.extend("ab"); a.extend((x for x in [7])); print(a)
a.insert(0, "first"); a.insert(-1, "before-last"); a.insert(100, "end"); a.insert(-100, "start"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3), a)
a.remove("first"); a.remove(1); print(a, a.index(5), a.index(5, 5), a.index(5, 5, 100), a.count(5), a.count("zz"))
for bad in [lambda: a.remove("zz"), lambda: a.index("zz"), lambda: a.index(5, 0, 3), lambda: [].pop(),
            lambda: a.pop(100), lambda: a.insert("x", 1)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
b = a.copy(); b.reverse(); print(b, a is b, a == b[::-1])
nums = [5, -2, 9, 0, -7, 3]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
nums.sort(key=abs); print(nums)
nums.sort(key=lambda x: -x * x, reverse=True); print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
try:
    [3, "a", 1].sort()
except TypeError as e:
    print("TypeError:", e)
c = [1, 2]; c.clear(); print(c, len(c))
print([1, 2] + [3], [0] * 3, 2 * [None], [[]] * 2, [1, 2] * 0, [1] * -3)
d = [1, 2]; d += (3, 4); d += "x"; d *= 2; print(d)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 100], [] < [0], [1, [2]] == [1, [2]], [1, 2] != [1, 2.0])
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
e = [1, 2, 3]
print(list(reversed(e)), e.__len__(), e.__contains__(2), e.__getitem__(-1), list.__name__, 3 in e, 4 not in e)
l = []
l.append(l)
print(l, [l, [l]])
print(list(), list("ab"), list(range(3)), list({"k": 1}), list((1, 2)), list({3: 4}.items()))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), sorted([[3], [1, 2], [1]]), max([[1, 2], [1, 3]]))
