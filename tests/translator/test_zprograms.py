"""The corpus, translated (slow): one executable holds every program; outputs and statuses must be
those of the untranslated programs."""

import os
import subprocess
import sys

import pytest

from .corpus import ROOT, last_line, load_programs, write_bundle

pytestmark = pytest.mark.slow
PROGRAMS = load_programs()


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    directory = tmp_path_factory.mktemp("corpus")
    target = write_bundle(PROGRAMS, directory)
    exe = directory / "corpus"
    env = dict(os.environ, KIT_CHECK_GRAPHS="1")
    proc = subprocess.run([sys.executable, "-m", "kit", "translate", str(target), "-o", str(exe), "--opt", "0"],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return exe


@pytest.fixture(scope="module")
def jit_bundle(tmp_path_factory):
    """The corpus with the JIT woven in (the LLVM backend; p45_jit_hints has the driver)."""
    directory = tmp_path_factory.mktemp("corpus-jit")
    target = write_bundle(PROGRAMS, directory)
    exe = directory / "corpus-jit"
    proc = subprocess.run([sys.executable, "-m", "kit", "translate", str(target), "-o", str(exe), "--opt", "0",
                           "--jit"], capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return exe


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.name)
def test_translated(bundle, program):
    check_program(bundle, program)


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.name)
def test_translated_with_jit(jit_bundle, program):
    check_program(jit_bundle, program)


def test_jit_compiles_in_the_corpus(jit_bundle):
    proc = subprocess.run([str(jit_bundle), "p45_jit_hints"], capture_output=True, text=True, timeout=120,
                          env={"KITLOG": "jit"})
    assert proc.returncode == 0 and "jit: loop 1 compiled" in proc.stderr, proc.stderr[-2000:]


def check_program(exe, program):
    proc = subprocess.run([str(exe), program.name], capture_output=True, text=True, timeout=120)
    assert proc.stdout == program.expected_out
    assert proc.returncode == program.status, proc.stderr
    if program.stderr:
        assert last_line(proc.stderr) == program.stderr
    elif program.status == 0:
        assert proc.stderr == ""


def test_executable_needs_no_python(bundle):
    ldd = subprocess.run(["ldd", str(bundle)], capture_output=True, text=True)
    assert "python" not in ldd.stdout.lower()
    # it runs with no Python anywhere on its environment
    proc = subprocess.run([str(bundle), "p27_status"], capture_output=True, text=True, env={"PATH": "/nonexistent"})
    assert proc.returncode == 3 and proc.stdout == "returning 3\n"
