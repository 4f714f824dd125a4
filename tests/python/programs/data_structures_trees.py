# ruff: noqa
# balanced trees and friends: an AVL tree with rotations and in-order iteration, a treap with a
# deterministic PRNG, a trie with prefix search and deletion, a Fenwick tree and a segment tree with
# range queries, a skip list
class AVLNode:
    __slots__ = ("key", "value", "left", "right", "height")
    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None
        self.height = 1
def h(n):
    return n.height if n else 0
def update(n):
    n.height = 1 + max(h(n.left), h(n.right))
def rotate_right(y):
    x = y.left
    y.left, x.right = x.right, y
    update(y)
    update(x)
    return x
def rotate_left(x):
    y = x.right
    x.right, y.left = y.left, x
    update(x)
    update(y)
    return y
def balance(n):
    update(n)
    bf = h(n.left) - h(n.right)
    if bf > 1:
        if h(n.left.left) < h(n.left.right):
            n.left = rotate_left(n.left)
        return rotate_right(n)
    if bf < -1:
        if h(n.right.right) < h(n.right.left):
            n.right = rotate_right(n.right)
        return rotate_left(n)
    return n
def insert(n, key, value):
    if n is None:
        return AVLNode(key, value)
    if key < n.key:
        n.left = insert(n.left, key, value)
    elif key > n.key:
        n.right = insert(n.right, key, value)
    else:
        n.value = value
        return n
    return balance(n)
def remove_min(n):
    if n.left is None:
        return n.right, n
    n.left, m = remove_min(n.left)
    return balance(n), m
def delete(n, key):
    if n is None:
        return None
    if key < n.key:
        n.left = delete(n.left, key)
    elif key > n.key:
        n.right = delete(n.right, key)
    else:
        if n.left is None:
            return n.right
        if n.right is None:
            return n.left
        right, m = remove_min(n.right)
        m.left, m.right = n.left, right
        return balance(m)
    return balance(n)
def inorder(n):
    if n:
        yield from inorder(n.left)
        yield n.key
        yield from inorder(n.right)
def check(n):
    if n is None:
        return True
    return abs(h(n.left) - h(n.right)) <= 1 and check(n.left) and check(n.right)
root = None
for k in range(1, 101):
    root = insert(root, k, str(k))
print(root.key, root.height, check(root), list(inorder(root))[:10])
for k in range(1, 101, 3):
    root = delete(root, k)
keys = list(inorder(root))
print(len(keys), keys[:8], root.height, check(root))
seed = 7
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed
class Treap:
    class Node:
        __slots__ = ("key", "prio", "left", "right", "size")
        def __init__(self, key):
            self.key, self.prio = key, rnd()
            self.left = self.right = None
            self.size = 1
    def __init__(self):
        self.root = None
    @staticmethod
    def size(n):
        return n.size if n else 0
    def _fix(self, n):
        n.size = 1 + self.size(n.left) + self.size(n.right)
        return n
    def split(self, n, key):
        if n is None:
            return None, None
        if n.key < key:
            l, r = self.split(n.right, key)
            n.right = l
            return self._fix(n), r
        l, r = self.split(n.left, key)
        n.left = r
        return l, self._fix(n)
    def merge(self, a, b):
        if not a or not b:
            return a or b
        if a.prio > b.prio:
            a.right = self.merge(a.right, b)
            return self._fix(a)
        b.left = self.merge(a, b.left)
        return self._fix(b)
    def insert(self, key):
        l, r = self.split(self.root, key)
        self.root = self.merge(self.merge(l, Treap.Node(key)), r)
    def kth(self, k):
        n = self.root
        while n:
            ls = self.size(n.left)
            if k < ls:
                n = n.left
            elif k == ls:
                return n.key
            else:
                k -= ls + 1
                n = n.right
    def count_less(self, key):
        n, c = self.root, 0
        while n:
            if n.key < key:
                c += self.size(n.left) + 1
                n = n.right
            else:
                n = n.left
        return c
t = Treap()
values = [rnd() % 1000 for _ in range(200)]
for v in values:
    t.insert(v)
