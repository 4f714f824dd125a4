# ruff: noqa
# string algorithms: KMP failure function and search, Z-algorithm, Rabin-Karp rolling hash, Manacher's longest
# palindrome, suffix array by prefix doubling with LCP (Kasai), Boyer-Moore-Horspool, minimal rotation (Booth)
def kmp_table(p):
    fail = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = fail[k - 1]
        if p[i] == p[k]:
            k += 1
        fail[i] = k
    return fail
def kmp_search(text, p):
    fail = kmp_table(p)
    out = []
    k = 0
    for i, ch in enumerate(text):
        while k and ch != p[k]:
            k = fail[k - 1]
        if ch == p[k]:
            k += 1
        if k == len(p):
            out.append(i - k + 1)
            k = fail[k - 1]
    return out
def z_array(s):
    z = [0] * len(s)
    l = r = 0
    for i in range(1, len(s)):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < len(s) and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
    if s:
        z[0] = len(s)
    return z
def rabin_karp(text, p, base=256, mod=1_000_000_007):
    n, m = len(text), len(p)
    if m > n:
        return []
    high = pow(base, m - 1, mod)
    hp = ht = 0
    for i in range(m):
        hp = (hp * base + ord(p[i])) % mod
        ht = (ht * base + ord(text[i])) % mod
    out = []
    for i in range(n - m + 1):
        if hp == ht and text[i:i + m] == p:
            out.append(i)
        if i + m < n:
            ht = ((ht - ord(text[i]) * high) * base + ord(text[i + m])) % mod
    return out
def horspool(text, p):
    m = len(p)
    shift = {ch: m - 1 - i for i, ch in enumerate(p[:-1])}
    out = []
    i = 0
    while i <= len(text) - m:
        j = m - 1
        while j >= 0 and text[i + j] == p[j]:
            j -= 1
        if j < 0:
            out.append(i)
        i += shift.get(text[i + m - 1], m)
    return out
def manacher(s):
    t = "^#" + "#".join(s) + "#$"
    p = [0] * len(t)
    center = right = 0
    for i in range(1, len(t) - 1):
        if i < right:
            p[i] = min(right - i, p[2 * center - i])
        while t[i + p[i] + 1] == t[i - p[i] - 1]:
            p[i] += 1
        if i + p[i] > right:
            center, right = i, i + p[i]
    length, idx = max((v, i) for i, v in enumerate(p))
    start = (idx - length) // 2
    return s[start:start + length]
def suffix_array(s):
    n = len(s)
    rank = [ord(c) for c in s]
    sa = list(range(n))
    k = 1
    while True:
        key = lambda i: (rank[i], rank[i + k] if i + k < n else -1)
        sa.sort(key=key)
        new = [0] * n
        for j in range(1, n):
            new[sa[j]] = new[sa[j - 1]] + (key(sa[j]) != key(sa[j - 1]))
        rank = new
        if rank[sa[-1]] == n - 1:
            return sa
        k *= 2
def lcp_kasai(s, sa):
    n = len(s)
    rank = [0] * n
    for i, v in enumerate(sa):
        rank[v] = i
    lcp = [0] * n
    h = 0
    for i in range(n):
        if rank[i]:
            j = sa[rank[i] - 1]
            while i + h < n and j + h < n and s[i + h] == s[j + h]:
                h += 1
            lcp[rank[i]] = h
            if h:
                h -= 1
        else:
            h = 0
    return lcp
def booth(s):
    s2 = s + s
    f = [-1] * len(s2)
    k = 0
    for j in range(1, len(s2)):
        i = f[j - k - 1]
        while i != -1 and s2[j] != s2[k + i + 1]:
            if s2[j] < s2[k + i + 1]:
                k = j - i - 1
            i = f[i]
        if i == -1 and s2[j] != s2[k + i + 1]:
            if s2[j] < s2[k + i + 1]:
                k = j
            f[j - k] = -1
        else:
            f[j - k] = i + 1
    return s2[k:k + len(s)]
text = "abracadabra abracadabra cadabra"
for p in ["abra", "cad", "a", "zzz", "bra c", "abracadabra"]:
    results = (kmp_search(text, p), rabin_karp(text, p), horspool(text, p))
    naive = [i for i in range(len(text) - len(p) + 1) if text.startswith(p, i)]
    print(repr(p), results[0], all(r == naive for r in results))
print(kmp_table("aabaaab"), kmp_table("abcabcabd"), z_array("aabcaabxaaaz"), z_array(""))
for s in ["babad", "cbbd", "forgeeksskeegfor", "a", "abacdfgdcaba", "racecar level"]:
    print(repr(s), repr(manacher(s)))
word = "banana"
sa = suffix_array(word)
print(sa, [word[i:] for i in sa], lcp_kasai(word, sa))
w2 = "mississippi"
sa2 = suffix_array(w2)
lcp2 = lcp_kasai(w2, sa2)
best = max(range(len(lcp2)), key=lambda i: lcp2[i])
print(sa2, lcp2, "longest repeat:", w2[sa2[best]:sa2[best] + lcp2[best]])
print([booth(s) for s in ["bca", "cabbage", "aaa", "baab", "dcba"]], [min(s[i:] + s[:i] for i in range(len(s))) for s in ["bca", "cabbage", "baab"]])
def count_distinct_substrings(s):
    sa = suffix_array(s)
    lcp = lcp_kasai(s, sa)
    return len(s) * (len(s) + 1) // 2 - sum(lcp)
print([count_distinct_substrings(s) for s in ["aaa", "abc", "banana", "abab"]])
