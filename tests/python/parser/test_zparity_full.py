"""AST parity on every .py file of the host's standard library (tests and lib2to3 data included):
files CPython parses give the same ast.dump text, positions included; files CPython rejects are
rejected with the same class, message, line and offset.  Slow: about a minute untranslated."""

from __future__ import annotations

import time

import pytest

from .helpers import compare_file, needs_cpython_311, stdlib_files

pytestmark = [pytest.mark.slow, needs_cpython_311]


def test_stdlib_full_parity():
    files = stdlib_files()
    started = time.perf_counter()
    failures = []
    for path in files:
        problem = compare_file(path, include_attributes=True)
        if problem is not None:
            failures.append(problem)
    elapsed = time.perf_counter() - started
    print("stdlib parity: %d files, %d failures, %.1f s" % (len(files), len(failures), elapsed))
    assert len(files) > 1700
    assert not failures, "%d of %d files differ:\n%s" % (len(failures), len(files), "\n".join(failures[:20]))
