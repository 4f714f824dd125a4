"""bench_lexer.py's tokenizing done by CPython's `re` (a C regex engine) on the same text: one master
pattern of named alternatives in rule order, as hand-written Python lexers do."""

import re
import sys
import time

from bench_lexer import IGNORED, RULES, program


def scan(text):
    """(kind, text) of every token, one at a time."""
    master = re.compile("|".join("(?P<%s>%s)" % (name, pattern) for name, pattern in RULES) + "|" +
                        "|".join("(?:%s)" % pattern for pattern in IGNORED))
    pos = 0
    end = len(text)
    while pos < end:
        m = master.match(text, pos)
        if m is None:
            raise SyntaxError("unexpected character at %d" % pos)
        if m.lastgroup is not None:
            yield m.lastgroup, m.group()
        pos = m.end()


def main(argv):
    text = program(int(argv[1]))
    checksum = 0
    count = 0
    start = time.perf_counter()
    if len(argv) > 2 and argv[2] == "stream":
        for kind, value in scan(text):
            count += 1
            checksum = (checksum * 31 + len(kind) + len(value)) % 1000000007
        elapsed = time.perf_counter() - start
    else:
        tokens = list(scan(text))
        elapsed = time.perf_counter() - start
        count = len(tokens)
        for kind, value in tokens:
            checksum = (checksum * 31 + len(kind) + len(value)) % 1000000007
    print("%d tokens, %d characters, checksum %d" % (count, len(text), checksum))
    print("time: %f" % elapsed, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
