# ruff: noqa
# string algorithms: palindromes, anagram groups, run-length encoding, caesar/vigenere, word frequencies, KMP
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
print([is_palindrome(s) for s in ["A man, a plan, a canal: Panama", "race a car", "", "Was it a car or a cat I saw?"]])
def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best
print(longest_palindrome("babad"), longest_palindrome("forgeeksskeegfor"), longest_palindrome("a"))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(sorted(groups.values(), key=lambda g: (-len(g), g)))
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append("%d%s" % (j - i, s[i]))
        i = j
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out.append(c * int(num))
            num = ""
    return "".join(out)
encoded = rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWB")
print(encoded, unrle(encoded) == "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWB")
def caesar(text, shift):
    out = []
    for c in text:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + shift) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
def vigenere(text, key, sign=1):
    out, k = [], 0
    for c in text:
        if c.isalpha():
            out.append(caesar(c, sign * (ord(key[k % len(key)].lower()) - ord("a"))))
            k += 1
        else:
            out.append(c)
    return "".join(out)
secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3), vigenere("ATTACK AT DAWN", "lemon"), vigenere(vigenere("attack", "key"), "key", -1))
text = """the quick brown fox jumps over the lazy dog the fox was quick and the dog was lazy"""
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top, len(freq), max(freq, key=freq.get))
def kmp_search(text, pattern):
    fail = [0] * len(pattern)
    k = 0
    for i in range(1, len(pattern)):
        while k and pattern[i] != pattern[k]:
            k = fail[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        fail[i] = k
    hits, k = [], 0
    for i, c in enumerate(text):
        while k and c != pattern[k]:
            k = fail[k - 1]
        if c == pattern[k]:
            k += 1
        if k == len(pattern):
            hits.append(i - k + 1)
            k = fail[k - 1]
    return hits
print(kmp_search("abababcabababcab", "ababc"), kmp_search("aaaa", "aa"), [i for i in range(14) if "abababcabababcab".startswith("ababc", i)])
print(" ".join(w[::-1] for w in "reverse each word".split()), "".join(sorted("sorting letters")).strip())
