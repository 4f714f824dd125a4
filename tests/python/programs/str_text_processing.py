# ruff: noqa
# text processing with str methods: splitlines with mixed endings, expandtabs, partition and
# rpartition, casefold comparisons, title and capitalize, maketrans with deletion, zfill with
# signs, isidentifier / isnumeric / isdecimal, word wrapping and justification by hand
text = "First line\r\nSecond\tline\twith\ttabs\rThird line\n\nFifth  line  \x0bsixth\x0cseventh"
lines = text.splitlines()
print(len(lines), lines)
print(text.splitlines(True)[:3])
for line in lines[1:2]:
    print(repr(line.expandtabs()), repr(line.expandtabs(4)), repr("a\tbc\tdef\t".expandtabs(3)))
for url in ["https://example.org/path/to/page?x=1", "no-scheme", "a://b://c"]:
    print(url.partition("://"), url.rpartition("/"))
words = ["Straße", "STRASSE", "strasse", "ǅemal", "İstanbul"]
print([w.casefold() for w in words], words[0].casefold() == words[1].casefold(), words[0].lower() == words[2])
for s in ["hello world", "it's a dog's life", "HELLO wORLD", "o'neil mcdonald-smith", "123abc def"]:
    print(repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
table = str.maketrans("aeiou", "AEIOU", ".,!")
print("Hello, world! Once upon a time.".translate(table), "abc".translate({97: "XY", 98: None}))
for n in ["42", "-42", "+7", "", "-", "3.5"]:
    print(repr(n.zfill(6)), end=" ")
print()
for s in ["name", "_private", "2fast", "with space", "café", "class", "x1_y2", ""]:
    print(repr(s), s.isidentifier(), end="; ")
print()
for s in ["123", "½", "²", "٣", "1.5", "", "IV", "Ⅳ"]:
    print(repr(s), s.isdigit(), s.isnumeric(), s.isdecimal(), end="; ")
print()


def wrap(paragraph, width):
    lines, current = [], ""
    for word in paragraph.split():
        candidate = word if not current else current + " " + word
        if len(candidate) <= width:
            current = candidate
        else:
            if current:
                lines.append(current)
            while len(word) > width:
                lines.append(word[:width])
                word = word[width:]
            current = word
    if current:
        lines.append(current)
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]


para = ("The quick brown fox jumps over the lazy dog while an extraordinarily-long-hyphenated-word "
        "tests the wrapping of pieces that do not fit at all.")
for line in wrap(para, 24):
    print("|" + justify(line, 24) + "|")
print("|" + "centered".center(24, "~") + "|" + "right".rjust(10, ".") + "|" + "left".ljust(10, "_") + "|")
csv_line = ' alpha , "beta, gamma" ,delta,, '
print([field.strip().strip('"') for field in csv_line.split(",")], csv_line.count(","), csv_line.strip().endswith(","))
print("-".join("abc"), "".join(reversed("stressed")), "a-b-c".split("-", 1), "a-b-c".rsplit("-", 1), "  x  y ".split())
print("hello".startswith(("he", "x")), "hello".endswith("lo", 0, 5), "hello".find("l", 3), "hello".rfind("l"), "hello".index("e"))
print("mississippi".replace("ss", "SS", 1), "mississippi".count("ss"), "mississippi".removeprefix("miss"), "x.py".removesuffix(".py"))
print("%-8s|%8s|" % ("ab", "cd"), "{:^9}".format("mid"), "tab\there".expandtabs(2), "ABC".lower().upper())
