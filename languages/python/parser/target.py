"""Translation target: `kit translate languages/python/parser/target.py -o pyparse` builds a native
`pyparse FILE [--attributes] [--mode=exec|eval|single]` that prints the AST like ast.dump.

The same behaviour as `python -m languages.python.parser`, written in RPython (os-level I/O).
"""

from __future__ import annotations

import os

from languages.python.parser.errors import PySyntaxError
from languages.python.parser.parser import dump, parse

USAGE = "usage: pyparse FILE [--attributes] [--mode=exec|eval|single]\n"


def read_file(path: str) -> bytes:
    fd = os.open(path, os.O_RDONLY, 0)
    chunks: list[bytes] = []
    while True:
        data = os.read(fd, 65536)
        if not data:
            break
        chunks.append(data)
    os.close(fd)
    return b"".join(chunks)


def write_all(fd: int, text: str) -> None:
    data = text.encode("utf-8")
    while len(data) > 0:
        written = os.write(fd, data)
        data = data[written:]


def entry_point(argv: list[str]) -> int:
    path = ""
    mode = "exec"
    attributes = False
    for i in range(1, len(argv)):
        arg = argv[i]
        if arg == "--attributes":
            attributes = True
        elif arg.startswith("--mode="):
            mode = arg[len("--mode="):]
        elif path == "" and not arg.startswith("--"):
            path = arg
        else:
            write_all(2, USAGE)
            return 2
    if path == "" or (mode != "exec" and mode != "eval" and mode != "single"):
        write_all(2, USAGE)
        return 2
    try:
        data = read_file(path)
    except OSError:
        write_all(2, "pyparse: cannot read %s\n" % path)
        return 2
    try:
        source = data.decode("utf-8")
    except UnicodeDecodeError:
        write_all(2, "pyparse: %s is not UTF-8\n" % path)
        return 2
    try:
        tree = parse(source, path, mode)
    except PySyntaxError as e:
        write_all(2, e.format())
        return 1
    write_all(1, dump(tree, attributes) + "\n")
    return 0
