# ruff: noqa
# numbers to words and Roman numerals (both directions), ordinal suffixes, grouping digits by hand
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand"), (100, "hundred")]
def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    for value, name in SCALES:
        if n >= value:
            head, rest = divmod(n, value)
            return words(head) + " " + name + (" " + words(rest) if rest else "")
for n in [0, 7, 13, 20, 42, 100, 101, 999, 1000, 1001, 12345, 1000000, 987654321, -15]:
    print(n, words(n))
NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    out = []
    for value, sym in NUMERALS:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)
def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = values[ch]
        if i + 1 < len(s) and values[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total
print([to_roman(n) for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]])
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)), from_roman("MCMLXXXIV"))
def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suffix)
print([ordinal(n) for n in [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 1003]])
def group(n, sep=","):
    s = str(abs(n))
    parts = []
    while s:
        parts.append(s[-3:])
        s = s[:-3]
    return ("-" if n < 0 else "") + sep.join(reversed(parts))
print([group(n) for n in [0, 999, 1000, -1234567, 10 ** 12]], [f"{n:,}" for n in [0, 999, 1000, -1234567]])
