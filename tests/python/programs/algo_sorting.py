# ruff: noqa
# sorting algorithms by hand (quick, merge, heap, insertion, counting) checked against sorted(), with key and stability
def quicksort(items):
    if len(items) <= 1:
        return items
    pivot = items[len(items) // 2]
    return quicksort([x for x in items if x < pivot]) + [x for x in items if x == pivot] + quicksort([x for x in items if x > pivot])
def merge_sort(items, key=lambda x: x):
    if len(items) <= 1:
        return items[:]
    mid = len(items) // 2
    left, right = merge_sort(items[:mid], key), merge_sort(items[mid:], key)
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j]); j += 1
        else:
            out.append(left[i]); i += 1
    return out + left[i:] + right[j:]
def heap_sort(items):
    a = items[:]
    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for start in range(len(a) // 2 - 1, -1, -1):
        sift(start, len(a) - 1)
    for end in range(len(a) - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a
def insertion_sort(items):
    a = items[:]
    for i in range(1, len(a)):
        x = a[i]
        j = i - 1
        while j >= 0 and a[j] > x:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a
def counting_sort(items, maximum):
    counts = [0] * (maximum + 1)
    for x in items:
        counts[x] += 1
    return [v for v, c in enumerate(counts) for _ in range(c)]
data = [(i * 7919) % 101 for i in range(60)]
expected = sorted(data)
print(quicksort(data) == expected, merge_sort(data) == expected, heap_sort(data) == expected,
      insertion_sort(data) == expected, counting_sort(data, 100) == expected, expected[:10])
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(merge_sort(records, key=lambda r: r[1]) == sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1]), sorted(records, key=lambda r: (-r[1], r[0])))
print(sorted(records, key=lambda r: r[1], reverse=True))
big = [(x * 37) % 211 for x in range(200)]
print(sorted(big)[:8], sorted(big, reverse=True)[:8], sorted(big, key=lambda v: (v % 10, v))[:8])
words = "the Quick brown fox Jumps over the lazy Dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: w[-1]))
calls = [0]
def counting_key(x):
    calls[0] += 1
    return -x
big.sort(key=counting_key)
print(big[:5], calls[0] == len(big))
nearly = list(range(100))
nearly[10], nearly[90] = nearly[90], nearly[10]
print(sorted(nearly) == list(range(100)), sorted(reversed(range(70)))[:3])
try:
    sorted([1, None, 2])
except TypeError as e:
    print("TypeError:", e)
