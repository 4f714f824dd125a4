"""Reading the summary KITLOG=jit prints at exit (kit/backend/llvm/jitglue.c), for the JIT tests."""

from __future__ import annotations

import re

SUMMARY = re.compile(
    r"jit: summary: (\d+) loops, (\d+) bridges, (\d+) aborts, (\d+) not compiled, (\d+) guard failures, "
    r"(\d+) blackhole runs\n"
    r"((?:jit: aborted \d+ times: .*\n)*)"
    r"jit: compile time: (\d+) traces, total ([\d.]+) ms, median ([\d.]+) ms per trace \(backend ([\d.]+) ms\), "
    r"tracing ([\d.]+) ms\n"
    r"(?:jit: (\d+) hot loops and bridges compiled again at -O2 in ([\d.]+) ms\n)?"
    r"jit: run time ([\d.]+) s, ([\d.]+)% compiling, ([\d.]+)% tracing\n$")


def jit_summary(stderr):
    """KITLOG=jit's summary, the last lines of the log: a dict of its numbers and the aborts."""
    match = SUMMARY.search(stderr)
    assert match, stderr[-2000:]
    names = ["loops", "bridges", "aborts", "not_compiled", "guard_failures", "blackholes", "aborted", "traces",
             "total_ms", "median_ms", "backend_ms", "tracing_ms", "recompiled", "recompile_ms", "run_s",
             "compiling_pct", "tracing_pct"]
    values = dict(zip(names, match.groups()))
    result = {name: (value if name == "aborted" else float(value or 0)) for name, value in values.items()}
    result["aborted"] = re.findall(r"jit: aborted (\d+) times: (.*)\n", values["aborted"])
    return result
