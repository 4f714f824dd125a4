"""The Lib/test harness (tools/run_cpython_tests.py): the baseline file's format, how results are
read from unittest's report or a traceback, and a few small modules run on our VM giving exactly
the results the baseline records (so a regression, or progress, shows as a difference)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tools.run_cpython_tests import (
    BASELINE,
    DEFAULT_MODULES,
    STATUSES,
    Result,
    classify,
    read_baseline,
    run_all,
    stdlib_test_dir,
)

ROOT = Path(__file__).resolve().parents[2]
# small modules that stop early on our VM, each for a different reason
SMALL_MODULES = ["test_bool", "test_raise", "test_patma"]


def test_baseline_format():
    text = BASELINE.read_text()
    assert text.startswith("# CPython 3.11 Lib/test modules")
    results = read_baseline(BASELINE)
    modules = [line.split("\t")[0] for line in text.splitlines() if line and not line.startswith("#")]
    assert len(modules) == len(set(modules)) == len(results)
    assert set(DEFAULT_MODULES) <= set(results)
    for result in results.values():
        assert result.status in STATUSES
        assert Result.parse(result.line()) == result
        assert "/root/" not in result.first_error and str(ROOT) not in result.first_error
        if result.status in ("error", "internal"):
            # phase 1: the report says why the module stopped
            assert result.exception != "-" and result.first_error.startswith(result.exception)
        if result.status == "ok":
            assert result.failures == result.errors == 0


def test_small_modules_give_the_baseline_results():
    baseline = read_baseline(BASELINE)
    results = run_all(SMALL_MODULES, "untranslated", 120.0, 1)
    assert [r.line() for r in results] == [baseline[m].line() for m in SMALL_MODULES]


def test_the_harness_reads_a_passing_cpython_run():
    """The same harness on the host CPython: test_bool passes there, with its test count."""
    [result] = run_all(["test_bool"], "cpython", 120.0, 1)
    assert result.status == "ok" and result.ran > 10 and result.failures == result.errors == 0
    assert result.passed == result.ran - result.skipped


def test_stdlib_tests_are_found():
    assert (stdlib_test_dir() / "test_grammar.py").exists()


def test_classify_unittest_reports():
    ok = classify("m", 0, "....s.\n----------------------------------------------------------------------\n"
                          "Ran 6 tests in 0.01s\n\nOK (skipped=1)\n")
    assert (ok.status, ok.ran, ok.passed, ok.skipped, ok.first_error) == ("ok", 6, 5, 1, "-")
    failed = classify("m", 1, ".E.F\n" + "=" * 70 + "\nERROR: test_x (__main__.T.test_x)\n" + "-" * 70 + "\n"
                              "Traceback (most recent call last):\n  File \"m.py\", line 3, in test_x\n"
                              "    f()\nKeyError: 'k'\n\n" + "=" * 70 + "\nFAIL: test_y (__main__.T.test_y)\n"
                              + "-" * 70 + "\nTraceback (most recent call last):\nAssertionError: 1 != 2\n\n"
                              "Ran 4 tests in 0.1s\n\nFAILED (failures=1, errors=1)\n")
    assert (failed.status, failed.ran, failed.passed, failed.failures, failed.errors) == ("failed", 4, 2, 1, 1)
    assert (failed.exception, failed.first_error) == ("KeyError", "ERROR: test_x (__main__.T.test_x)")


def test_classify_errors_before_unittest():
    error = classify("m", 1, "Traceback (most recent call last):\n  File \"<stdlib>/m.py\", line 1, in <module>\n"
                             "    import io\nModuleNotFoundError: No module named '_io'\n")
    assert (error.status, error.exception, error.first_error) == (
        "error", "ModuleNotFoundError", "ModuleNotFoundError: No module named '_io'")
    syntax = classify("m", 1, '  File "<stdlib>/m.py", line 9\n    x = (\n        ^\n'
                              "SyntaxError: '(' was never closed\n")
    assert (syntax.status, syntax.exception) == ("error", "SyntaxError")
    internal = classify("m", 1, f'Traceback (most recent call last):\n  File "{ROOT}/languages/python/main.py", '
                                "line 1, in run\nAssertionError\n")
    assert (internal.status, internal.exception) == ("internal", "AssertionError")
    crash = classify("m", -11, "")
    assert crash.status == "crash" and crash.first_error.startswith("exit status -11")


def test_command_line_check_mode(tmp_path):
    """--check compares with a baseline and exits 1 when a module's result differs."""
    wrong = tmp_path / "baseline.txt"
    wrong.write_text("# test\ntest_bool\tok\t30\t30\t0\t0\t0\t-\t-\n")
    tool = [sys.executable, str(ROOT / "tools" / "run_cpython_tests.py")]
    result = subprocess.run(tool + ["--check", "--baseline", str(wrong)], capture_output=True, text=True,
                            cwd=ROOT, timeout=300)
    assert result.returncode == 1 and "CHANGED test_bool" in result.stdout
