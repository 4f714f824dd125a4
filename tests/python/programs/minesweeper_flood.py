# ruff: noqa
# grid algorithms: Minesweeper board generation with a seeded PRNG, neighbour counts, flood-fill reveal with an
# explicit stack, a simple deduction solver, connected components labelling, Bresenham lines and midpoint
# circles drawn on a character canvas, and 2D prefix sums for rectangle queries
class LCG:
    def __init__(self, seed):
        self.state = seed
    def randrange(self, n):
        self.state = (self.state * 6364136223846793005 + 1) % 2 ** 64
        return (self.state >> 33) % n
def make_board(w, h, mines, rng, safe):
    cells = [(x, y) for y in range(h) for x in range(w) if abs(x - safe[0]) > 1 or abs(y - safe[1]) > 1]
    chosen = set()
    while len(chosen) < mines:
        chosen.add(cells[rng.randrange(len(cells))])
    return chosen
def neighbors(x, y, w, h):
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            if (dx or dy) and 0 <= x + dx < w and 0 <= y + dy < h:
                yield x + dx, y + dy
def counts(mines, w, h):
    return {(x, y): sum((n in mines) for n in neighbors(x, y, w, h)) for y in range(h) for x in range(w)}
def reveal(start, mines, num, w, h, opened):
    stack = [start]
    while stack:
        c = stack.pop()
        if c in opened or c in mines:
            continue
        opened.add(c)
        if num[c] == 0:
            stack.extend(n for n in neighbors(*c, w, h) if n not in opened)
    return opened
def render(w, h, mines, num, opened, flags=(), show=False):
    rows = []
    for y in range(h):
        row = ""
        for x in range(w):
            c = (x, y)
            if c in opened:
                row += str(num[c]) if num[c] else "."
            elif c in flags:
                row += "F"
            elif show and c in mines:
                row += "*"
            else:
                row += "#"
        rows.append(row)
    return "\n".join(rows)
W, H, M = 16, 10, 22
rng = LCG(12345)
mines = make_board(W, H, M, rng, (8, 5))
num = counts(mines, W, H)
opened = reveal((8, 5), mines, num, W, H, set())
print(render(W, H, mines, num, opened))
print(len(opened), "opened")
flags = set()
progress = True
rounds = 0
while progress:
    progress = False
    rounds += 1
    for c in sorted(opened):
        hidden = [n for n in neighbors(*c, W, H) if n not in opened]
        unflagged = [n for n in hidden if n not in flags]
        flagged = len(hidden) - len(unflagged)
        if num[c] == len(hidden) and unflagged:
            flags.update(unflagged)
            progress = True
        elif num[c] == flagged and unflagged:
            for n in unflagged:
                reveal(n, mines, num, W, H, opened)
            progress = True
print(render(W, H, mines, num, opened, flags))
print(rounds, len(opened), len(flags), flags <= mines, len(opened) + len(mines) == W * H)
def components(grid):
    h, w = len(grid), len(grid[0])
    label = [[0] * w for _ in range(h)]
    current = 0
    sizes = []
    for y in range(h):
        for x in range(w):
            if grid[y][x] == "#" and not label[y][x]:
                current += 1
                size = 0
                stack = [(x, y)]
                label[y][x] = current
                while stack:
                    cx, cy = stack.pop()
                    size += 1
                    for nx, ny in ((cx + 1, cy), (cx - 1, cy), (cx, cy + 1), (cx, cy - 1)):
                        if 0 <= nx < w and 0 <= ny < h and grid[ny][nx] == "#" and not label[ny][nx]:
                            label[ny][nx] = current
                            stack.append((nx, ny))
                sizes.append(size)
    return label, sizes
picture = ["##..#....#", "##..#..###", "....#.....", "###...##..", "#.#...##.#", "###......#"]
label, sizes = components(picture)
print(sizes, "\n".join("".join(".123456789abcdef"[v] for v in row) for row in label))
class Canvas:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [[" "] * w for _ in range(h)]
    def plot(self, x, y, ch="#"):
        if 0 <= x < self.w and 0 <= y < self.h:
            self.cells[y][x] = ch
    def line(self, x0, y0, x1, y1, ch="#"):
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
        err = dx + dy
        while True:
            self.plot(x0, y0, ch)
            if x0 == x1 and y0 == y1:
                break
            e2 = 2 * err
            if e2 >= dy:
                err += dy
                x0 += sx
            if e2 <= dx:
                err += dx
                y0 += sy
    def circle(self, cx, cy, r, ch="o"):
        x, y, d = r, 0, 1 - r
        while x >= y:
            for px, py in ((x, y), (y, x), (-y, x), (-x, y), (-x, -y), (-y, -x), (y, -x), (x, -y)):
                self.plot(cx + px, cy + py, ch)
            y += 1
            if d < 0:
                d += 2 * y + 1
            else:
                x -= 1
                d += 2 * (y - x) + 1
    def __str__(self):
        return "\n".join("".join(r).rstrip() for r in self.cells)
cv = Canvas(30, 15)
cv.circle(15, 7, 6)
cv.line(0, 0, 29, 14, "\\")
cv.line(0, 14, 29, 0, "/")
cv.line(2, 7, 27, 7, "-")
print(cv)
grid = [[(x * 7 + y * 3) % 10 for x in range(8)] for y in range(6)]
prefix = [[0] * 9 for _ in range(7)]
for y in range(6):
    for x in range(8):
        prefix[y + 1][x + 1] = grid[y][x] + prefix[y][x + 1] + prefix[y + 1][x] - prefix[y][x]
def rect_sum(x0, y0, x1, y1):
    return prefix[y1][x1] - prefix[y0][x1] - prefix[y1][x0] + prefix[y0][x0]
print([rect_sum(*q) for q in [(0, 0, 8, 6), (1, 1, 3, 3), (2, 0, 5, 6), (7, 5, 8, 6)]],
      sum(grid[y][x] for y in range(1, 3) for x in range(1, 3)))
