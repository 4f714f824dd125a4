"""The toy language translated: kit.interp's command line, REPL, errors and the unrolled dispatch
loop in a native executable (one shared build, tests/vmbuild.py)."""

import subprocess

import pytest

from tests.vmbuild import translated

pytestmark = pytest.mark.slow

COUNTDOWN = """LOAD_CONST 3
STORE_LOCAL n
top:
LOAD_LOCAL n
PRINT
LOAD_LOCAL n
LOAD_CONST -1
ADD
DUP
STORE_LOCAL n
POP_JUMP_IF_TRUE top
LOAD_CONST 1
LOAD_CONST 2
SUM 2
PRINT
LOAD_CONST 0
RETURN_VALUE
"""


@pytest.fixture(scope="module")
def toy():
    return translated("tests/interp/toylang.py", "toy")


def run(exe, *args, stdin=""):
    proc = subprocess.run([str(exe), *args], input=stdin, capture_output=True, text=True, timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


def test_a_file_with_a_loop(toy, tmp_path):
    path = tmp_path / "count.toy"
    path.write_text(COUNTDOWN)
    assert run(toy, str(path)) == (0, "3\n2\n1\n3\n", "")
    assert run(toy, "--repeat", "2", str(path), "arg") == (0, "3\n2\n1\n3\n" * 2, "")


def test_errors_and_statuses(toy, tmp_path):
    assert run(toy, "-c", "LOAD_CONST 1\n  FAIL 5\nRETURN_VALUE") == (1, "", "-c:2:3: ToyError: failed with 5\n")
    assert run(toy, "-c", "BOGUS") == (1, "", "-c:1:1: SyntaxError: unknown instruction BOGUS\n")
    assert run(toy, "-c", "LOAD_CONST 1") == (1, "", "-c: CompilerError: the code of main runs off its end "
                                                     "after LOAD_CONST\n")
    assert run(toy, "-c", "LOAD_LOCAL x\nRETURN_VALUE") == (
        1, "", "-c:1:1: NameError: local variable 'x' is used before it is assigned\n")
    assert run(toy, "-c", "RECURSE\nRETURN_VALUE") == (
        1, "", "-c:1:1: RecursionError: maximum recursion depth (50) exceeded\n")
    assert run(toy, "-c", "LOAD_CONST 2\nPRINT\nLOAD_CONST 7\nEXIT\nLOAD_CONST 0\nRETURN_VALUE") == (7, "2\n", "")
    assert run(toy, str(tmp_path / "missing.toy")) == (
        1, "", f"toy: cannot read {tmp_path / 'missing.toy'}: No such file or directory\n")
    assert run(toy, str(tmp_path)) == (1, "", f"toy: cannot read {tmp_path}: Is a directory\n")
    latin = tmp_path / "latin.toy"
    latin.write_bytes(b"; caf\xe9\n")
    assert run(toy, str(latin)) == (1, "", f"toy: cannot read {latin}: not UTF-8 text\n")


def test_options(toy):
    status, out, err = run(toy, "-h")
    assert status == 0 and out.startswith("usage: toy [OPTIONS]") and "--repeat N" in out
    assert run(toy, "--version") == (0, "toy 0.3\n", "")
    assert run(toy, "--jit", "threshold=100,trace_limit=5000", "-c", "LOAD_CONST 4\nPRINT\nLOAD_CONST 0\n"
               "RETURN_VALUE") == (0, "4\n", "")
    status, out, err = run(toy, "--jit", "bogus=1")
    assert (status, out) == (2, "") and err.startswith("toy: unknown JIT parameter 'bogus=1'")
    assert run(toy, "--nope") == (2, "", "toy: unknown option --nope\ntry 'toy -h' for help\n")


def test_standard_input_and_the_repl(toy):
    assert run(toy, "-", stdin=COUNTDOWN) == (0, "3\n2\n1\n3\n", "")
    repl_input = "LOAD_CONST 8\nPRINT\nLOAD_CONST 0\nRETURN_VALUE\nFAIL 2\nLOAD_CONST 0\nRETURN_VALUE\n" + COUNTDOWN
    assert run(toy, stdin=repl_input) == (1, "8\n3\n2\n1\n3\n", "<stdin>:1:1: ToyError: failed with 2\n")
