"""The GC test programs translated with each collector (slow): one executable per collector, run
normally, with a tiny nursery (many minor collections) and in stress mode."""

import os

import pytest

from .harness import COLLECTORS, PROGRAMS, load_gc_programs, run_measured, translate, write_bundle

pytestmark = pytest.mark.slow
GC_PROGRAMS = load_gc_programs()
MODES = {
    "normal": {},
    "small-nursery": {"KIT_GC_NURSERY": "64K", "KIT_GC_MIN_HEAP": "1M"},
    "stress": {},     # KIT_GC_STRESS from the program's `# stress:` comment
}


@pytest.fixture(scope="module", params=COLLECTORS)
def executable(request, tmp_path_factory):
    directory = tmp_path_factory.mktemp(f"gc-{request.param}")
    target = write_bundle([p.name for p in GC_PROGRAMS], directory, PROGRAMS, "gc_bundle.py")
    return translate(target, directory / "gcprograms", request.param)


@pytest.mark.parametrize("mode", list(MODES))
@pytest.mark.parametrize("program", GC_PROGRAMS, ids=lambda p: p.name)
def test_translated(executable, program, mode):
    env = dict(os.environ, **MODES[mode])
    env.pop("KITLOG", None)
    if mode == "stress":
        env["KIT_GC_STRESS"] = str(program.stress)
    status, out, err, _, _ = run_measured([str(executable), program.name], env=env)
    assert (status, err) == (0, "")
    assert out == program.expected_out
