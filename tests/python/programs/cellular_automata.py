# ruff: noqa
# cellular automata: elementary rules 30, 90, 110 with wrap-around, Langton's ant, a sand pile model,
# Brian's brain on a small torus, and counting period / population statistics
def elementary(rule, width=31, steps=15):
    row = [0] * width
    row[width // 2] = 1
    table = [(rule >> i) & 1 for i in range(8)]
    lines = []
    for _ in range(steps):
        lines.append("".join("#" if c else "." for c in row))
        row = [table[(row[(i - 1) % width] << 2) | (row[i] << 1) | row[(i + 1) % width]] for i in range(width)]
    return lines
for rule in (30, 90, 110):
    print("rule", rule)
    print("\n".join(elementary(rule)))
def langton(steps, size=11):
    grid = set()
    x = y = size // 2
    dx, dy = 0, -1
    for _ in range(steps):
        if (x, y) in grid:
            dx, dy = -dy, dx
            grid.remove((x, y))
        else:
            dx, dy = dy, -dx
            grid.add((x, y))
        x, y = (x + dx) % size, (y + dy) % size
    rows = ["".join("#" if (i, j) in grid else "." for i in range(size)) for j in range(size)]
    return rows, len(grid)
rows, black = langton(200)
print("\n".join(rows), black)
def sandpile(grains, size=7):
    grid = [[0] * size for _ in range(size)]
    grid[size // 2][size // 2] = grains
    topples = 0
    unstable = True
    while unstable:
        unstable = False
        for i in range(size):
            for j in range(size):
                if grid[i][j] >= 4:
                    unstable = True
                    q, grid[i][j] = divmod(grid[i][j], 4)
                    topples += q
                    for di, dj in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                        ni, nj = i + di, j + dj
                        if 0 <= ni < size and 0 <= nj < size:
                            grid[ni][nj] += q
    return grid, topples
grid, topples = sandpile(200)
print("\n".join(" ".join(str(v) for v in row) for row in grid), topples, sum(map(sum, grid)))
def brians_brain(cells, size, steps):
    # states: 0 off, 1 on, 2 dying
    history = []
    for _ in range(steps):
        new = {}
        for i in range(size):
            for j in range(size):
                s = cells.get((i, j), 0)
                if s == 1:
                    new[(i, j)] = 2
                elif s == 0:
                    n = sum(1 for di in (-1, 0, 1) for dj in (-1, 0, 1)
                            if (di or dj) and cells.get(((i + di) % size, (j + dj) % size)) == 1)
                    if n == 2:
                        new[(i, j)] = 1
        cells = new
        history.append(sum(1 for v in cells.values() if v == 1))
    return cells, history
start = {(2, 2): 1, (2, 3): 1, (5, 5): 1, (6, 5): 1}
final, history = brians_brain(start, 10, 12)
print(history)
for i in range(10):
    print("".join(".o*"[final.get((i, j), 0)] for j in range(10)))
def find_period(rule, width=16):
    row = tuple([0] * (width - 1) + [1])
    table = [(rule >> i) & 1 for i in range(8)]
    seen = {}
    t = 0
    while row not in seen:
        seen[row] = t
        row = tuple(table[(row[(i - 1) % width] << 2) | (row[i] << 1) | row[(i + 1) % width]] for i in range(width))
        t += 1
    return seen[row], t - seen[row]
print([(r, find_period(r)) for r in (30, 45, 73, 90, 110, 150)])
