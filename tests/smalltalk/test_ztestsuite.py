"""SOM's public TestSuite on the translated VM (slow), and the runner script's own checks.

The suite is not part of the project. The slow tests exist only when a checkout is found
(KIT_SOM_TESTSUITE, or /work/som-testsuite): without one there is nothing to collect rather than a
test that passes without running anything. `python tools/run_som_testsuite.py CHECKOUT` runs it by
hand (languages/smalltalk/README.md). The script's parsing and its verdicts are tested here on a
small harness of our own, whether or not the real suite is present.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.vmbuild import translated
from tools.run_som_testsuite import find_testsuite, parse_totals, run_harness

ROOT = Path(__file__).resolve().parents[2]
TESTSUITE = find_testsuite()

# a stand-in for TestHarness.som printing totals in the real harness's format; `run: args` takes
# the verdict from its argument so both outcomes can be checked
FAKE_HARNESS = """TestHarness = (
    run: args = (
        | failed |
        failed := (args length > 1) and: [ (args at: 2) = 'Failing' ].
        failed ifTrue: [ 'Test Suite: #Failing' println. 'Failures: 1' println ].
        ('Total number of tests:           ' + 3) println.
        'Number of unsupported optionals: 0' println.
        ('Number of successful tests:      ' + (failed ifTrue: [2] ifFalse: [3])) println.
        'Number of assertions tested:     12' println.
        failed ifTrue: [ system exit: 1 ]
    )
)
"""


@pytest.fixture
def fake_suite(tmp_path):
    (tmp_path / "TestSuite").mkdir()
    (tmp_path / "TestSuite" / "TestHarness.som").write_text(FAKE_HARNESS)
    return tmp_path


def test_find_testsuite_accepts_a_checkout_or_its_testsuite_folder(fake_suite, monkeypatch):
    assert find_testsuite(str(fake_suite)) == (fake_suite / "TestSuite").resolve()
    assert find_testsuite(str(fake_suite / "TestSuite")) == (fake_suite / "TestSuite").resolve()
    assert find_testsuite(str(fake_suite / "missing")) is None
    monkeypatch.setenv("KIT_SOM_TESTSUITE", str(fake_suite))
    assert find_testsuite() == (fake_suite / "TestSuite").resolve()


def test_parse_totals():
    text = ("Total number of tests:           163\nNumber of unsupported optionals: 2\n"
            "Number of successful tests:      161\nNumber of assertions tested:     857\n")
    assert parse_totals(text) == {"tests": 163, "unsupported": 2, "passed": 161, "assertions": 857}
    assert parse_totals("ERROR: something\n") == {}


def test_runner_verdicts_on_a_fake_harness(fake_suite):
    suite = fake_suite / "TestSuite"
    vm = [sys.executable, "-m", "languages.smalltalk"]
    passing = run_harness(vm, suite)
    assert passing.totals == {"tests": 3, "unsupported": 0, "passed": 3, "assertions": 12}
    assert passing.all_passed
    failing = run_harness(vm, suite, "Failing")
    assert failing.status == 1 and not failing.all_passed
    assert "Test Suite: #Failing" in failing.failures()


def test_runner_script_reports_a_missing_suite(tmp_path):
    result = subprocess.run([sys.executable, "tools/run_som_testsuite.py", str(tmp_path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "no SOM TestSuite found" in result.stderr


if TESTSUITE is not None:
    @pytest.mark.slow
    def test_testsuite_translated():
        som = translated("languages/smalltalk/target.py", "som")
        result = run_harness([str(som)], TESTSUITE)
        assert result.all_passed, result.summary() + "\n" + result.failures()
        assert result.totals["tests"] >= 100

    @pytest.mark.slow
    def test_testsuite_untranslated():
        result = run_harness([sys.executable, "-m", "languages.smalltalk"], TESTSUITE)
        assert result.all_passed, result.summary() + "\n" + result.failures()
