# ruff: noqa
# graph algorithms: BFS, DFS (recursive and iterative), Dijkstra with a hand-written heap, topological sort, components
graph = {
    "a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": [], "g": ["h"], "h": [],
}
def bfs(start):
    order, seen, queue = [], {start}, [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order
def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen
def dfs_iter(start):
    order, stack, seen = [], [start], set()
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        stack.extend(reversed(graph[node]))
    return order
print(bfs("a"), dfs("a"), dfs_iter("a"))
def topo_sort():
    indegree = {n: 0 for n in graph}
    for targets in graph.values():
        for t in targets:
            indegree[t] += 1
    ready = sorted(n for n, d in indegree.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for t in graph[n]:
            indegree[t] -= 1
            if indegree[t] == 0:
                ready.append(t)
                ready.sort()
    return out
print(topo_sort())
class Heap:
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.items[parent] <= self.items[i]:
                break
            self.items[parent], self.items[i] = self.items[i], self.items[parent]
            i = parent
    def pop(self):
        last = self.items.pop()
        if not self.items:
            return last
        top = self.items[0]
        self.items[0] = last
        i = 0
        n = len(self.items)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and self.items[child] < self.items[smallest]:
                    smallest = child
            if smallest == i:
                return top
            self.items[i], self.items[smallest] = self.items[smallest], self.items[i]
            i = smallest
    def __len__(self):
        return len(self.items)
weighted = {"s": [("a", 7), ("b", 2)], "a": [("t", 1)], "b": [("a", 3), ("t", 9)], "t": []}
def dijkstra(source):
    dist = {source: 0}
    prev = {}
    heap = Heap()
    heap.push((0, source))
    while len(heap):
        d, node = heap.pop()
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in weighted[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heap.push((nd, nxt))
    path, node = [], "t"
    while node != source:
        path.append(node)
        node = prev[node]
    return dist, [source] + path[::-1]
print(dijkstra("s"))
undirected = {1: [2], 2: [1, 3], 3: [2], 4: [5], 5: [4], 6: []}
def components():
    seen, comps = set(), []
    for start in undirected:
        if start in seen:
            continue
        comp, stack = [], [start]
        while stack:
            n = stack.pop()
            if n not in seen:
                seen.add(n)
                comp.append(n)
                stack.extend(undirected[n])
        comps.append(sorted(comp))
    return comps
print(components())
h = Heap()
for v in [5, 3, 8, 1, 9, 2, 7]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
