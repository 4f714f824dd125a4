"""`kit jitview`: a JIT log (KITLOG=jit:FILE) as one HTML page: every loop and bridge before and
after optimization, grouped by the source positions of the user's program, with compile times,
aborted traces and their reasons.
"""

from __future__ import annotations

import html
import re
import statistics
from dataclasses import dataclass, field
from pathlib import Path

_COMPILED = re.compile(r"^jit: (loop \d+|bridge of loop \d+) compiled in ([0-9.]+) ms$")
_HEADER = re.compile(r"^jit: (loop (\d+)|bridge of loop (\d+))( before optimization)?$")
_LOC = re.compile(r"^debug_merge_point\(descr=<Loc (.*)>\)$")


@dataclass
class Trace:
    """One loop or bridge: its operations as recorded and as compiled."""

    kind: str                       # "loop" or "bridge"
    loop: int                       # the loop's number (a bridge: the loop it belongs to)
    number: int                     # loops: = loop; bridges: 1, 2, ... within the log
    before: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    compile_ms: float | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"loop {self.loop}" if self.kind == "loop" else f"bridge {self.number} (of loop {self.loop})"


@dataclass
class JitLog:
    traces: list[Trace] = field(default_factory=list)
    aborts: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)       # other jit: lines (not compiled, stats...)


def parse_log(text: str) -> JitLog:
    """Read the lines KITLOG=jit writes (other lines, e.g. a program's output, are skipped)."""
    log = JitLog()
    lines = text.splitlines()
    bridges = 0
    current: Trace | None = None
    target: list[str] | None = None
    pending_bridge: Trace | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.startswith("jit: "):
            if target is not None:
                if line.strip() == "":
                    target = None
                else:
                    target.append(line)
            continue
        target = None
        header = _HEADER.match(line)
        compiled = _COMPILED.match(line)
        if compiled:
            name = compiled.group(1)
            kind = "bridge" if name.startswith("bridge") else "loop"
            loop = int(name.rsplit(" ", 1)[1])
            for trace in reversed(log.traces):
                if trace.compile_ms is None and trace.kind == kind and trace.loop == loop:
                    trace.compile_ms = float(compiled.group(2))
                    break
        elif header:
            before = header.group(4) is not None
            if header.group(2) is not None:
                number = int(header.group(2))
                if before or current is None or current.kind != "loop" or current.loop != number:
                    current = Trace("loop", number, number)
                    log.traces.append(current)
            else:
                number = int(header.group(3))
                if before or pending_bridge is None or pending_bridge.loop != number or pending_bridge.after:
                    bridges += 1
                    pending_bridge = Trace("bridge", number, bridges)
                    log.traces.append(pending_bridge)
                current = pending_bridge
            target = current.before if before else current.after
        elif line.startswith("jit: trace aborted: "):
            log.aborts.append(line[len("jit: trace aborted: "):])
        elif line.startswith("jit: LLVM IR of "):
            # the IR dump (KIT_JIT_DUMP_IR): skip to the next jit: line
            while i < len(lines) and not lines[i].startswith("jit: "):
                i += 1
        elif line.startswith("jit: the bridge enters the loop at its start: ") and log.traces:
            log.traces[-1].notes.append(line[len("jit: "):])
        else:
            log.other.append(line[len("jit: "):])
    return log


def _operation_count(ops: list[str]) -> int:
    return sum(1 for op in ops if not op.startswith("debug_merge_point") and not op.startswith("["))


def _render_ops(ops: list[str]) -> str:
    out = []
    for op in ops:
        loc = _LOC.match(op)
        if loc:
            out.append(f'<div class="loc">{html.escape(loc.group(1))}</div>')
            continue
        name = op.split("=", 1)[-1].strip() if "=" in op.split("(", 1)[0] else op
        cls = "op"
        if name.startswith("guard_"):
            cls = "guard"
        elif name.startswith(("label(", "jump(", "finish(")):
            cls = "label"
        elif name.startswith(("call", "new")):
            cls = "call"
        elif op.startswith("["):
            cls = "args"
        out.append(f'<div class="{cls}">{html.escape(op)}</div>')
    return "\n".join(out)


_STYLE = """
body { font-family: sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ccc; }
table.summary td, table.summary th { padding: 0.2em 0.8em; text-align: left; }
.cols { display: flex; gap: 1em; align-items: flex-start; }
.col { flex: 1; min-width: 0; overflow-x: auto; background: #fafafa; border: 1px solid #ddd; padding: 0.5em; }
.col h3 { font-size: 0.95em; margin: 0 0 0.4em 0; }
.op, .guard, .label, .call, .args { font-family: monospace; font-size: 0.8em; white-space: pre; }
.guard { color: #a33; } .label { color: #2a5; font-weight: bold; } .call { color: #35a; }
.args { color: #777; }
.loc { font-family: monospace; font-size: 0.8em; background: #eef; margin-top: 0.4em; padding: 0.1em 0.3em; }
.note { color: #a60; font-size: 0.9em; }
"""


def render_page(log: JitLog, title: str) -> str:
    loops = [t for t in log.traces if t.kind == "loop"]
    bridges = [t for t in log.traces if t.kind == "bridge"]
    times = [t.compile_ms for t in log.traces if t.compile_ms is not None]
    parts = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>",
             f"<style>{_STYLE}</style></head><body>", f"<h1>{html.escape(title)}</h1>",
             "<table class='summary'>",
             f"<tr><th>loops</th><td>{len(loops)}</td></tr>",
             f"<tr><th>bridges</th><td>{len(bridges)}</td></tr>",
             f"<tr><th>aborted traces</th><td>{len(log.aborts)}</td></tr>"]
    if times:
        median = statistics.median(times)
        parts.append(f"<tr><th>compile time</th><td>total {sum(times):.1f} ms, median {median:.2f} ms "
                     f"over {len(times)} pieces</td></tr>")
    parts.append("</table>")
    if log.aborts:
        parts.append("<h2>Aborted traces</h2><ul>")
        parts.extend(f"<li>{html.escape(reason)}</li>" for reason in log.aborts)
        parts.append("</ul>")
    if log.other:
        parts.append("<h2>Other messages</h2><ul>")
        parts.extend(f"<li>{html.escape(line)}</li>" for line in log.other)
        parts.append("</ul>")
    for trace in log.traces:
        anchor = trace.title.replace(" ", "-").replace("(", "").replace(")", "")
        timing = f", compiled in {trace.compile_ms:.2f} ms" if trace.compile_ms is not None else ""
        parts.append(f"<h2 id='{anchor}'>{html.escape(trace.title)}: {_operation_count(trace.after or trace.before)} "
                     f"operations (recorded: {_operation_count(trace.before)}){timing}</h2>")
        for note in trace.notes:
            parts.append(f"<p class='note'>{html.escape(note)}</p>")
        parts.append("<div class='cols'>")
        if trace.before:
            parts.append(f"<div class='col'><h3>as recorded</h3>{_render_ops(trace.before)}</div>")
        parts.append(f"<div class='col'><h3>optimized</h3>{_render_ops(trace.after)}</div>")
        parts.append("</div>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_jitview(log_path: str, output: str) -> JitLog:
    """Read LOG_PATH, write the page to OUTPUT; the parsed log."""
    text = Path(log_path).read_text(errors="replace")
    log = parse_log(text)
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    Path(output).write_text(render_page(log, f"JIT log {Path(log_path).name}"))
    return log