print(t.size(t.root), [t.kth(i) for i in (0, 50, 100, 199)], t.count_less(500), sum(1 for v in values if v < 500))
print(sorted(values)[100] == t.kth(100))
class Trie:
    def __init__(self):
        self.root = {}
    def add(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = node.get("$", 0) + 1
    def find(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return []
            node = node[ch]
        out = []
        def walk(n, acc):
            for k in sorted(n):
                if k == "$":
                    out.append(acc)
                else:
                    walk(n[k], acc + k)
        walk(node, prefix)
        return out
    def remove(self, word):
        path = []
        node = self.root
        for ch in word:
            if ch not in node:
                return False
            path.append((node, ch))
            node = node[ch]
        if "$" not in node:
            return False
        del node["$"]
        for parent, ch in reversed(path):
            if parent[ch]:
                break
            del parent[ch]
        return True
trie = Trie()
for w in "car card care careful cart cat dog dot do doge".split():
    trie.add(w)
print(trie.find("car"), trie.find("do"), trie.find("x"), trie.remove("card"), trie.remove("cards"), trie.find("car"))
print(trie.remove("do"), trie.find("do"), sorted(trie.root))
class Fenwick:
    def __init__(self, n):
        self.tree = [0] * (n + 1)
    def add(self, i, delta):
        i += 1
        while i < len(self.tree):
            self.tree[i] += delta
            i += i & -i
    def prefix(self, i):
        s = 0
        while i > 0:
            s += self.tree[i]
            i -= i & -i
        return s
    def range_sum(self, lo, hi):
        return self.prefix(hi) - self.prefix(lo)
class SegmentTree:
    def __init__(self, data, op, identity):
        self.n = len(data)
        self.op, self.identity = op, identity
        self.tree = [identity] * (2 * self.n)
        self.tree[self.n:] = data
        for i in range(self.n - 1, 0, -1):
            self.tree[i] = op(self.tree[2 * i], self.tree[2 * i + 1])
    def update(self, i, value):
        i += self.n
        self.tree[i] = value
        while i > 1:
            i //= 2
            self.tree[i] = self.op(self.tree[2 * i], self.tree[2 * i + 1])
    def query(self, lo, hi):
        left = right = self.identity
        lo += self.n
        hi += self.n
        while lo < hi:
            if lo & 1:
                left = self.op(left, self.tree[lo])
                lo += 1
            if hi & 1:
                hi -= 1
                right = self.op(self.tree[hi], right)
            lo //= 2
            hi //= 2
        return self.op(left, right)
data = [5, 3, 8, 6, 1, 9, 2, 7, 4, 0]
fw = Fenwick(len(data))
for i, v in enumerate(data):
    fw.add(i, v)
mins = SegmentTree(data, min, float("inf"))
sums = SegmentTree(data, lambda a, b: a + b, 0)
print([fw.range_sum(a, b) for a, b in [(0, 10), (2, 5), (4, 4), (7, 10)]], [mins.query(a, b) for a, b in [(0, 10), (2, 5), (6, 9)]])
fw.add(3, 100)
mins.update(5, -1)
sums.update(0, 50)
print(fw.range_sum(0, 4), mins.query(4, 7), sums.query(0, 3), sums.query(0, 10))
class SkipList:
    MAX = 8
    def __init__(self):
        self.head = [None] * self.MAX
        self.level = 1
    def random_level(self):
        lvl = 1
        while lvl < self.MAX and rnd() % 2:
            lvl += 1
        return lvl
    def insert(self, key):
        update = [None] * self.MAX
        node = None
        for lvl in range(self.level - 1, -1, -1):
            nxt = (node[1] if node else self.head)[lvl]
            while nxt and nxt[0] < key:
                node = nxt
                nxt = node[1][lvl]
            update[lvl] = node
        lvl = self.random_level()
        self.level = max(self.level, lvl)
        new = (key, [None] * lvl)
        for i in range(lvl):
            links = update[i][1] if update[i] else self.head
            new[1][i] = links[i]
            links[i] = new
    def __iter__(self):
        node = self.head[0]
        while node:
            yield node[0]
            node = node[1][0]
    def __contains__(self, key):
        node = None
        for lvl in range(self.level - 1, -1, -1):
            nxt = (node[1] if node else self.head)[lvl]
            while nxt and nxt[0] < key:
                node = nxt
                nxt = node[1][lvl]
        nxt = (node[1] if node else self.head)[0]
        return bool(nxt) and nxt[0] == key
sl = SkipList()
for v in [30, 10, 50, 20, 40, 60, 5, 35]:
    sl.insert(v)
print(list(sl), 35 in sl, 36 in sl, sl.level <= SkipList.MAX)
