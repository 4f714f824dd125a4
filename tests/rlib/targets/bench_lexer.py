"""Benchmark target for the lexer generator: tokenizes a generated program of N lines with a DFA
built from the rules of a small language (keywords, names, numbers, strings, operators, comments).

`bench_lexer N [stream]`: prints the number of tokens and a checksum of them; the time goes to stderr.
By default all tokens are collected in a list (Lexer.tokenize); `stream` consumes them one at a time
from the TokenStream, as a parser does.
bench_lexer_cpython.py tokenizes the same text with Python's `re` for the peer figure.
"""

import os
import time

from kit.rlib.lexer import LexerGenerator
from kit.rlib.rstring import StringBuilder

# (name, regex): bench_lexer_cpython.py uses the same list, so both see the same tokens
RULES = [
    ("NUMBER", r"\d+\.\d+(?:[eE][+-]?\d+)?|\d+"),
    ("STRING", r'"(?:[^"\\\n]|\\.)*"'),
    ("IF", r"if\b"), ("ELSE", r"else\b"), ("WHILE", r"while\b"), ("RETURN", r"return\b"), ("DEF", r"def\b"),
    ("NAME", r"[A-Za-z_][A-Za-z_0-9]*"),
    ("OP", r"==|!=|<=|>=|[-+*/%<>=]"),
    ("PUNCT", r"[(),:;\[\]{}]"),
    ("NEWLINE", r"\n"),
]
IGNORED = [r"[ \t]+", r"#[^\n]*"]

lexer_generator = LexerGenerator()
for _name, _pattern in RULES:
    # the DFA needs no \b: longest match already prefers NAME for `iffy`, and IF wins the tie on `if`
    lexer_generator.add(_name, _pattern.replace(r"\b", ""))
for _pattern in IGNORED:
    lexer_generator.ignore(_pattern)
LEXER = lexer_generator.build()

LINES = [
    "def fib(n):  # the usual example",
    "    if n < 2: return n",
    "    return fib(n - 1) + fib(n - 2)",
    "while counter_%d <= 1000 and total != 3.25e-3:",
    "    message = \"line %d: \\\"quoted\\\" text\" + name_%d",
    "    values[index] = (values[index - 1] * 31 + %d) %% 1000003",
    "else: result = [1, 2.5, {x: y}, \"z\"]",
]


def program(lines: int) -> str:
    sb = StringBuilder()
    for i in range(lines):
        line = LINES[i % len(LINES)]
        if line.find("%d") >= 0:
            line = line.replace("%d", str(i)).replace("%%", "%")
        sb.append(line)
        sb.append("\n")
    return sb.build()


def checksum_of(kind: str, value: str, checksum: int) -> int:
    return (checksum * 31 + len(kind) + len(value)) % 1000000007


def entry_point(argv: list[str]) -> int:
    if len(argv) < 2:
        os.write(2, b"usage: bench_lexer N [stream]\n")
        return 2
    text = program(int(argv[1]))
    checksum = 0
    count = 0
    start = time.perf_counter()
    if len(argv) > 2 and argv[2] == "stream":
        stream = LEXER.lex(text)
        while True:
            token = stream.next_token()
            if token is None:
                break
            count += 1
            checksum = checksum_of(token.gettokentype(), token.getstr(), checksum)
        elapsed = time.perf_counter() - start
    else:
        tokens = LEXER.tokenize(text)
        elapsed = time.perf_counter() - start
        count = len(tokens)
        for token in tokens:
            checksum = checksum_of(token.gettokentype(), token.getstr(), checksum)
    print("%d tokens, %d characters, checksum %d" % (count, len(text), checksum))
    os.write(2, ("time: %f\n" % elapsed).encode())
    return 0
