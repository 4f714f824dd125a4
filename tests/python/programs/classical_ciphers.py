# ruff: noqa
# classical ciphers with str.translate/maketrans and modular arithmetic: Caesar with brute-force cracking by
# letter frequencies, Vigenere with Kasiski-style key length guess, Atbash, affine, rail fence, Playfair,
# columnar transposition, and a frequency table
class string:
    ascii_lowercase = "".join(chr(c) for c in range(97, 123))
    ascii_uppercase = ascii_lowercase.upper()
ENGLISH = {"e": 12.7, "t": 9.1, "a": 8.2, "o": 7.5, "i": 7.0, "n": 6.7, "s": 6.3, "h": 6.1, "r": 6.0, "d": 4.3,
           "l": 4.0, "c": 2.8, "u": 2.8, "m": 2.4, "w": 2.4, "f": 2.2, "g": 2.0, "y": 2.0, "p": 1.9, "b": 1.5,
           "v": 1.0, "k": 0.8, "j": 0.15, "x": 0.15, "q": 0.1, "z": 0.07}
def caesar(text, shift):
    lower, upper = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)
def score(text):
    letters = [c for c in text.lower() if c.isalpha()]
    if not letters:
        return 0.0
    counts = {c: letters.count(c) for c in set(letters)}
    return sum(ENGLISH.get(c, 0) * n for c, n in counts.items()) / len(letters)
def crack_caesar(cipher):
    return max(range(26), key=lambda s: score(caesar(cipher, -s)))
plain = "The quick brown fox jumps over the lazy dog while the cat sleeps in the sun."
c = caesar(plain, 7)
print(c)
print(caesar(c, -7) == plain, crack_caesar(c), caesar(c, -crack_caesar(c))[:20])
def vigenere(text, key, decrypt=False):
    out = []
    ki = 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            k = ord(key[ki % len(key)].lower()) - ord("a")
            if decrypt:
                k = -k
            out.append(chr((ord(ch) - base + k) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)
secret = vigenere(plain * 3, "lemon")
print(secret[:60])
print(vigenere(secret, "lemon", decrypt=True) == plain * 3)
def index_of_coincidence(letters):
    n = len(letters)
    counts = [letters.count(chr(97 + i)) for i in range(26)]
    return sum(c * (c - 1) for c in counts) / (n * (n - 1)) if n > 1 else 0
letters = "".join(c for c in secret.lower() if c.isalpha())
ics = {k: sum(index_of_coincidence(letters[i::k]) for i in range(k)) / k for k in range(1, 9)}
best_len = max(ics, key=ics.get)
guessed = "".join(chr(97 + crack_caesar(letters[i::best_len])) for i in range(best_len))
print(best_len, guessed, {k: round(v, 4) for k, v in ics.items()})
atbash = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[::-1])
print("wizard".translate(atbash), "hello world".translate(atbash).translate(atbash))
def affine(text, a, b, decrypt=False):
    inv = pow(a, -1, 26)
    out = []
    for ch in text.lower():
        if ch.isalpha():
            x = ord(ch) - 97
            y = (inv * (x - b)) % 26 if decrypt else (a * x + b) % 26
            out.append(chr(y + 97))
        else:
            out.append(ch)
    return "".join(out)
af = affine("affine cipher", 5, 8)
print(af, affine(af, 5, 8, decrypt=True))
try:
    affine("x", 13, 1)
except ValueError as e:
    print("ValueError:", e)
def rail_fence(text, rails):
    rows = [[] for _ in range(rails)]
    r, step = 0, 1
    for ch in text:
        rows[r].append(ch)
        if rails > 1:
            if r == 0:
                step = 1
            elif r == rails - 1:
                step = -1
            r += step
    return "".join("".join(row) for row in rows)
def rail_fence_decode(cipher, rails):
    pattern = list(range(rails)) + list(range(rails - 2, 0, -1))
    order = sorted(range(len(cipher)), key=lambda i: (pattern[i % len(pattern)], i))
    out = [""] * len(cipher)
    for ch, i in zip(cipher, order):
        out[i] = ch
    return "".join(out)
rf = rail_fence("WEAREDISCOVEREDFLEEATONCE", 3)
print(rf, rail_fence_decode(rf, 3))
def playfair_table(key):
    seen = []
    for ch in (key + string.ascii_uppercase).upper().replace("J", "I"):
        if ch.isalpha() and ch not in seen:
            seen.append(ch)
    return [seen[i:i + 5] for i in range(0, 25, 5)]
def playfair(text, key, decrypt=False):
    table = playfair_table(key)
    pos = {ch: (r, c) for r, row in enumerate(table) for c, ch in enumerate(row)}
    letters = [c for c in text.upper().replace("J", "I") if c.isalpha()]
    pairs = []
    i = 0
    while i < len(letters):
        a = letters[i]
        b = letters[i + 1] if i + 1 < len(letters) else "X"
        if a == b:
            b = "X"
            i += 1
        else:
            i += 2
        pairs.append((a, b))
    d = -1 if decrypt else 1
    out = []
    for a, b in pairs:
        (ra, ca), (rb, cb) = pos[a], pos[b]
        if ra == rb:
            out += [table[ra][(ca + d) % 5], table[rb][(cb + d) % 5]]
        elif ca == cb:
            out += [table[(ra + d) % 5][ca], table[(rb + d) % 5][cb]]
        else:
            out += [table[ra][cb], table[rb][ca]]
    return "".join(out)
print(["".join(r) for r in playfair_table("playfair example")])
pf = playfair("Hide the gold in the tree stump", "playfair example")
print(pf, playfair(pf, "playfair example", decrypt=True))
def columnar(text, key):
    cols = len(key)
    order = sorted(range(cols), key=lambda i: (key[i], i))
    padded = text + "_" * (-len(text) % cols)
    return "".join(padded[i::cols] for i in order)
def columnar_decode(cipher, key):
    cols = len(key)
    rows = len(cipher) // cols
    order = sorted(range(cols), key=lambda i: (key[i], i))
    columns = [None] * cols
    for n, i in enumerate(order):
        columns[i] = cipher[n * rows:(n + 1) * rows]
    return "".join(columns[c][r] for r in range(rows) for c in range(cols)).rstrip("_")
ct = columnar("attack at dawn, bring snacks", "zebras")
print(ct, columnar_decode(ct, "zebras"))
freq = {}
for ch in plain.lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(" ".join("%s:%s" % (k, "*" * v) for k, v in top))
