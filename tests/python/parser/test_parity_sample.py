"""AST parity on a deterministic sample of the standard library (every third file): our AST,
with positions, equals CPython's ast.dump(..., include_attributes=True).  The full run is in
test_zparity_full.py."""

from __future__ import annotations

from .helpers import compare_file, needs_cpython_311, stdlib_files

pytestmark = needs_cpython_311

SAMPLE_STEP = 3


def test_stdlib_sample_parity():
    files = stdlib_files()[::SAMPLE_STEP]
    assert len(files) > 500
    failures = []
    for path in files:
        problem = compare_file(path, include_attributes=True)
        if problem is not None:
            failures.append(problem)
    assert not failures, "%d of %d files differ:\n%s" % (len(failures), len(files), "\n".join(failures[:10]))
