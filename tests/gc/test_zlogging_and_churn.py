"""KITLOG=gc output, the --gc-stress option, and the churn benchmark (slow): >= 10 GB allocated in
all with a ~40 MB working set must keep the peak RSS under 200 MB with the generational GC."""

import os
import re

import pytest

from .harness import ROOT, run_measured, translate

pytestmark = pytest.mark.slow
CHURN = ROOT / "benchmarks" / "gcbench_churn.py"
LINE = re.compile(r"^gc: (minor|major) collection (\d+): pause (\d+\.\d+) ms, (\d+) bytes before, (\d+) after$")
SUMMARY = re.compile(r"^gc: summary: (\d+) collections \((\d+) minor, (\d+) major\), total pause (\d+\.\d+) ms "
                     r"\(minor \d+\.\d+ ms, major \d+\.\d+ ms, longest \d+\.\d+ ms\), peak heap (\d+) bytes, "
                     r"(\d+) bytes allocated$")
TINY = """
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def entry_point(argv):
    p = Pair(0, None)
    for i in range(1000):
        p = Pair(i, p)
    total = 0
    while p is not None:
        total += p.a
        p = p.b
    print(total)
    return 0
"""


def env_with(**values):
    env = dict(os.environ)
    for name in ("KITLOG", "KIT_GC_STRESS", "KIT_GC_NURSERY", "KIT_GC_MIN_HEAP", "KIT_GC_GROWTH"):
        env.pop(name, None)
    env.update(values)
    return env


def parse_log(text):
    lines = [line for line in text.splitlines() if line.startswith("gc: ")]
    assert lines, text
    summary = SUMMARY.match(lines[-1])
    assert summary, lines[-1]
    collections = [LINE.match(line) for line in lines[:-1]]
    assert all(collections), lines[:-1]
    return collections, summary


@pytest.fixture(scope="module")
def churn(tmp_path_factory):
    directory = tmp_path_factory.mktemp("churn")
    return translate(CHURN, directory / "churn", "generational", opt=2)


def test_kitlog_to_a_file(churn, tmp_path):
    log = tmp_path / "gc.log"
    status, out, err, _, _ = run_measured([str(churn), "0.3", "20000"], env=env_with(KITLOG=f"gc:{log}"))
    assert status == 0 and err == "" and out.startswith("churn: 300000 steps")
    collections, summary = parse_log(log.read_text())
    kinds = [m.group(1) for m in collections]
    assert "minor" in kinds and "major" in kinds
    assert int(summary.group(1)) == len(collections)
    assert int(summary.group(2)) == kinds.count("minor")
    # a minor collection leaves at most what was there (nursery emptied)
    for m in collections:
        assert int(m.group(5)) <= int(m.group(4))
    assert int(summary.group(6)) > 100 * 1024 * 1024


def test_kitlog_to_stderr_with_marksweep(tmp_path):
    target = tmp_path / "tiny.py"
    target.write_text(TINY)
    exe = translate(target, tmp_path / "tiny", "marksweep", stress=1)
    status, out, err, _, _ = run_measured([str(exe)], env=env_with(KITLOG="gc"))
    assert (status, out) == (0, "499500\n")
    collections, summary = parse_log(err)
    # --gc-stress=1: a collection at every allocation
    assert len(collections) >= 1000
    assert {m.group(1) for m in collections} == {"major"}
    # KIT_GC_STRESS=0 at run time turns the translated-in stress mode off
    status, out, err, _, _ = run_measured([str(exe)], env=env_with(KITLOG="gc", KIT_GC_STRESS="0"))
    assert (status, out) == (0, "499500\n")
    collections, _ = parse_log(err)
    assert len(collections) < 5


def test_stress_option_with_generational(tmp_path):
    target = tmp_path / "tiny.py"
    target.write_text(TINY)
    exe = translate(target, tmp_path / "tiny", "generational", stress=1)
    status, out, err, _, _ = run_measured([str(exe)], env=env_with(KITLOG="gc"))
    assert (status, out) == (0, "499500\n")
    collections, _ = parse_log(err)
    assert len(collections) >= 1000
    assert {m.group(1) for m in collections} == {"minor", "major"}


def test_ten_gigabytes_in_a_bounded_footprint(churn, tmp_path):
    log = tmp_path / "gc.log"
    status, out, err, seconds, peak_rss = run_measured([str(churn)], env=env_with(KITLOG=f"gc:{log}"), timeout=600)
    assert status == 0, err
    _, summary = parse_log(log.read_text())
    allocated = int(summary.group(6))
    print(f"churn: {allocated / 1e9:.2f} GB allocated in {seconds:.1f} s, peak RSS {peak_rss / 2**20:.0f} MiB")
    assert allocated >= 10 * 10**9
    assert peak_rss < 200 * 2**20
