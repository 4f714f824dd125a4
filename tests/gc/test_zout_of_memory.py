"""Running out of memory (slow): under an address-space limit, a program that keeps everything alive
gets a MemoryError it can catch, with each collector, and recovers once it lets go."""

import os
import resource
import subprocess

import pytest

from .harness import COLLECTORS, HERE, translate

pytestmark = pytest.mark.slow
LIMIT = 700 * 2**20   # bytes of address space (the shadow stack reserves 256 MB of it)


def limited():
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


@pytest.mark.parametrize("gc", COLLECTORS)
def test_memory_error_is_catchable(gc, tmp_path):
    exe = translate(HERE / "oom" / "oom_grow.py", tmp_path / "oom", gc, opt=1)
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIT")}
    proc = subprocess.run([str(exe)], capture_output=True, text=True, preexec_fn=limited, env=env, timeout=300)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert proc.stdout == "MemoryError\nrecovered 200000\n"
