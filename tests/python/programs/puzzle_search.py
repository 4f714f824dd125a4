# ruff: noqa
# state-space search: 8-puzzle with A* (Manhattan heuristic, own binary heap, solvability by inversions),
# water jug BFS, missionaries and cannibals, knight's tour with Warnsdorff's rule, word ladder BFS
def heappush(h, x):
    h.append(x)
    i = len(h) - 1
    while i and h[(i - 1) >> 1] > h[i]:
        h[(i - 1) >> 1], h[i] = h[i], h[(i - 1) >> 1]
        i = (i - 1) >> 1
def heappop(h):
    last = h.pop()
    if not h:
        return last
    top, h[0] = h[0], last
    i, n = 0, len(h)
    while True:
        c = 2 * i + 1
        if c >= n:
            break
        if c + 1 < n and h[c + 1] < h[c]:
            c += 1
        if h[i] <= h[c]:
            break
        h[i], h[c] = h[c], h[i]
        i = c
    return top
GOAL = (1, 2, 3, 4, 5, 6, 7, 8, 0)
def manhattan(state):
    d = 0
    for i, v in enumerate(state):
        if v:
            g = v - 1
            d += abs(i // 3 - g // 3) + abs(i % 3 - g % 3)
    return d
def solvable(state):
    tiles = [v for v in state if v]
    inversions = sum(1 for i in range(len(tiles)) for j in range(i + 1, len(tiles)) if tiles[i] > tiles[j])
    return inversions % 2 == 0
MOVES = {"U": -3, "D": 3, "L": -1, "R": 1}
def neighbors(state):
    z = state.index(0)
    for name, delta in MOVES.items():
        t = z + delta
        if name == "L" and z % 3 == 0 or name == "R" and z % 3 == 2 or not 0 <= t < 9:
            continue
        s = list(state)
        s[z], s[t] = s[t], s[z]
        yield name, tuple(s)
def astar(start):
    if not solvable(start):
        return None, 0
    heap = [(manhattan(start), 0, start, "")]
    best = {start: 0}
    expanded = 0
    while heap:
        f, g, state, path = heappop(heap)
        if state == GOAL:
            return path, expanded
        if g > best.get(state, 1 << 30):
            continue
        expanded += 1
        for move, nxt in neighbors(state):
            if g + 1 < best.get(nxt, 1 << 30):
                best[nxt] = g + 1
                heappush(heap, (g + 1 + manhattan(nxt), g + 1, nxt, path + move))
    return None, expanded
for start in [(1, 2, 3, 4, 5, 6, 0, 7, 8), (8, 1, 3, 4, 0, 2, 7, 6, 5), (4, 1, 3, 7, 2, 6, 5, 8, 0), (1, 2, 3, 4, 5, 6, 8, 7, 0)]:
    path, expanded = astar(start)
    print(start, "unsolvable" if path is None else "%d moves %s" % (len(path), path), "expanded", expanded)
def water_jugs(a, b, target):
    start = (0, 0)
    prev = {start: None}
    queue = [start]
    while queue:
        x, y = state = queue.pop(0)
        if x == target or y == target:
            path = []
            while state:
                path.append(state)
                state = prev[state]
            return path[::-1]
        pour_xy = min(x, b - y)
        pour_yx = min(y, a - x)
        for nxt in [(a, y), (x, b), (0, y), (x, 0), (x - pour_xy, y + pour_xy), (x + pour_yx, y - pour_yx)]:
            if nxt not in prev:
                prev[nxt] = state
                queue.append(nxt)
    return None
print(water_jugs(3, 5, 4), water_jugs(2, 6, 5))
def missionaries():
    start, goal = (3, 3, 1), (0, 0, 0)
    prev = {start: None}
    queue = [start]
    while queue:
        state = queue.pop(0)
        if state == goal:
            path = []
            while state:
                path.append(state)
                state = prev[state]
            return path[::-1]
        m, c, boat = state
        sign = -1 if boat else 1
        for dm, dc in [(1, 0), (2, 0), (0, 1), (0, 2), (1, 1)]:
            nm, nc = m + sign * dm, c + sign * dc
            if not (0 <= nm <= 3 and 0 <= nc <= 3):
                continue
            if (nm and nc > nm) or (3 - nm and 3 - nc > 3 - nm):
                continue
            nxt = (nm, nc, 1 - boat)
            if nxt not in prev:
                prev[nxt] = state
                queue.append(nxt)
sol = missionaries()
print(len(sol) - 1, sol)
def knights_tour(n, start=(0, 0)):
    board = [[0] * n for _ in range(n)]
    jumps = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]
    def degree(r, c):
        return sum(1 for dr, dc in jumps if 0 <= r + dr < n and 0 <= c + dc < n and not board[r + dr][c + dc])
    r, c = start
    board[r][c] = 1
    for step in range(2, n * n + 1):
        options = [(degree(r + dr, c + dc), r + dr, c + dc) for dr, dc in jumps
                   if 0 <= r + dr < n and 0 <= c + dc < n and not board[r + dr][c + dc]]
        if not options:
            return None
        _, r, c = min(options)
        board[r][c] = step
    return board
tour = knights_tour(6)
print("\n".join(" ".join("%2d" % v for v in row) for row in tour) if tour else "no tour")
WORDS = set("cold cord card ward warm word worm wore core care dare darn barn born corn cord".split())
def ladder(a, b):
    prev = {a: None}
    queue = [a]
    while queue:
        w = queue.pop(0)
        if w == b:
            out = []
            while w:
                out.append(w)
                w = prev[w]
            return out[::-1]
        for i in range(len(w)):
            for ch in "abcdefghijklmnopqrstuvwxyz":
                cand = w[:i] + ch + w[i + 1:]
                if cand in WORDS and cand not in prev:
                    prev[cand] = w
                    queue.append(cand)
print(ladder("cold", "warm"), ladder("cold", "barn"), ladder("cold", "xyzw"))
