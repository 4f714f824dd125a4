# ruff: noqa
# a backtracking regular-expression matcher: literals, ., *, +, ?, ^, $, character classes [a-z] and [^...]
def parse_class(pattern, i):
    negate = pattern[i] == "^"
    if negate:
        i += 1
    items = []
    while pattern[i] != "]":
        if i + 2 < len(pattern) and pattern[i + 1] == "-" and pattern[i + 2] != "]":
            items.append((pattern[i], pattern[i + 2]))
            i += 3
        else:
            items.append((pattern[i], pattern[i]))
            i += 1
    return (negate, items), i + 1
def compile_pattern(pattern):
    tokens, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if c == "[":
            atom, i = parse_class(pattern, i + 1)
            tokens.append(["class", atom, ""])
        elif c in "*+?" and tokens:
            tokens[-1][2] = c
            i += 1
        elif c == ".":
            tokens.append(["any", None, ""])
            i += 1
        elif c == "\\":
            tokens.append(["lit", pattern[i + 1], ""])
            i += 2
        else:
            tokens.append(["lit", c, ""])
            i += 1
    return tokens
def atom_matches(tok, ch):
    kind, value, _ = tok
    if kind == "any":
        return ch != "\n"
    if kind == "lit":
        return ch == value
    negate, items = value
    inside = any(lo <= ch <= hi for lo, hi in items)
    return inside != negate
def match_here(tokens, text, ti, pos, anchored_end):
    if ti == len(tokens):
        return pos if not anchored_end or pos == len(text) else -1
    tok = tokens[ti]
    quant = tok[2]
    if quant in "*+?" and quant:
        lo = 1 if quant == "+" else 0
        hi = 1 if quant == "?" else len(text) - pos
        count = 0
        while count < hi and pos + count < len(text) and atom_matches(tok, text[pos + count]):
            count += 1
        while count >= lo:
            end = match_here(tokens, text, ti + 1, pos + count, anchored_end)
            if end >= 0:
                return end
            count -= 1
        return -1
    if pos < len(text) and atom_matches(tok, text[pos]):
        return match_here(tokens, text, ti + 1, pos + 1, anchored_end)
    return -1
def search(pattern, text):
    anchored_start = pattern.startswith("^")
    anchored_end = pattern.endswith("$") and not pattern.endswith("\\$")
    core = pattern[1 if anchored_start else 0:len(pattern) - (1 if anchored_end else 0)]
    tokens = compile_pattern(core)
    for start in ([0] if anchored_start else range(len(text) + 1)):
        end = match_here(tokens, text, 0, start, anchored_end)
        if end >= 0:
            return text[start:end]
    return None
tests = [("ab*c", "xxabbbcyy"), ("a.c", "abc adc"), ("^hel+o", "hello world"), ("world$", "hello world"),
         ("[0-9]+", "abc 12345 def"), ("[^a-z ]+", "abc DEF ghi"), ("colou?r", "my color"), ("colou?r", "my colour"),
         ("^$", ""), ("x*", "aaa"), ("a+b+", "aaabbb"), ("\\.txt$", "notes.txt"), ("z+", "abc"), ("[a-c]*d", "abcabcd")]
for pattern, text in tests:
    print("%-10s %-16r -> %r" % (pattern, text, search(pattern, text)))
