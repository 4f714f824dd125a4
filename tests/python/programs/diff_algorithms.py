# ruff: noqa
# text diffing: LCS table diff, Myers O(ND) shortest edit script, unified-diff style hunks,
# edit distance with operations, patch application and round trip
def lcs_diff(a, b):
    n, m = len(a), len(b)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if a[i] == b[j] else max(table[i + 1][j], table[i][j + 1])
    i = j = 0
    ops = []
    while i < n and j < m:
        if a[i] == b[j]:
            ops.append((" ", a[i]))
            i += 1
            j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            ops.append(("-", a[i]))
            i += 1
        else:
            ops.append(("+", b[j]))
            j += 1
    ops.extend(("-", x) for x in a[i:])
    ops.extend(("+", x) for x in b[j:])
    return ops
def myers(a, b):
    n, m = len(a), len(b)
    maximum = n + m
    v = {1: 0}
    trace = []
    for d in range(maximum + 1):
        trace.append(dict(v))
        for k in range(-d, d + 1, 2):
            if k == -d or (k != d and v[k - 1] < v[k + 1]):
                x = v[k + 1]
            else:
                x = v[k - 1] + 1
            y = x - k
            while x < n and y < m and a[x] == b[y]:
                x += 1
                y += 1
            v[k] = x
            if x >= n and y >= m:
                return d, backtrack(trace, a, b)
    return maximum, []
def backtrack(trace, a, b):
    x, y = len(a), len(b)
    edits = []
    for d in range(len(trace) - 1, -1, -1):
        v = trace[d]
        k = x - y
        if k == -d or (k != d and v.get(k - 1, -1) < v.get(k + 1, -1)):
            prev_k = k + 1
        else:
            prev_k = k - 1
        prev_x = v.get(prev_k, 0)
        prev_y = prev_x - prev_k
        while x > prev_x and y > prev_y:
            edits.append((" ", a[x - 1]))
            x -= 1
            y -= 1
        if d > 0:
            if x == prev_x:
                edits.append(("+", b[y - 1]))
            else:
                edits.append(("-", a[x - 1]))
        x, y = prev_x, prev_y
    return list(reversed(edits))
def hunks(ops, context=1):
    changed = [i for i, (tag, _) in enumerate(ops) if tag != " "]
    groups = []
    for i in changed:
        if groups and i - groups[-1][-1] <= 2 * context + 1:
            groups[-1].append(i)
        else:
            groups.append([i])
    out = []
    for g in groups:
        lo = max(0, g[0] - context)
        hi = min(len(ops), g[-1] + context + 1)
        a_start = sum(1 for tag, _ in ops[:lo] if tag != "+") + 1
        b_start = sum(1 for tag, _ in ops[:lo] if tag != "-") + 1
        a_len = sum(1 for tag, _ in ops[lo:hi] if tag != "+")
        b_len = sum(1 for tag, _ in ops[lo:hi] if tag != "-")
        out.append("@@ -%d,%d +%d,%d @@" % (a_start, a_len, b_start, b_len))
        out.extend(tag + line for tag, line in ops[lo:hi])
    return out
def apply(ops):
    return [line for tag, line in ops if tag != "-"], [line for tag, line in ops if tag != "+"]
old = """def greet(name):
    print("Hello", name)
    return None

def farewell(name):
    print("Bye", name)

greet("world")
farewell("world")""".splitlines()
new = """def greet(name, punct="!"):
    print("Hello", name + punct)

def farewell(name):
    print("Bye", name)
    print("See you")

greet("world")
greet("there")
farewell("world")""".splitlines()
ops1 = lcs_diff(old, new)
d, ops2 = myers(old, new)
print("edit distance", d, sum(1 for t, _ in ops1 if t != " "), sum(1 for t, _ in ops2 if t != " "))
print("\n".join(hunks(ops2)))
print(apply(ops1) == (new, old), apply(ops2) == (new, old))
for a, b in [("ABCABBA", "CBABAC"), ("kitten", "sitting"), ("", "abc"), ("abc", ""), ("same", "same"), ("abcdef", "azced")]:
    d, ops = myers(list(a), list(b))
    print(repr(a), repr(b), d, "".join(("" if t == " " else t) + c for t, c in ops), apply(ops) == (list(b), list(a)))
def levenshtein_ops(a, b):
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        dp[i][0] = i
    for j in range(m + 1):
        dp[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            dp[i][j] = min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + cost)
    ops = []
    i, j = n, m
    while i or j:
        if i and j and dp[i][j] == dp[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            if a[i - 1] != b[j - 1]:
                ops.append("sub %s->%s@%d" % (a[i - 1], b[j - 1], i - 1))
            i, j = i - 1, j - 1
        elif i and dp[i][j] == dp[i - 1][j] + 1:
            ops.append("del %s@%d" % (a[i - 1], i - 1))
            i -= 1
        else:
            ops.append("ins %s@%d" % (b[j - 1], i))
            j -= 1
    return dp[n][m], ops[::-1]
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "ab"), ("abc", "abc")]:
    print(a, b, levenshtein_ops(a, b))
# word-level diff rendering
def word_diff(a, b):
    ops = lcs_diff(a.split(), b.split())
    out = []
    for tag, w in ops:
        out.append(w if tag == " " else ("[-%s-]" % w if tag == "-" else "{+%s+}" % w))
    return " ".join(out)
print(word_diff("the quick brown fox jumps over the lazy dog", "the quick red fox leaps over the dog today"))
