"""The `kit` command as a user meets it: run, graph (with and without Graphviz), and its errors."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STACKVM = str(ROOT / "examples" / "stackvm.py")


def kit(*args, cwd=ROOT, env=None):
    return subprocess.run([sys.executable, "-m", "kit", *args], capture_output=True, text=True, cwd=cwd,
                          env=env)


def test_run_demo():
    proc = kit("run", STACKVM, "100")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "total steps: 3142\n"


def test_run_passes_exit_status_and_usage_errors():
    proc = kit("run", STACKVM, "not-a-number")
    assert proc.returncode == 2
    assert "usage: stackvm" in proc.stderr


def test_run_uncaught_exception_reports_class_and_message(tmp_path):
    target = tmp_path / "boom.py"
    target.write_text("def entry_point(argv):\n    raise ValueError('bad ' + argv[0])\n")
    proc = kit("run", str(target))
    assert proc.returncode == 1
    assert "Fatal RPython error: ValueError: bad" in proc.stderr


def test_run_missing_file_and_missing_entry_point(tmp_path):
    proc = kit("run", str(tmp_path / "nope.py"))
    assert proc.returncode == 1 and "no such file" in proc.stderr and "Traceback" not in proc.stderr
    empty = tmp_path / "empty.py"
    empty.write_text("X = 1\n")
    proc = kit("run", str(empty))
    assert proc.returncode == 1 and "neither entry_point" in proc.stderr


def test_target_with_syntax_error(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def entry_point(argv):\n    return (1\n")
    proc = kit("graph", str(bad))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "bad.py:2:" in proc.stderr and "syntax error" in proc.stderr


def test_graph_page_lists_every_function(tmp_path):
    out = tmp_path / "page.html"
    proc = kit("graph", STACKVM, "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    page = out.read_text()
    # SVG where Graphviz is installed, the text form (and how to install it) where it is not
    if shutil.which("dot"):
        assert "<svg" in page
    else:
        assert "apt install graphviz" in page
    for name in ("VM.execute", "assemble", "entry_point", "W_Int.add"):
        assert f'data-name="{name}"' in page


def test_dot_source_shows_blocks_and_exits():
    from kit.flow import build_flow_graph
    from kit.tools.graphpage import graph_to_dot
    from tests.flow import samples
    dot = graph_to_dot(build_flow_graph(samples.try_except))
    assert dot.startswith("digraph G {")
    assert "start: try_except" in dot and "may_fail" in dot
    assert "SubAppError" in dot and "style=dashed" in dot  # exception exits are drawn dashed


def test_graph_page_without_dot_says_how_to_install(tmp_path):
    out = tmp_path / "page.html"
    env = dict(os.environ, PATH=str(Path(sys.executable).parent))  # no dot on this PATH
    proc = kit("graph", f"{STACKVM}:VM.execute", "-o", str(out), env=env)
    assert proc.returncode == 0, proc.stderr
    assert "apt install graphviz" in proc.stderr
    page = out.read_text()
    assert "<svg" not in page
    assert "apt install graphviz" in page
    assert "graph VM.execute(self, frame)" in page


def test_graph_unknown_function(tmp_path):
    proc = kit("graph", f"{STACKVM}:nothing_here", "-o", str(tmp_path / "x.html"))
    assert proc.returncode == 1
    assert "has no function nothing_here" in proc.stderr


def test_translate_reports_non_rpython_code_without_traceback(tmp_path):
    target = tmp_path / "mixed.py"
    target.write_text("def entry_point(argv):\n    x = 1\n    if len(argv) > 5:\n        x = 'a'\n"
                      "    print(x)\n    return 0\n")
    proc = kit("translate", str(target), "-o", str(tmp_path / "mixed"), "--opt", "0")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "mixed.py:4:13: error:" in proc.stderr
    assert "would have to be both int and str" in proc.stderr


def test_no_command_prints_help():
    proc = kit()
    assert proc.returncode == 2
    assert "usage: kit" in proc.stdout
