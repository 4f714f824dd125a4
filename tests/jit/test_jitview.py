"""`kit jitview`: a JIT log becomes an HTML page with every loop and bridge, before and after
optimization, their source positions, compile times and aborted traces."""

from __future__ import annotations

from kit.cli import main
from kit.tools.jitview import parse_log, render_page

LOG = """\
jit: loop 1 before optimization
[p0, i0]
label(p0, i0, descr=<Target 1>)
debug_merge_point(descr=<Loc demo: f, line 3, #4 LOAD_LOCAL>)
i1 = int_add(i0, 1)
guard_true(i1, descr=<Guard -1>) [p0, i1]
jump(p0, i1, descr=<Target 1>)

program output that is not part of the log
jit: loop 1
[p0, i0]
label(p0, i0, descr=<Target 1>)
debug_merge_point(descr=<Loc demo: f, line 3, #4 LOAD_LOCAL>)
i1 = int_add(i0, 1)
jump(p0, i1, descr=<Target 1>)

jit: loop 1 compiled in 3.500 ms
jit: trace aborted: trace too long
jit: bridge of loop 1 before optimization
[p0, i0]
i1 = int_sub(i0, 1)
jump(p0, i1, descr=<Target 1>)

jit: bridge of loop 1
[p0, i0]
i1 = int_sub(i0, 1)
jump(p0, i1, descr=<Target 1>)

jit: the bridge enters the loop at its start: a virtual does not match the body's
jit: bridge of loop 1 compiled in 1.500 ms
"""


def test_parse_log():
    log = parse_log(LOG)
    assert [(t.kind, t.loop, t.number) for t in log.traces] == [("loop", 1, 1), ("bridge", 1, 1)]
    loop, bridge = log.traces
    assert loop.compile_ms == 3.5 and bridge.compile_ms == 1.5
    assert loop.before[-1] == "jump(p0, i1, descr=<Target 1>)" and len(loop.before) == 6
    assert "program output that is not part of the log" not in loop.before + loop.after
    assert log.aborts == ["trace too long"]
    assert bridge.notes == ["the bridge enters the loop at its start: a virtual does not match the body's"]


def test_page_shows_positions_guards_and_times():
    page = render_page(parse_log(LOG), "demo")
    assert "<div class=\"loc\">demo: f, line 3, #4 LOAD_LOCAL</div>" in page
    assert "<div class=\"guard\">guard_true(i1, descr=&lt;Guard -1&gt;) [p0, i1]</div>" in page
    assert "compiled in 3.50 ms" in page and "median 2.50 ms over 2 pieces" in page
    assert "bridge 1 (of loop 1)" in page and "trace too long" in page


def test_command(tmp_path, capsys):
    log = tmp_path / "trace.log"
    log.write_text(LOG)
    out = tmp_path / "trace.html"
    assert main(["jitview", str(log), "-o", str(out)]) == 0
    assert "1 loops, 1 bridges, 1 aborted traces" in capsys.readouterr().out
    assert out.read_text().startswith("<!DOCTYPE html>")
    assert main(["jitview", str(tmp_path / "missing.log")]) == 1
    assert "no JIT log at" in capsys.readouterr().err
