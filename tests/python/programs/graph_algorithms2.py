# ruff: noqa
# weighted graph algorithms: Dijkstra with a hand-written heap, Bellman-Ford with negative edges and cycle
# detection, Floyd-Warshall, Kruskal with union-find (path compression, union by rank), Prim, Tarjan SCC,
# topological sort (Kahn), bipartite check, articulation points
def heappush(h, item):
    h.append(item)
    i = len(h) - 1
    while i and h[(i - 1) // 2] > h[i]:
        h[(i - 1) // 2], h[i] = h[i], h[(i - 1) // 2]
        i = (i - 1) // 2
def heappop(h):
    last = h.pop()
    if not h:
        return last
    top, h[0] = h[0], last
    i = 0
    while True:
        l, r, m = 2 * i + 1, 2 * i + 2, i
        if l < len(h) and h[l] < h[m]:
            m = l
        if r < len(h) and h[r] < h[m]:
            m = r
        if m == i:
            return top
        h[i], h[m] = h[m], h[i]
        i = m
EDGES = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11),
         ("E", "F", 9), ("F", "G", 1), ("C", "G", 20)]
def adjacency(edges, directed=False):
    g = {}
    for a, b, w in edges:
        g.setdefault(a, []).append((b, w))
        g.setdefault(b, [])
        if not directed:
            g[b].append((a, w))
    return g
def dijkstra(g, src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    done = set()
    while heap:
        d, u = heappop(heap)
        if u in done:
            continue
        done.add(u)
        for v, w in g[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heappush(heap, (nd, v))
    return dist, prev
def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return "".join(reversed(out))
g = adjacency(EDGES)
dist, prev = dijkstra(g, "A")
print(sorted(dist.items()), [path(prev, t) for t in "DFG"])
def bellman_ford(nodes, edges, src):
    dist = {n: float("inf") for n in nodes}
    dist[src] = 0
    for _ in range(len(nodes) - 1):
        changed = False
        for a, b, w in edges:
            if dist[a] + w < dist[b]:
                dist[b] = dist[a] + w
                changed = True
        if not changed:
            break
    negative = any(dist[a] + w < dist[b] for a, b, w in edges)
    return dist, negative
dedges = [("s", "a", 6), ("s", "b", 7), ("a", "c", 5), ("a", "d", -4), ("a", "b", 8), ("b", "c", -3), ("b", "d", 9),
          ("c", "a", -2), ("d", "s", 2), ("d", "c", 7)]
print(bellman_ford("sabcd", dedges, "s"))
print(bellman_ford("xyz", [("x", "y", 1), ("y", "z", -2), ("z", "x", -1)], "x")[1])
def floyd(nodes, edges):
    INF = float("inf")
    d = {a: {b: (0 if a == b else INF) for b in nodes} for a in nodes}
    for a, b, w in edges:
        d[a][b] = min(d[a][b], w)
        d[b][a] = min(d[b][a], w)
    for k in nodes:
        for i in nodes:
            for j in nodes:
                if d[i][k] + d[k][j] < d[i][j]:
                    d[i][j] = d[i][k] + d[k][j]
    return d
fw = floyd("ABCDEFG", EDGES)
print([fw["A"][n] for n in "ABCDEFG"], fw["G"]["B"], all(fw[n]["A"] == dist[n] for n in "ABCDEFG"))
class UnionFind:
    def __init__(self, items):
        self.parent = {i: i for i in items}
        self.rank = {i: 0 for i in items}
    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True
def kruskal(nodes, edges):
    uf = UnionFind(nodes)
    tree = [(a, b, w) for a, b, w in sorted(edges, key=lambda e: (e[2], e[0], e[1])) if uf.union(a, b)]
    return tree, sum(w for _, _, w in tree)
def prim(g, start):
    seen = {start}
    heap = [(w, start, v) for v, w in g[start]]
    heap.sort()
    total = 0
    tree = []
    while heap and len(seen) < len(g):
        w, a, b = heappop(heap)
        if b in seen:
            continue
        seen.add(b)
        total += w
        tree.append((a, b, w))
        for v, w2 in g[b]:
            if v not in seen:
                heappush(heap, (w2, b, v))
    return tree, total
print(kruskal("ABCDEFG", EDGES))
print(prim(g, "A")[1], prim(g, "G")[1])
def tarjan(graph):
    index = {}
    low = {}
    stack = []
    on_stack = set()
    sccs = []
    counter = [0]
    def strongconnect(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, []):
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            sccs.append(sorted(comp))
    for v in sorted(graph):
        if v not in index:
            strongconnect(v)
    return sccs
dg = {1: [2], 2: [3], 3: [1, 4], 4: [5], 5: [6], 6: [4, 7], 7: [], 8: [7, 8]}
print(tarjan(dg))
def kahn(graph):
    indeg = {v: 0 for v in graph}
    for v in graph:
        for w in graph[v]:
            indeg[w] += 1
    ready = sorted(v for v, d in indeg.items() if d == 0)
    order = []
    while ready:
        v = ready.pop(0)
        order.append(v)
        for w in sorted(graph[v]):
            indeg[w] -= 1
            if indeg[w] == 0:
                ready.append(w)
                ready.sort()
    return order if len(order) == len(graph) else None
tasks = {"wake": ["shower", "coffee"], "shower": ["dress"], "coffee": ["breakfast"], "dress": ["leave"],
         "breakfast": ["leave"], "leave": [], "pack": ["leave"]}
print(kahn(tasks), kahn({"a": ["b"], "b": ["a"]}))
def bipartite(graph):
    color = {}
    for start in sorted(graph):
        if start in color:
            continue
        color[start] = 0
        queue = [start]
        while queue:
            v = queue.pop(0)
            for w in graph[v]:
                if w not in color:
                    color[w] = 1 - color[v]
                    queue.append(w)
                elif color[w] == color[v]:
                    return None
    return sorted(v for v in color if color[v] == 0)
square = {1: [2, 4], 2: [1, 3], 3: [2, 4], 4: [3, 1]}
triangle = {1: [2, 3], 2: [1, 3], 3: [1, 2]}
print(bipartite(square), bipartite(triangle))
def articulation_points(graph):
    disc, low, result = {}, {}, set()
    timer = [0]
    def dfs(u, parent):
        disc[u] = low[u] = timer[0]
        timer[0] += 1
        children = 0
        for v in graph[u]:
            if v not in disc:
                children += 1
                dfs(v, u)
                low[u] = min(low[u], low[v])
                if parent is not None and low[v] >= disc[u]:
                    result.add(u)
            elif v != parent:
                low[u] = min(low[u], disc[v])
        if parent is None and children > 1:
            result.add(u)
    for v in sorted(graph):
        if v not in disc:
            dfs(v, None)
    return sorted(result)
net = {0: [1, 2], 1: [0, 2], 2: [0, 1, 3], 3: [2, 4, 5], 4: [3, 5], 5: [3, 4, 6], 6: [5]}
print(articulation_points(net))
