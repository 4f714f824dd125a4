"""kit.rlib translated (slow): one executable (tests/rlib/translated/target.py, built once per source
state by tests/vmbuild.py at -O0) runs every mode over the same input lines as the untranslated
program; both outputs must be identical and equal CPython's (tests/rlib/translated/reference.py).
The hypothesis properties batch their examples' lines into one run of the executable each.
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.vmbuild import translated

from .targets import bench_bigint_cpython
from .test_parsing_calc import PROGRAMS as CALC_PROGRAMS
from .test_parsing_calc import expectations
from .translated import cases, reference, target

pytestmark = pytest.mark.slow
_input_dirs: list[Path] = []
PROPERTY = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def rlib_exe() -> Path:
    return translated("tests/rlib/translated/target.py", "rlib-target")


@pytest.fixture(scope="module", autouse=True)
def input_dir(tmp_path_factory):
    _input_dirs.append(tmp_path_factory.mktemp("rlib-input"))
    yield
    _input_dirs.pop()


def write_input(lines: list[str]) -> Path:
    path = _input_dirs[-1] / "input.txt"           # one file, rewritten for every run
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8", errors="surrogatepass")
    return path


def run_translated(exe: Path, mode: str, path: Path) -> str:
    proc = subprocess.run([str(exe), mode, str(path)], capture_output=True, timeout=300)
    assert (proc.returncode, proc.stderr) == (0, b"")
    return proc.stdout.decode("utf-8", "surrogatepass")


def run_untranslated(mode: str, path: Path) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert target.entry_point(["target", mode, str(path)]) == 0
    return out.getvalue()


def check_mode(exe: Path, mode: str, lines: list[str]) -> None:
    """Translated == untranslated == CPython (where reference.py knows the mode) for LINES."""
    path = write_input(lines)
    native = run_translated(exe, mode, path)
    assert native == run_untranslated(mode, path)
    if mode in reference.REFERENCE:
        expected = reference.expected_output(mode, lines)
        for line, got, want in zip(lines, native.splitlines(), expected.splitlines(), strict=True):
            assert got == want, f"input line: {line}"


# ---- fixed inputs: every operation, edge cases and seeded random values ------------------------------

def test_bigint_operations(rlib_exe):
    lines = cases.bigint_lines()
    assert len(lines) > 5000
    check_mode(rlib_exe, "bigint", lines)


def test_float_formatting_parsing_and_math(rlib_exe):
    check_mode(rlib_exe, "float", cases.float_lines())


def test_text_helpers(rlib_exe):
    check_mode(rlib_exe, "text", cases.text_lines())


def test_lexer_and_rply_parser(rlib_exe):
    # the untranslated run is the reference; test_lexer*.py and test_parsing.py check it in depth
    check_mode(rlib_exe, "parsing", cases.PARSING_PROGRAMS)
    out = run_translated(rlib_exe, "parsing", write_input(cases.PARSING_PROGRAMS)).splitlines()
    assert out[2] == ("LET@1:1 NAME@1:5 EQUALS@1:7 NUMBER@1:9 PLUS@1:11 NUMBER@1:13 STAR@1:15 NUMBER@1:17 "
                      "SEMI@1:18 => (let x (+ 1 (* 2 3)))")
    assert sum("parse error" in line for line in out) >= 5 and sum("lexer error" in line for line in out) >= 2


def test_unicode_database_everywhere(rlib_exe):
    # all of Unicode translated against CPython; untranslated (slow on CPython) on a few blocks
    whole = ["%d %d" % (start, start + 0x8000) for start in range(0, 0x110000, 0x8000)]
    native = run_translated(rlib_exe, "unicode", write_input(whole))
    assert native == reference.expected_output("unicode", whole)
    check_mode(rlib_exe, "unicode", ["0 2048", "8000 8500", "65500 66100", "120000 120500"])


def test_compile_time_helpers(rlib_exe):
    proc = subprocess.run([str(rlib_exe), "helpers"], capture_output=True, text=True, timeout=60)
    expected = (Path(target.__file__).parent / "helpers.out").read_text()
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, expected, "translated\n")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        target.entry_point(["target", "helpers"])
    assert out.getvalue() == expected


def test_usage_errors(rlib_exe):
    for argv in [[], ["nosuchmode", "x"], ["bigint"]]:
        proc = subprocess.run([str(rlib_exe), *argv], capture_output=True, text=True, timeout=60)
        assert (proc.returncode, proc.stdout) == (2, "")
        assert proc.stderr.startswith("usage: target")
    proc = subprocess.run([str(rlib_exe), "float", "/no/such/file"], capture_output=True, text=True, timeout=60)
    assert (proc.returncode, proc.stdout, proc.stderr) == (1, "", "target: cannot read /no/such/file\n")


# ---- differential properties: random inputs, untranslated vs translated vs CPython ----------------------

@PROPERTY
@given(st.lists(cases.bigint_line, min_size=1, max_size=8))
def test_property_bigint_expressions(rlib_exe, lines):
    check_mode(rlib_exe, "bigint", lines)


@PROPERTY
@given(st.lists(cases.float_text, min_size=1, max_size=10))
def test_property_float_repr_format_parse(rlib_exe, lines):
    check_mode(rlib_exe, "float", lines)


@PROPERTY
@given(st.lists(cases.text_hex.map(bytes.hex), min_size=1, max_size=10))
def test_property_utf8_and_case(rlib_exe, lines):
    check_mode(rlib_exe, "text", lines)


program_piece = st.sampled_from(["let", "x", "ünï", "=", "1", "2.5e3", "0xff", "\"s\"", "\"\\\"q\"", "+", "-", "*",
                                 "/", "(", ")", "[", "]", ",", ";", "if", "then", "else", "f", "\\n", "-- c\\n",
                                 "$", "\"open"])


@PROPERTY
@given(st.lists(st.lists(program_piece, max_size=14).map(" ".join), min_size=1, max_size=10))
def test_property_lexer_and_parser(rlib_exe, lines):
    check_mode(rlib_exe, "parsing", lines)


# ---- the calculator example translated, and the benchmark target ------------------------------------

@pytest.fixture(scope="module")
def calc_exe() -> Path:
    return translated("examples/calc.py", "calc")


@pytest.mark.parametrize("path", CALC_PROGRAMS, ids=[p.stem for p in CALC_PROGRAMS])
def test_calc_program_translated(calc_exe, path):
    output, errors = expectations(path)
    proc = subprocess.run([str(calc_exe), str(path)], capture_output=True, text=True, timeout=60)
    assert proc.stdout.splitlines() == output
    if errors:
        line_column, message = errors[0].split(": ", 1)
        assert (proc.returncode, proc.stderr) == (1, f"{path}:{line_column}: error: {message}\n")
    else:
        assert (proc.returncode, proc.stderr) == (0, "")


def test_calc_expression_and_parse_error_translated(calc_exe):
    proc = subprocess.run([str(calc_exe), "-e", "x = 2; print x * 3.5, 7 - -x"], capture_output=True, text=True)
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "7.0 9\n", "")
    proc = subprocess.run([str(calc_exe), "-e", "1 +"], capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr == "<expr>:1:4: error: unexpected end of input; expected one of FLOAT, INT, NAME, PLUS, " \
                          "MINUS, LPAREN\n"


def test_bigint_benchmark_target_translated():
    exe = translated("tests/rlib/targets/bench_bigint.py", "bench-bigint")
    proc = subprocess.run([str(exe), "pidigits", "200"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stderr.startswith("time: ")
    assert proc.stdout.splitlines() == bench_bigint_cpython.pidigits(200)
    proc = subprocess.run([str(exe), "factorial", "400"], capture_output=True, text=True, timeout=120)
    text = str(bench_bigint_cpython.factorial(400))
    assert proc.stdout == "%d %s %s\n" % (len(text), text[:20], text[-20:])


@pytest.mark.parametrize("name,args", [("bench_float", ["repr", "3000"]), ("bench_float", ["format", "3000"]),
                                       ("bench_float", ["parse", "3000"]), ("bench_float", ["repr", "3000", "typical"]),
                                       ("bench_lexer", ["2000", "stream"]),
                                       ("bench_lexer", ["2000"])])
def test_float_and_lexer_benchmark_targets_translated(name, args):
    exe = translated(f"tests/rlib/targets/{name}.py", name.replace("_", "-"))
    proc = subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stderr.startswith("time: ")
    twin = subprocess.run([sys.executable, f"{name}_cpython.py", *args], capture_output=True, text=True,
                          cwd=Path(bench_bigint_cpython.__file__).parent, timeout=120)
    assert proc.stdout == twin.stdout and twin.returncode == 0
