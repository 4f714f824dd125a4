"""`kit build tutorial` translates the tutorial language into ./build/bin/kit-tutorial."""

import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow


def test_kit_build_tutorial(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "kit.cli", "build", "tutorial", "--opt", "0"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "kit build: tutorial (languages.tutorial.target) -> build/bin/kit-tutorial" in proc.stderr
    assert "[kit] annotating" in proc.stderr and "[kit]   done:" in proc.stderr    # the progress of kit translate
    exe = tmp_path / "build" / "bin" / "kit-tutorial"
    run = subprocess.run([str(exe), "-c", 'print "built " + 6 * 7;'], capture_output=True, text=True, timeout=60)
    assert (run.returncode, run.stdout) == (0, "built 42\n")
