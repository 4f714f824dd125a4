"""AST parity on every .py file of the host's standard library (tests and lib2to3 data included):
files CPython parses give the same ast.dump text, positions included; files CPython rejects are
rejected with the same class, message, line and offset.  Slow: about a minute untranslated."""

from __future__ import annotations

import time

import pytest

from .helpers import compare_file, cpython_error, needs_cpython_311, read_source, stdlib_files

pytestmark = [pytest.mark.slow, needs_cpython_311]


def test_stdlib_full_parity():
    files = stdlib_files()
    started = time.perf_counter()
    failures = []
    counts = {"parsed": 0, "rejected": 0, "undecodable": 0}
    for path in files:
        source = read_source(path)
        if source is None:
            counts["undecodable"] += 1  # CPython fails while decoding (bad coding cookie or bytes)
            continue
        counts["parsed" if cpython_error(source) is None else "rejected"] += 1
        problem = compare_file(path, include_attributes=True)
        if problem is not None:
            failures.append(problem)
    elapsed = time.perf_counter() - started
    print("stdlib parity: %d files (%d parsed by CPython, %d rejected, %d undecodable), %d failures, %.1f s"
          % (len(files), counts["parsed"], counts["rejected"], counts["undecodable"], len(failures), elapsed))
    assert counts["parsed"] > 1700
    assert not failures, "%d of %d files differ:\n%s" % (len(failures), len(files), "\n".join(failures[:20]))
