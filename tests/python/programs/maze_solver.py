# ruff: noqa
# maze generation with a seeded generator (randomized DFS on a grid) and solving it with BFS; rendered as text
class Rand:
    def __init__(self, seed):
        self.s = seed
    def below(self, n):
        self.s = (self.s * 1103515245 + 12345) & 0x7FFFFFFF
        return self.s % n
W, H = 8, 5
rand = Rand(99)
walls = {((x, y), (x + dx, y + dy)) for x in range(W) for y in range(H) for dx, dy in ((1, 0), (0, 1))}
seen = {(0, 0)}
stack = [(0, 0)]
while stack:
    x, y = stack[-1]
    options = [(x + dx, y + dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
               if 0 <= x + dx < W and 0 <= y + dy < H and (x + dx, y + dy) not in seen]
    if not options:
        stack.pop()
        continue
    nxt = options[rand.below(len(options))]
    walls.discard(((x, y), nxt))
    walls.discard((nxt, (x, y)))
    seen.add(nxt)
    stack.append(nxt)
def open_between(a, b):
    return (a, b) not in walls and (b, a) not in walls
def solve():
    start, goal = (0, 0), (W - 1, H - 1)
    prev = {start: None}
    queue = [start]
    while queue:
        cur = queue.pop(0)
        if cur == goal:
            break
        x, y = cur
        for nxt in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= nxt[0] < W and 0 <= nxt[1] < H and nxt not in prev and open_between(cur, nxt):
                prev[nxt] = cur
                queue.append(nxt)
    path, node = [], goal
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1]
path = set(solve())
lines = ["+" + "--+" * W]
for y in range(H):
    row = "|"
    below = "+"
    for x in range(W):
        row += (" *" if (x, y) in path else "  ") + ("|" if x == W - 1 or not open_between((x, y), (x + 1, y)) else " ")
        below += ("--" if y == H - 1 or not open_between((x, y), (x, y + 1)) else "  ") + "+"
    lines.append(row)
    lines.append(below)
print("\n".join(lines))
print("path length", len(path), "open walls removed", W * H * 2 - len(walls))
