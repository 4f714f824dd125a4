"""Property: random small functions of ints mean the same through their flow graphs as when called.

hypothesis writes modules of functions (arithmetic, comparisons, if/elif/else, while with
break/continue, try/except, calls between them); the graph interpreter must agree with CPython.
"""

import importlib.util
import itertools
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kit.flow.checker import checkgraph
from kit.flow.interp import FlowInterpreter

from .helpers import outcome

WORKDIR = Path(tempfile.mkdtemp(prefix="kit-flow-prop-"))
_counter = itertools.count()
NAMES = ["a", "b", "x", "y"]


@st.composite
def expressions(draw, depth, nfuncs):
    choice = draw(st.integers(0, 9 if depth > 0 else 1))
    if choice == 0:
        return str(draw(st.integers(-20, 20)))
    if choice == 1:
        return draw(st.sampled_from(NAMES))
    if choice <= 5:
        op = draw(st.sampled_from(["+", "-", "*", "//", "%", "&", "|", "^"]))
        left = draw(expressions(depth - 1, nfuncs))
        right = draw(expressions(depth - 1, nfuncs))
        return f"({left} {op} {right})"
    if choice <= 7:
        return draw(conditions(depth - 1, nfuncs))
    if choice == 8 and nfuncs > 0:
        callee = draw(st.integers(0, nfuncs - 1))
        args = [draw(expressions(depth - 1, nfuncs)) for _ in range(2)]
        return f"f{callee}({args[0]}, {args[1]})"
    left = draw(expressions(depth - 1, nfuncs))
    return f"(-{left})"


@st.composite
def conditions(draw, depth, nfuncs):
    kind = draw(st.integers(0, 3))
    left = draw(expressions(max(depth - 1, 0), nfuncs))
    right = draw(expressions(max(depth - 1, 0), nfuncs))
    if kind == 0:
        op = draw(st.sampled_from(["<", "<=", "==", "!=", ">", ">="]))
        return f"({left} {op} {right})"
    if kind == 1:
        middle = draw(expressions(max(depth - 1, 0), nfuncs))
        return f"({left} < {middle} <= {right})"
    if kind == 2:
        joiner = draw(st.sampled_from(["and", "or"]))
        return f"({left} {joiner} {right})"
    return f"(not {left})"


@st.composite
def statements(draw, depth, nfuncs, indent, loop_vars, in_loop):
    pad = "    " * indent
    kind = draw(st.integers(0, 6 if depth > 0 else 1))
    target = draw(st.sampled_from(["x", "y", "a", "b"]))
    if kind <= 1:
        expr = draw(expressions(2, nfuncs))
        return [f"{pad}{target} = ({expr}) % 1009"]
    if kind == 2:
        lines = [f"{pad}if {draw(conditions(1, nfuncs))}:"]
        lines += draw(blocks(depth - 1, nfuncs, indent + 1, loop_vars, in_loop))
        if draw(st.booleans()):
            lines.append(f"{pad}elif {draw(conditions(1, nfuncs))}:")
            lines += draw(blocks(depth - 1, nfuncs, indent + 1, loop_vars, in_loop))
        if draw(st.booleans()):
            lines.append(f"{pad}else:")
            lines += draw(blocks(depth - 1, nfuncs, indent + 1, loop_vars, in_loop))
        return lines
    if kind == 3:
        counter = f"i{len(loop_vars)}"
        bound = draw(st.integers(0, 5))
        lines = [f"{pad}{counter} = 0", f"{pad}while {counter} < {bound}:", f"{pad}    {counter} += 1"]
        lines += draw(blocks(depth - 1, nfuncs, indent + 1, loop_vars + [counter], True))
        if draw(st.booleans()):
            lines.append(f"{pad}else:")
            lines.append(f"{pad}    x = (x + {counter}) % 1009")
        return lines
    if kind == 4 and in_loop:
        word = draw(st.sampled_from(["break", "continue"]))
        return [f"{pad}if {draw(conditions(1, nfuncs))}:", f"{pad}    {word}"]
    if kind == 5:
        lines = [f"{pad}try:"]
        lines += draw(blocks(depth - 1, nfuncs, indent + 1, loop_vars, in_loop))
        lines.append(f"{pad}except ZeroDivisionError:")
        lines.append(f"{pad}    {target} = {draw(st.integers(-5, 5))}")
        if draw(st.booleans()):
            lines.append(f"{pad}finally:")
            lines.append(f"{pad}    y = (y + 1) % 1009")
        return lines
    return [f"{pad}if {draw(conditions(1, nfuncs))}:", f"{pad}    return ({draw(expressions(2, nfuncs))})"]


@st.composite
def blocks(draw, depth, nfuncs, indent, loop_vars, in_loop):
    count = draw(st.integers(1, 3))
    lines = []
    for _ in range(count):
        lines += draw(statements(depth, nfuncs, indent, loop_vars, in_loop))
    return lines


@st.composite
def modules(draw):
    nfuncs = draw(st.integers(1, 3))
    source = []
    for i in range(nfuncs):
        source.append(f"def f{i}(a, b):")
        source.append("    x = 0")
        source.append("    y = 1")
        source += draw(blocks(3, i, 1, [], False))
        source.append(f"    return ({draw(expressions(2, i))}) % 100003")
        source.append("")
    return "\n".join(source) + "\n"


def load(source):
    name = f"kit_flow_prop_{next(_counter)}"
    path = WORKDIR / f"{name}.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.data_too_large])
@given(modules(), st.lists(st.tuples(st.integers(-50, 50), st.integers(-50, 50)), min_size=1, max_size=3))
def test_graph_interpretation_matches_python(source, inputs):
    module = load(source)
    func = getattr(module, [n for n in vars(module) if n.startswith("f")][-1])
    interp = FlowInterpreter()
    for a, b in inputs:
        expected = outcome(func, (a, b))
        got = outcome(lambda *args: interp.call(func, *args), (a, b))
        assert got == expected, f"\n{source}\nargs {(a, b)}: graph {got}, python {expected}"
    for graph in interp.graphs.values():
        checkgraph(graph)
