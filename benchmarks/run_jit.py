"""The JIT: interpreters translated with `--jit llvm`, each program run with the JIT on and off
(`KIT_JIT=off`) in the same run, best of N; the ratio is what the JIT gains.

    python benchmarks/run_jit.py [--opt 2] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "bench"

COLLATZ = """
fn collatz_steps(n) {
    steps = 0;
    while n != 1 {
        if n % 2 == 0 { n = n / 2; } else { n = 3 * n + 1; }
        steps = steps + 1;
    }
    return steps;
}
total = 0;
i = 1;
while i <= 300000 {
    total = total + collatz_steps(i);
    i = i + 1;
}
print total;
"""

LOOP = """
fn work(n) {
    total = 0;
    i = 0;
    while i < n {
        if i % 3 == 0 { total = total + i * 2; } else { total = total - 1; }
        i = i + 1;
    }
    return total;
}
print work(30000000);
"""

FIB = """
fn fib(n) {
    if n < 2 { return n; }
    return fib(n - 1) + fib(n - 2);
}
print fib(30);
"""

# (name, target, arguments)
CASES = [
    ("tinyloop: sum 1..20000000 (slots in a list)", "tests/jit/targets/tinyloop.py", ["20000000"]),
    ("boxloop: sum of boxed integers", "tests/jit/targets/boxloop.py", ["sum", "20000000"]),
    ("boxloop: branchy loop", "tests/jit/targets/boxloop.py", ["branchy", "20000000"]),
    ("tutorial: a loop with a branch in a function, 30000000 times", "languages/tutorial/target.py", ["loop.tut"]),
    ("tutorial: collatz steps of 1..300000", "languages/tutorial/target.py", ["collatz.tut"]),
    ("tutorial: recursive fib(30)", "languages/tutorial/target.py", ["fib.tut"]),
]


def build(target: str, opt: int) -> Path:
    out = BUILD / ("jit-" + Path(target).parent.name + "-" + Path(target).stem)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kit.cli", "translate", target, "--opt", str(opt), "--jit", "llvm",
                    "-o", str(out)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    print(f"built {out.name} in {time.perf_counter() - start:.1f} s")
    return out


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, str]:
    """(CPU seconds of the child, its stdout): CPU time, since the machine may be shared."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=BUILD)
        _, status, usage = os.wait4(proc.pid, 0)
        out.seek(0)
        err.seek(0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{cmd} failed: {err.read().decode()[-2000:]}")
        return usage.ru_utime + usage.ru_stime, out.read().decode()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--opt", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    BUILD.mkdir(parents=True, exist_ok=True)
    (BUILD / "collatz.tut").write_text(COLLATZ)
    (BUILD / "loop.tut").write_text(LOOP)
    (BUILD / "fib.tut").write_text(FIB)
    print(f"machine: {platform.machine()}, translated at -O{args.opt}, best of {args.repeat} by CPU time")
    built: dict[str, Path] = {}
    for name, target, argv in CASES:
        exe = built.get(target) or build(target, args.opt)
        built[target] = exe
        base = dict(os.environ)
        on = min(timed([str(exe), *argv], base) for _ in range(args.repeat))
        off = min(timed([str(exe), *argv], {**base, "KIT_JIT": "off"}) for _ in range(args.repeat))
        # the same without compiling hot loops again at -O2 (LLVM's fast code generator only)
        fast = min(timed([str(exe), *argv], {**base, "KIT_JIT": "recompile_after=0"}) for _ in range(args.repeat))
        if on[1] != off[1] or fast[1] != off[1]:
            raise SystemExit(f"{name}: the JIT changes the output")
        print(f"{name}: JIT on {on[0]:.3f} s, off {off[0]:.3f} s: {off[0] / on[0]:.1f}x "
              f"(without -O2 recompilation {fast[0]:.3f} s: {off[0] / fast[0]:.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
