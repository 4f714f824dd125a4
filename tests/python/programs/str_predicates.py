# ruff: noqa
# str predicates: isalpha isdigit isdecimal isnumeric isalnum isspace isidentifier isprintable isascii
samples = ["abc", "ABC", "abc123", "123", "½", "²", "٣", "१२", "", " ", "\t\n", "a b", "_name", "name1",
           "1name", "class", "héllo", "\x00", "\x7f", "é", "日本", "ⅷ", "a\u0301", "\u00a0", "\u2028", "-1", "3.5"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isidentifier(), s.isprintable(), s.isascii())
