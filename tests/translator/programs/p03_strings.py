"""str: methods, slicing, comparisons, iteration, conversions."""


def entry_point(argv):
    s = "Hello, World"
    print(s, len(s), s[0], s[-1], s[1:5], s[:3], s[7:], s[::-1] if False else s[-5:])
    print(s.upper(), s.lower(), s.find("o"), s.rfind("o"), s.find("xyz"), s.count("l"))
    print(s.replace("l", "L"), s.startswith("Hell"), s.endswith("ld"), "World" in s, "z" in s)
    print("  pad  ".strip() + "|", "xxhixx".strip("x"), "  a".lstrip(), "b  ".rstrip() + "|")
    print("a,b,,c".split(","), "  many   spaces here ".split(), "k=v=w".split("=", 1))
    print("-".join(["x", "y", "z"]), "".join([]), ", ".join(["one"]))
    print("12".isdigit(), "1a".isdigit(), "ab".isalpha(), " \t".isspace(), "a1".isalnum())
    print("ABC".isupper(), "abc".islower(), "Abc".isupper())
    print("abc" < "abd", "abc" == "abc", "b" > "abc", "abc" != "ABC", "a" * 3, 2 * "xy")
    total = 0
    for ch in "hello":
        total += ord(ch)
    print(total, chr(65), chr(0x3bb), len(chr(0x1F600)), ord("é"))
    print(str(42), str(-7), str(True), str(None), repr("it's"), repr('q"q'), int("-123"), int("ff", 16))
    print("x".ljust(3) + "|", "x".rjust(3), "7".zfill(3), "a\\nb".splitlines() if False else "l1\nl2".splitlines())
    try:
        int("nope")
    except ValueError:
        print("bad int")
    try:
        print(s[100])
    except IndexError as e:
        print("IndexError:", e)
    return 0
