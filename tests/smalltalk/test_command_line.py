"""The command line: `python -m languages.smalltalk`, `kit run .../target.py`, options, class path."""

import subprocess
import sys
from pathlib import Path

from languages.smalltalk.target import entry_point

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CLASSPATH = HERE / "classpath"


def run(*args, cwd=ROOT):
    return subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, timeout=120)


def test_module_entry_runs_a_program_with_arguments(tmp_path):
    main = tmp_path / "Echo.som"
    main.write_text("Echo = ( run: args = ( args println. (args at: 2) println ) )\n")
    result = run(sys.executable, "-m", "languages.smalltalk", str(main), "alpha", "beta")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "#(Echo alpha beta)\nalpha\n"
    assert result.stderr == ""


def test_run_without_arguments_is_sent_when_run_colon_is_missing(tmp_path):
    (tmp_path / "Plain.som").write_text("Plain = ( run = ( 'plain run' println ) )\n")
    result = run(sys.executable, "-m", "languages.smalltalk", "Plain.som", "ignored", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, "plain run\n")


def test_kit_run_uses_the_same_entry_point():
    kit = Path(sys.executable).parent / "kit"
    result = run(str(kit), "run", "languages/smalltalk/target.py",
                 "-cp", str(CLASSPATH / "first") + ":" + str(CLASSPATH / "second"),
                 str(CLASSPATH / "app" / "ClassPathMain.som"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "first -cp directory"


def test_class_path_order(capfd):
    classpath = str(CLASSPATH / "first") + ":" + str(CLASSPATH / "second")
    status = entry_point(["som", "-cp", classpath, str(CLASSPATH / "app" / "ClassPathMain.som")])
    out = capfd.readouterr().out
    assert status == 0
    assert out.splitlines() == [
        "first -cp directory",
        "found in the second directory",
        "app directory",
        "Vector from -cp, not the core library",
        "Pair from the second directory",
    ]


def test_class_name_without_extension(capfd, monkeypatch, tmp_path):
    (tmp_path / "Bare.som").write_text("Bare = ( run = ( 'bare' println ) )\n")
    monkeypatch.chdir(tmp_path)
    assert entry_point(["som", "Bare"]) == 0
    assert capfd.readouterr().out == "bare\n"


def test_help_and_usage_errors(capfd):
    assert entry_point(["som", "-h"]) == 0
    assert "usage: som" in capfd.readouterr().out
    assert entry_point(["som"]) == 2
    assert "no class file given" in capfd.readouterr().err
    assert entry_point(["som", "-cp"]) == 2
    assert "-cp needs a path" in capfd.readouterr().err
    assert entry_point(["som", "--bogus", "X.som"]) == 2
    assert "unknown option --bogus" in capfd.readouterr().err


def test_jit_option_is_checked(capfd, tmp_path):
    main = tmp_path / "Hello.som"
    main.write_text("Hello = ( run = ( 'hello' println ) )\n")
    for params in ["off", "default", "noopt", "threshold=3,trace_eagerness=2", "enable_opts=heap:pure",
                   "enable_opts=all,trace_limit=9000"]:
        assert entry_point(["som", "--jit", params, str(main)]) == 0, params
        assert capfd.readouterr().out == "hello\n"
    for params, problem in [("threshold=x", "needs a number"), ("speed=3", "unknown JIT parameter 'speed=3'"),
                            ("enable_opts=heap:magic", "unknown optimizer pass 'magic'"), ("on", "unknown JIT")]:
        assert entry_point(["som", "--jit", params, str(main)]) == 2, params
        assert problem in capfd.readouterr().err
    assert entry_point(["som", "--jit"]) == 2
    assert "--jit needs parameters" in capfd.readouterr().err


def test_missing_main_file(capfd, tmp_path):
    assert entry_point(["som", str(tmp_path / "Nope.som")]) == 1
    assert "cannot read" in capfd.readouterr().err


def test_the_vm_can_run_twice_in_one_process(capfd, tmp_path):
    (tmp_path / "Counter.som").write_text(
        "Counter = ( run = ( (system global: #Seen) println. system global: #Seen put: 1 ) )\n")
    for _ in range(2):
        assert entry_point(["som", str(tmp_path / "Counter.som")]) == 0
        assert capfd.readouterr().out == "nil\n"
