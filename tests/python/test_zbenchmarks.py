"""The Python benchmarks (benchmarks/python/) at small sizes on the translated VM (the shared build
of test_ztranslated.py): each prints the same checksum line as CPython running it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.vmbuild import translated

pytestmark = pytest.mark.slow

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks" / "python"
# small sizes: a fraction of a second each on the translated VM
SIZES = {"richards": "1", "nbody": "2000", "text": "2", "classes": "20", "generators": "2"}


@pytest.fixture(scope="module")
def python_vm():
    return translated("languages/python/target.py", "python", ["--opt", "2"])


def test_every_benchmark_has_a_size():
    assert sorted(path.stem for path in BENCHMARKS.glob("*.py")) == sorted(SIZES)


@pytest.mark.parametrize("name", sorted(SIZES))
def test_benchmark_output_equals_cpython(python_vm, name):
    program = str(BENCHMARKS / f"{name}.py")
    expected = subprocess.run([sys.executable, program, SIZES[name]], capture_output=True, text=True, timeout=120)
    assert expected.returncode == 0, expected.stderr
    result = subprocess.run([str(python_vm), program, SIZES[name]], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected.stdout
    assert result.stdout.startswith(name + ":")
