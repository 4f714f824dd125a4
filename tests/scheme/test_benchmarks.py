"""The Scheme benchmarks (benchmarks/scheme/) at small sizes on the untranslated VM: each prints what
Guile and Chez print for the same arguments (benchmarks_small.txt), and its time on stderr in the
form benchmarks/run_scheme.py reads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .test_programs import run_in_process

HERE = Path(__file__).resolve().parent
BENCHMARKS = HERE.parent.parent / "benchmarks" / "scheme"


def small_runs() -> list[tuple[str, list[str], str]]:
    runs = []
    for line in (HERE / "benchmarks_small.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        command, output = line.split(" | ", 1)
        name, *args = command.split()
        runs.append((name, args, output))
    return runs


def test_every_benchmark_has_a_small_run():
    assert sorted(p.stem for p in BENCHMARKS.glob("*.scm")) == sorted(name for name, _, _ in small_runs())


@pytest.mark.parametrize("name,args,output", small_runs(), ids=[run[0] for run in small_runs()])
def test_benchmark_small(name: str, args: list[str], output: str, capfd):
    status, out, err = run_in_process(BENCHMARKS / f"{name}.scm", args, None, capfd)
    assert (status, out) == (0, output + "\n"), err
    assert re.fullmatch(r"elapsed-jiffies \d+ \d+\n", err)
