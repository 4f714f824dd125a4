"""Run GCBench translated (with each collector) and on CPython side by side in one run, printing
times, peak RSS and their ratios; then the allocation-churn benchmark (>= 10 GB allocated).

    python benchmarks/run_gcbench.py [--depth 17] [--long-lived 16] [--runs 3] [--opt 2] [--skip-churn]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GCBENCH = HERE / "gcbench.py"
CHURN = HERE / "gcbench_churn.py"
COLLECTORS = ["generational", "marksweep"]


def measure(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int, str]:
    """(seconds, peak RSS in bytes, stdout) of one run; fails loudly on a non-zero status."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        out.seek(0)
        text = out.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed with status {os.waitstatus_to_exitcode(status)}")
    return seconds, usage.ru_maxrss * 1024, text


def best_of(runs: int, cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int, str]:
    results = [measure(cmd, env) for _ in range(runs)]
    return min(r[0] for r in results), max(r[1] for r in results), results[0][2]


def translate(target: Path, exe: Path, gc: str, opt: int) -> None:
    cmd = [sys.executable, "-m", "kit", "translate", str(target), "-o", str(exe), "--opt", str(opt), "--gc", gc]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)


def mib(n: int) -> str:
    return f"{n / 2**20:7.1f} MiB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--depth", type=int, default=17, help="deepest short-lived trees (classic: 16)")
    parser.add_argument("--long-lived", type=int, default=16, help="depth of the long-lived tree")
    parser.add_argument("--runs", type=int, default=3, help="runs of each translated program (best time)")
    parser.add_argument("--opt", type=int, default=2)
    parser.add_argument("--skip-churn", action="store_true")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIT")}

    with tempfile.TemporaryDirectory(prefix="kit-gcbench-") as tmp:
        exes = {}
        for gc in COLLECTORS:
            exes[gc] = Path(tmp) / f"gcbench-{gc}"
            start = time.perf_counter()
            translate(GCBENCH, exes[gc], gc, args.opt)
            print(f"translated gcbench with --gc {gc} at -O{args.opt} in {time.perf_counter() - start:.1f} s")
        bench_args = [str(args.depth), str(args.long_lived)]
        print(f"\nGCBench (max depth {args.depth}, long-lived depth {args.long_lived}, "
              f"stretch depth {args.depth + 2}, {500000} doubles)")
        print(f"{'':26} {'time':>9} {'peak RSS':>12}")
        cpython = measure([sys.executable, str(GCBENCH)] + bench_args, env)
        print(f"{'CPython ' + sys.version.split()[0]:26} {cpython[0]:8.3f}s {mib(cpython[1])}")
        results = {}
        for gc in COLLECTORS:
            results[gc] = best_of(args.runs, [str(exes[gc])] + bench_args, env)
            if results[gc][2] != cpython[2]:
                raise SystemExit(f"gcbench --gc {gc} printed something else than on CPython")
            t, rss, _ = results[gc]
            print(f"{'kit --gc ' + gc:26} {t:8.3f}s {mib(rss)}   {cpython[0] / t:5.1f}x faster than CPython, "
                  f"RSS {rss / cpython[1]:.2f}x CPython's")
        gen, ms = results["generational"], results["marksweep"]
        print(f"generational vs marksweep: {ms[0] / gen[0]:.2f}x faster, RSS {gen[1] / ms[1]:.2f}x")

        if not args.skip_churn:
            churn = Path(tmp) / "churn"
            translate(CHURN, churn, "generational", args.opt)
            log = Path(tmp) / "churn.log"
            seconds, rss, out = measure([str(churn)], dict(env, KITLOG=f"gc:{log}"))
            allocated = int(re.search(r"(\d+) bytes allocated", log.read_text()).group(1))
            print(f"\nchurn (--gc generational): {allocated / 1e9:.2f} GB allocated in {seconds:.2f} s, "
                  f"peak RSS {mib(rss).strip()} ({out.strip()})")
            ms_churn = Path(tmp) / "churn-ms"
            translate(CHURN, ms_churn, "marksweep", args.opt)
            small = ["1"]
            gen_small = measure([str(churn)] + small, env)
            ms_small = measure([str(ms_churn)] + small, env)
            print(f"churn, 1/12.5 of it: generational {gen_small[0]:.2f} s {mib(gen_small[1]).strip()}, "
                  f"marksweep {ms_small[0]:.2f} s {mib(ms_small[1]).strip()}: "
                  f"{ms_small[0] / gen_small[0]:.1f}x faster")
    return 0


if __name__ == "__main__":
    sys.exit(main())
