# ruff: noqa
# deterministic pseudo-random generators (LCG, xorshift64) driving a Monte Carlo estimate, a shuffle and a walk
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33
    def random(self):
        return self.next() / 2 ** 31
    def randint(self, a, b):
        return a + self.next() % (b - a + 1)
class XorShift:
    def __init__(self, seed):
        self.x = seed or 1
    def next(self):
        x = self.x
        x ^= (x << 13) & 0xFFFFFFFFFFFFFFFF
        x ^= x >> 7
        x ^= (x << 17) & 0xFFFFFFFFFFFFFFFF
        self.x = x
        return x
rng = LCG(42)
print([rng.randint(1, 6) for _ in range(12)])
inside = 0
N = 4000
for _ in range(N):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("pi ~", 4 * inside / N)
def shuffle(items, gen):
    items = list(items)
    for i in range(len(items) - 1, 0, -1):
        j = gen.next() % (i + 1)
        items[i], items[j] = items[j], items[i]
    return items
xs = XorShift(2024)
print(shuffle(range(10), xs), [xs.next() % 100 for _ in range(5)])
pos, visited = 0, {0}
walk = LCG(7)
for _ in range(200):
    pos += 1 if walk.next() % 2 else -1
    visited.add(pos)
print(pos, min(visited), max(visited), len(visited))
hist = [0] * 5
for _ in range(1000):
    hist[rng.next() % 5] += 1
print(hist, sum(hist))
