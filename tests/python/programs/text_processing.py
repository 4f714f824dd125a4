# ruff: noqa
# word frequencies, string building, formatting a table, a tiny tokenizer
text = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs away!
A quick end."""
words = []
for line in text.splitlines():
    for raw in line.split():
        word = raw.strip(".,;!").lower()
        if word:
            words.append(word)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:<8}{n:>3} {'*' * n}")
print(len(words), len(counts), sum(counts.values()))
header = ("name", "qty", "price")
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.1)]
print(" | ".join(f"{h:^8}" for h in header))
for name, qty, price in rows:
    print(f"{name:<8} | {qty:>8d} | {price:>8.2f}")
print("total: %.2f" % sum(q * p for _, q, p in rows))


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(("NUM", int(src[i:j])))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("NAME", src[i:j]))
            i = j
        else:
            tokens.append(("OP", ch))
            i += 1
    return tokens


print(tokenize("x1 = 42 + foo_bar*(7-y)"))


def evaluate(tokens):
    pos = 0

    def peek():
        return tokens[pos][1] if pos < len(tokens) else None

    def advance():
        nonlocal pos
        pos += 1
        return tokens[pos - 1][1]

    def expr():
        value = term()
        while peek() in ("+", "-"):
            value = value + term() if advance() == "+" else value - term()
        return value

    def term():
        value = factor()
        while peek() in ("*", "/"):
            value = value * factor() if advance() == "*" else value // factor()
        return value

    def factor():
        if peek() == "(":
            advance()
            value = expr()
            advance()
            return value
        return advance()

    return expr()


print(evaluate(tokenize("2 + 3 * (4 - 1) - 10 / 5")))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar, caesar.upper(), caesar[::-1], "-".join(reversed(caesar.split(", "))))
