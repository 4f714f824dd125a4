# ruff: noqa
# every no-argument str method applied to a set of tricky strings (case, digits, spaces, unicode, empty)
methods = ["capitalize", "casefold", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
           "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "lower", "lstrip", "rstrip",
           "splitlines", "split", "strip", "swapcase", "title", "upper"]
samples = ["", " ", "a", "A", "aB c", "Hello World", "hello world", "HELLO WORLD", "123", "1.5", "½", "x1_y",
           "_", "  padded\t", "line1\nline2\r\n", "ÀÉÎ õü", "ß", "ﬁ", "Σίσυφος", "\x00\x1f", "tab\there", "3rd ave"]
for m in methods:
    print(m.ljust(12), [getattr(s, m)() for s in samples])
