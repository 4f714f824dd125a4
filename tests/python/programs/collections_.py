# ruff: noqa
# lists, tuples, dicts, sets, slicing, unpacking, comprehensions
nums = [5, 3, 8, 1, 9, 2]
print(sorted(nums), sorted(nums, reverse=True), nums[::2], nums[-2:], nums[::-1])
nums.sort()
nums.append(10)
nums.insert(0, 0)
print(nums, nums.pop(), nums.pop(0), nums.index(8), nums.count(3))
del nums[1]
nums[0] = 100
print(nums, len(nums), 8 in nums, 4 in nums)
a, b, *rest = [1, 2, 3, 4, 5]
print(a, b, rest)
first, *middle, last = "hello"
print(first, middle, last)
(x, y), z = (1, 2), 3
print(x, y, z)
t = (1, "two", 3.0)
print(t, t[1], len(t), t + (4,), t * 2, (1,), ())
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d.get("four"), d.get("four", 4), "two" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, v)
print(d.pop("one"), d, d.setdefault("z", 26), d)
squares = {n: n * n for n in range(5)}
evens = [n for n in range(20) if n % 2 == 0 if n % 3 == 0]
pairs = [(i, j) for i in range(3) for j in range(i)]
print(squares, evens, pairs)
s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s), 2 in s, {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2})
print(list(zip([1, 2, 3], "abc")), list(enumerate("xy", 1)), list(map(str, [1, 2])))
print(list(filter(None, [0, 1, "", "a"])), list(reversed([1, 2, 3])), any([0, 1]), all([]))
matrix = [[1, 2], [3, 4]]
print([[row[i] for row in matrix] for i in range(2)])
print(dict(a=1, b=2), dict([("x", 1)]), list("abc"), tuple([1, 2]), set())
words = "the quick brown fox jumps over the lazy dog".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq, max(words, key=len), min(words))
print([1, 2] == [1, 2], [1, 2] < [1, 3], (1, 2) < (1, 2, 0), [[]] * 2)
