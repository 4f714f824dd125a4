"""Translated executables shared by the slow tests: each target is translated at most once per
source state (cached under build/test-binaries, keyed by a hash of the sources), even when several
pytest-xdist workers ask for it at the same time.
"""

from __future__ import annotations

import fcntl
import hashlib
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "build" / "test-binaries"
# what every translation depends on, besides the target's own package
TOOLCHAIN = ["kit", "gcs", "jit"]
STALE_AFTER_SECONDS = 3 * 3600


def _source_hash(folders: list[str], options: list[str]) -> str:
    h = hashlib.sha256(" ".join(options).encode())
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*")):
            # every source file (the languages' preludes in .scm or .som too), not compiled caches
            if path.is_file() and path.suffix != ".pyc" and "__pycache__" not in path.parts:
                h.update(str(path.relative_to(ROOT)).encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:16]


def translated(target: str, name: str, options: list[str] | None = None, timeout: int = 1800) -> Path:
    """The executable for TARGET (a path relative to the repository), translated with OPTIONS."""
    options = list(options or ["--opt", "0"])
    package = str(Path(target).parent)
    key = _source_hash(TOOLCHAIN + [package], options + [target])
    CACHE.mkdir(parents=True, exist_ok=True)
    exe = CACHE / f"{name}-{key}"
    with open(CACHE / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not exe.exists():
            for old in CACHE.glob(f"{name}-*"):
                # only this name's earlier builds: NAME-<16 hex digits>, not another name's NAME-x-<hash>;
                # and only those built hours ago: a test run that started before the sources changed
                # may still be starting the one it was given
                stale = old.name[len(name) + 1:]
                if (len(stale) == 16 and all(c in "0123456789abcdef" for c in stale)
                        and time.time() - old.stat().st_mtime > STALE_AFTER_SECONDS):
                    old.unlink()
            tmp = exe.with_name(exe.name + ".tmp")
            proc = subprocess.run([sys.executable, "-m", "kit.cli", "translate", target, "-o", str(tmp), *options],
                                  cwd=ROOT, capture_output=True, text=True, timeout=timeout)
            if proc.returncode != 0:
                raise RuntimeError(f"translating {target} failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}")
            tmp.rename(exe)
    return exe
