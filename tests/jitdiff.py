"""Running one program on one translated VM with the JIT off and with an eager JIT, side by side
(the differential JIT tests of the tutorial language and of Scheme)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def run_jit_off_and_on(vm: Path, path: Path, eager: str, off_env: dict[str, str], on_env: dict[str, str],
                       timeout: float) -> tuple[tuple, tuple]:
    """(stdout, stderr, status) of `VM --jit off PATH` and of `VM --jit EAGER PATH`, run at once."""
    procs = [subprocess.Popen([str(vm), "--jit", jit, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=env) for jit, env in (("off", off_env), (eager, on_env))]
    results = []
    for proc in procs:
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            for other in procs:
                other.kill()
            raise
        results.append((out, err, proc.returncode))
    return results[0], results[1]
