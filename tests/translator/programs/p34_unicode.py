"""Text beyond ASCII: lengths, indexing, slicing, encoding, comparisons."""


def entry_point(argv):
    s = "naïve café — λx.x 😀"
    print(len(s), s[2], s[-1], s[6:10], s.find("λ"), "😀" in s)
    enc = s.encode()
    print(len(enc), enc.decode() == s)
    print(s.replace("café", "bar"), s.split(" ")[2])
    print("é" > "e", "λ" < "😀", sorted(["ω", "α", "β"]))
    return 0
