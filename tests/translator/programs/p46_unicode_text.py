"""str methods follow Unicode (case mappings with several characters, final sigma, titlecase digraphs,
non-ASCII digits and spaces); bytes methods ASCII."""


def entry_point(argv):
    for s in ["hello", "aOoöéÉíä", "ΣΑΣ", "straße", "ǅungla", "12", "١٢٣", "  \u2003", "", "a_b1", "ﬁ"]:
        print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
        print(s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.isalnum(), s.isupper(),
              s.islower(), s.istitle(), s.isidentifier(), s.isascii(), s.isprintable())
    b = b"Hello 12"
    print(b.upper(), b.lower(), b.isalpha(), b.isdigit())
    return 0
