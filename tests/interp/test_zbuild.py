"""`kit build tutorial` translates the tutorial language, with its JIT, into ./build/bin/kit-tutorial;
`--no-jit` builds the interpreter alone; a VM without JIT hints is built without a JIT."""

import io
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

LOOP = "fn f(n) { t = 0; i = 0; while i < n { t = t + i; i = i + 1; } return t; } print f(5000);"


def test_kit_build_tutorial(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "kit.cli", "build", "tutorial", "--opt", "0"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "kit build: tutorial (languages.tutorial.target) -> build/bin/kit-tutorial" in proc.stderr
    assert "[kit] annotating" in proc.stderr and "[kit]   done:" in proc.stderr    # the progress of kit translate
    assert "making the JIT" in proc.stderr
    exe = tmp_path / "build" / "bin" / "kit-tutorial"
    run = subprocess.run([str(exe), "-c", 'print "built " + 6 * 7;'], capture_output=True, text=True, timeout=60)
    assert (run.returncode, run.stdout) == (0, "built 42\n")
    run = subprocess.run([str(exe), "-c", LOOP], capture_output=True, text=True, timeout=60, env={"KITLOG": "jit"})
    assert (run.returncode, run.stdout) == (0, "12497500\n") and "jit: loop 1 compiled" in run.stderr


def test_kit_build_without_the_jit(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "kit.cli", "build", "tutorial", "--opt", "0", "--no-jit"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0 and "making the JIT" not in proc.stderr, proc.stderr
    exe = tmp_path / "build" / "bin" / "kit-tutorial"
    run = subprocess.run([str(exe), "-c", LOOP], capture_output=True, text=True, timeout=60, env={"KITLOG": "jit"})
    assert (run.returncode, run.stdout, run.stderr) == (0, "12497500\n", "")


def test_a_program_without_hints_is_translated_without_a_jit(tmp_path):
    from kit.translator.driver import Progress, translate_entry_point

    def entry_point(argv):
        print("no hints here")
        return 0

    out = io.StringIO()
    translate_entry_point(entry_point, tmp_path / "plain", opt=0, jit="llvm", jit_optional=True,
                          progress=Progress(out=out))
    assert "the program has no jit_merge_point: translating it without a JIT" in out.getvalue()
    run = subprocess.run([str(tmp_path / "plain")], capture_output=True, text=True, timeout=60)
    assert run.stdout == "no hints here\n"

