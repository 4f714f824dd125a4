"""Stress mode (slow): the translation corpus and random programs, translated with
`--gc-stress` (a collection at every allocation) with each collector, print what they print
untranslated."""

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.translator.corpus import PROGRAMS as CORPUS_DIR
from tests.translator.corpus import last_line, load_programs
from tests.translator.test_zhypothesis import WORKDIR, programs, run_untranslated

from .harness import COLLECTORS, run_measured, translate, write_bundle

pytestmark = pytest.mark.slow
CORPUS = load_programs()
BATCH = 20
BATCHES = 3


@pytest.fixture(scope="module", params=COLLECTORS)
def corpus_executable(request, tmp_path_factory):
    directory = tmp_path_factory.mktemp(f"stress-{request.param}")
    target = write_bundle([p.name for p in CORPUS], directory, CORPUS_DIR, "corpus_bundle.py")
    return translate(target, directory / "corpus", request.param, stress=1)


# programs whose live heap is large enough that a collection at every allocation is quadratic:
# a collection at every Nth allocation instead (KIT_GC_STRESS overrides --gc-stress at run time)
STRESS_INTERVAL = {"p43_rgc_collect": 97, "p23_allocation": 7}


def _env(name=""):
    env = dict(os.environ)
    env.pop("KIT_GC_STRESS", None)     # the executable's own --gc-stress=1 applies
    env.pop("KITLOG", None)
    if name in STRESS_INTERVAL:
        env["KIT_GC_STRESS"] = str(STRESS_INTERVAL[name])
    return env


@pytest.mark.parametrize("program", CORPUS, ids=lambda p: p.name)
def test_corpus_under_stress(corpus_executable, program):
    status, out, err, _, _ = run_measured([str(corpus_executable), program.name], env=_env(program.name),
                                          timeout=120)
    assert out == program.expected_out
    assert status == program.status, err
    if program.stderr:
        assert last_line(err) == program.stderr
    elif program.status == 0:
        assert err == ""


@settings(max_examples=BATCHES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(programs(), min_size=BATCH, max_size=BATCH, unique=True))
def test_random_programs_under_stress(batch):
    expected = [run_untranslated(src) for src in batch]
    names = [name for name, _, _ in expected]
    target = write_bundle(names, WORKDIR, WORKDIR, f"stress_bundle_{names[0]}.py")
    for gc in COLLECTORS:
        exe = translate(target, target.with_name(f"{target.stem}_{gc}"), gc, stress=1)
        for (name, out, status), source in zip(expected, batch, strict=True):
            run = run_measured([str(exe), name], env=_env(), timeout=60)
            if (run[0], run[1]) != (status, out):
                pytest.fail(f"program differs with --gc {gc} --gc-stress:\n{source}\nuntranslated:\n{out}\n"
                            f"translated (status {run[0]}):\n{run[1]}\n{run[2]}")
