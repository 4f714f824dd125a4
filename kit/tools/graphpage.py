"""`kit graph`: draws flow graphs as one HTML page (Graphviz SVG, or text when `dot` is missing).

Blocks show their inputargs and operations; links are labelled with their exit case and values.
"""

from __future__ import annotations

import html
import shutil
import subprocess
from collections.abc import Iterable

from kit.flow.model import Block, DisplayNames, FunctionGraph, Link, constant_text, summarize_graph

GRAPHVIZ_MISSING = (
    "Graphviz's `dot` was not found, so the graphs are shown as text. To draw them, install Graphviz: "
    "`sudo apt install graphviz` (Debian/Ubuntu), `sudo dnf install graphviz` (Fedora) or "
    "`brew install graphviz` (macOS), then run `kit graph` again."
)


def have_dot() -> bool:
    return shutil.which("dot") is not None


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _block_title(graph: FunctionGraph, block: Block, number: int) -> str:
    if block is graph.returnblock:
        return "return"
    if block is graph.exceptblock:
        return "raise"
    if block is graph.startblock:
        return f"start: {graph.name}"
    return f"block {number}"


def _wrap(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def graph_to_dot(graph: FunctionGraph) -> str:
    """Graphviz source: one record-like node per block, one edge per link."""
    numbers = {block: i for i, block in enumerate(graph.iterblocks())}
    names = DisplayNames(graph)
    lines = ["digraph G {", '  graph [fontname="Helvetica", fontsize=11, nodesep=0.4, ranksep=0.45];',
             '  node [shape=plaintext, fontname="DejaVu Sans Mono", fontsize=10];',
             '  edge [fontname="DejaVu Sans Mono", fontsize=9, color="#555555"];']
    for block, number in numbers.items():
        if block is graph.returnblock:
            colour = "#d7e8fb"
        elif block is graph.exceptblock:
            colour = "#fbd7d7"
        elif block is graph.startblock:
            colour = "#d9f2d9"
        else:
            colour = "#f1f1f1"
        title = _block_title(graph, block, number)
        args = names.values(block.inputargs)
        rows = [f'<tr><td bgcolor="{colour}" align="left"><b>{_esc(title)}</b>({_esc(args)})</td></tr>']
        for op in block.operations:
            loc = f"  :{op.loc.line}" if op.loc else ""
            rows.append(f'<tr><td align="left">{_esc(_wrap(names.op(op)))}'
                        f'<font color="#888888">{_esc(loc)}</font></td></tr>')
        if block.exitswitch is not None:
            rows.append(f'<tr><td align="left"><i>switch on {_esc(names.value(block.exitswitch))}</i></td></tr>')
        label = '<table border="1" cellborder="0" cellspacing="0" cellpadding="3">' + "".join(rows) + "</table>"
        lines.append(f"  b{number} [label=<{label}>];")
    for block, number in numbers.items():
        for link in block.exits:
            lines.append(f"  b{number} -> b{numbers[link.target]} [{_edge_attrs(link, names)}];")
    lines.append("}")
    return "\n".join(lines)


def _edge_attrs(link: Link, names: DisplayNames) -> str:
    # the values a link passes are shown on hover (and in the target's inputargs), since
    # printing them on every edge makes large graphs too wide to read
    passed = "(" + names.values(link.args) + ")"
    label = "" if link.exitcase is None else constant_text(link.exitcase)
    if len(passed) <= 24 and link.args:
        label = f"{label} {passed}".strip()
    attrs = [f"label=<{_esc(label)}>"] if label else []
    attrs.append(f'tooltip="passes {_esc(passed)}"')
    if link.is_exception_link():
        attrs.append('color="#c0392b", fontcolor="#c0392b", style=dashed')
    elif link.exitcase is False:
        attrs.append('color="#7f8c8d"')
    elif link.exitcase is True:
        attrs.append('color="#27ae60", fontcolor="#1e7e46"')
    return ", ".join(attrs)


def render_svg(dot_source: str) -> str:
    proc = subprocess.run(["dot", "-Tsvg"], input=dot_source, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise RuntimeError(f"dot failed: {proc.stderr.strip()}")
    svg = proc.stdout
    # drop the XML prologue so the SVG can be inlined in the page
    start = svg.find("<svg")
    return svg[start:] if start >= 0 else svg


PAGE_CSS = """
body { margin: 0; font-family: system-ui, sans-serif; display: flex; height: 100vh; color: #222; }
nav { width: 270px; min-width: 270px; border-right: 1px solid #ccc; overflow-y: auto; background: #fafafa; }
nav h1 { font-size: 15px; margin: 12px; }
nav input { width: calc(100% - 24px); margin: 0 12px 8px; padding: 4px; font-size: 13px; }
nav a { display: block; padding: 3px 12px; font-family: monospace; font-size: 13px; color: #1a4f8b;
        text-decoration: none; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
nav a.current { background: #1a4f8b; color: white; }
nav a.failed { color: #b00020; }
main { flex: 1; overflow: hidden; padding: 12px 20px; display: flex; flex-direction: column; }
.canvas { overflow: auto; flex: 1; border-top: 1px solid #ddd; padding-top: 8px; }
section.current { display: flex; flex-direction: column; min-height: 0; flex: 1; }
section { display: none; }
h2 { font-size: 17px; font-family: monospace; margin: 4px 0; }
.where { color: #666; font-size: 13px; margin-bottom: 10px; }
.notice { background: #fff4ce; border: 1px solid #e0c060; padding: 8px 12px; margin-bottom: 12px; font-size: 14px; }
.error { background: #fde8e8; border: 1px solid #d08080; padding: 8px 12px; white-space: pre-wrap;
         font-family: monospace; font-size: 13px; }
.legend { font-size: 12px; color: #555; margin-bottom: 8px; }
pre { font-size: 13px; }
.zoom { margin: 0 0 8px; font-size: 13px; }
.zoom button { margin-right: 4px; }
section.fit svg { max-width: 100%; height: auto; }
"""

PAGE_SCRIPT = """
// sections are found by data-name, not by element id, so the browser never jumps to an anchor
function show(name) {
  let current = null;
  document.querySelectorAll('section').forEach(s => {
    const on = s.dataset.name === name;
    s.classList.toggle('current', on);
    if (on) current = s;
  });
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('current', a.dataset.name === name));
  const canvas = current && current.querySelector('.canvas');
  if (!canvas) return;
  canvas.scrollTo(0, 0);
  // wide graphs: bring the start block into view horizontally
  const start = canvas.querySelector('g.node');
  if (start) {
    const box = start.getBoundingClientRect(), pane = canvas.getBoundingClientRect();
    canvas.scrollLeft += box.left - pane.left - Math.max(20, (pane.width - box.width) / 2);
  }
}
function pick() {
  const first = document.querySelector('section');
  show(decodeURIComponent(location.hash.slice(1)) || (first && first.dataset.name));
}
function fit(on) { document.querySelectorAll('section').forEach(s => s.classList.toggle('fit', on)); pick(); }
window.addEventListener('hashchange', pick);
window.addEventListener('DOMContentLoaded', () => {
  pick();
  document.getElementById('filter').addEventListener('input', e => {
    const q = e.target.value.toLowerCase();
    document.querySelectorAll('nav a').forEach(a => {
      a.style.display = a.textContent.toLowerCase().includes(q) ? '' : 'none'; });
  });
});
"""


def write_page(path: str, title: str, graphs: Iterable[FunctionGraph],
               errors: Iterable[tuple[str, str]] = ()) -> None:
    """Write the page: `graphs` are drawn; `errors` are (function name, formatted error) pairs."""
    graphs = list(graphs)
    errors = list(errors)
    use_dot = have_dot()
    links, sections = [], []
    used: set[str] = set()

    def unique(name: str) -> str:
        ident, n = name, 1
        while ident in used:
            n += 1
            ident = f"{name}-{n}"
        used.add(ident)
        return ident

    for graph in graphs:
        ident = unique(graph.name)
        links.append(f'<a href="#{_esc(ident)}" data-name="{_esc(ident)}">{_esc(graph.name)}</a>')
        nblocks = sum(1 for _ in graph.iterblocks())
        nops = sum(len(b.operations) for b in graph.iterblocks())
        body = render_svg(graph_to_dot(graph)) if use_dot else f"<pre>{_esc(summarize_graph(graph))}</pre>"
        sections.append(
            f'<section data-name="{_esc(ident)}"><h2>{_esc(graph.name)}({_esc(", ".join(graph.signature))})</h2>'
            f'<div class="where">{_esc(graph.filename)}:{graph.firstline} &middot; {nblocks} blocks, '
            f'{nops} operations</div><div class="canvas">{body}</div></section>')
    for name, message in errors:
        ident = unique(name)
        links.append(f'<a class="failed" href="#{_esc(ident)}" data-name="{_esc(ident)}">'
                     f"{_esc(name)} (error)</a>")
        sections.append(f'<section data-name="{_esc(ident)}"><h2>{_esc(name)}</h2>'
                        f'<div class="canvas"><div class="error">{_esc(message)}</div></div></section>')
    notice = "" if use_dot else f'<div class="notice">{_esc(GRAPHVIZ_MISSING)}</div>'
    zoom = ('<div class="zoom"><button onclick="fit(false)">actual size</button>'
            '<button onclick="fit(true)">fit to window</button></div>' if use_dot else "")
    legend = ('<div class="legend">green: start block &middot; blue: return &middot; red: raise &middot; '
              'solid green edge: condition true, grey: false &middot; red dashed: exception exit '
              '(the class it catches) &middot; hover an edge for the values it passes &middot; '
              ':N after an operation is its source line</div>')
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{_esc(title)}</title>
<style>{PAGE_CSS}</style><script>{PAGE_SCRIPT}</script></head>
<body><nav><h1>{_esc(title)}</h1><input id="filter" placeholder="filter functions">
{"".join(links)}</nav>
<main>{notice}{legend}{zoom}{"".join(sections)}</main></body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)
