# ruff: noqa
# loops: for/while with else, break and continue in nested loops, loop variables after the loop, range forms
for i in range(3):
    pass
else:
    print("for completed, i =", i)
for i in range(10):
    if i == 4:
        print("breaking at", i)
        break
else:
    print("never printed")
n = 0
while n < 3:
    n += 1
else:
    print("while completed, n =", n)
while True:
    n -= 1
    if n == 0:
        break
print("n after break", n)
for x in []:
    print("empty")
else:
    print("else of empty for")
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i + 1:
            break
        print((i, j), end=" ")
print()
def find_pair(target):
    for a in range(10):
        for b in range(a, 10):
            if a * b == target:
                return a, b
    return None
print(find_pair(24), find_pair(97))
found = None
for i in range(2, 50):
    for d in range(2, i):
        if i % d == 0:
            break
    else:
        found = i
print("last prime below 50:", found)
print(list(range(0)), list(range(5, 0, -1)), list(range(-3, 3, 2)), list(range(10, 0, -3)), range(3)[-1])
total = 0
i = 0
while i < 100:
    i += 1
    if i % 3:
        continue
    total += i
print("sum of multiples of 3 up to 100:", total)
k = 10
while k:
    k //= 2
    print(k, end=" ")
print()
for ch in "hi":
    for _ in range(2):
        print(ch, end="")
print()
count = 0
for a, b in zip(range(5), range(5, 10)):
    count += a * b
print(count)
