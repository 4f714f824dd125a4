"""Differential property (slow): random RPython programs print the same untranslated and translated.

Each hypothesis example is a batch of programs (ints, floats, lists, dicts, if/while, calls between
functions, classes with overridden methods, try/except) translated together into one executable.
"""

import contextlib
import importlib.util
import io
import itertools
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .corpus import ROOT

pytestmark = pytest.mark.slow
WORKDIR = Path(tempfile.mkdtemp(prefix="kit-translate-prop-"))
_counter = itertools.count()
INTS = ["a", "b", "x", "y"]
FLOATS = ["fx", "fy"]
BATCH = 25
BATCHES = 8


@st.composite
def int_expr(draw, depth, nfuncs):
    choice = draw(st.integers(0, 9 if depth > 0 else 1))
    if choice == 0:
        return str(draw(st.integers(-50, 50)))
    if choice == 1:
        return draw(st.sampled_from(INTS))
    if choice <= 5:
        op = draw(st.sampled_from(["+", "-", "*", "//", "%", "&", "|", "^", "<<", ">>"]))
        left = draw(int_expr(depth - 1, nfuncs))
        right = draw(int_expr(depth - 1, nfuncs))
        if op in ("<<", ">>"):
            right = str(draw(st.integers(0, 5)))
        return f"({left} {op} {right})"
    if choice == 6 and nfuncs > 0:
        callee = draw(st.integers(0, nfuncs - 1))
        return f"f{callee}({draw(int_expr(depth - 1, nfuncs))}, {draw(int_expr(depth - 1, nfuncs))})"
    if choice == 7:
        return f"lst[{draw(int_expr(depth - 1, nfuncs))} % len(lst)]"
    if choice == 8:
        return f"d.get(\"k%d\" % ({draw(int_expr(depth - 1, nfuncs))} % 4), 0)"
    return f"int({draw(float_expr(depth - 1))})"


@st.composite
def float_expr(draw, depth):
    choice = draw(st.integers(0, 4 if depth > 0 else 1))
    if choice == 0:
        return repr(draw(st.floats(-100, 100, allow_nan=False).map(lambda f: round(f, 3))))
    if choice == 1:
        return draw(st.sampled_from(FLOATS))
    if choice <= 3:
        op = draw(st.sampled_from(["+", "-", "*", "/"]))
        return f"({draw(float_expr(depth - 1))} {op} {draw(float_expr(depth - 1))})"
    return f"float({draw(st.sampled_from(INTS))})"


@st.composite
def condition(draw, nfuncs):
    op = draw(st.sampled_from(["<", "<=", "==", "!=", ">", ">="]))
    return f"{draw(int_expr(1, nfuncs))} {op} {draw(int_expr(1, nfuncs))}"


@st.composite
def statements(draw, depth, nfuncs, indent, in_loop, counter):
    pad = "    " * indent
    kind = draw(st.integers(0, 7 if depth > 0 else 2))
    if kind == 0:
        return [f"{pad}{draw(st.sampled_from(['x', 'y']))} = ({draw(int_expr(2, nfuncs))}) % 100003"]
    if kind == 1:
        return [f"{pad}{draw(st.sampled_from(FLOATS))} = ({draw(float_expr(2))}) % 1000.0"]
    if kind == 2:
        return [f"{pad}lst.append(({draw(int_expr(1, nfuncs))}) % 1000)"]
    if kind == 3:
        lines = [f"{pad}if {draw(condition(nfuncs))}:"]
        lines += draw(block(depth - 1, nfuncs, indent + 1, in_loop, counter))
        if draw(st.booleans()):
            lines.append(f"{pad}else:")
            lines += draw(block(depth - 1, nfuncs, indent + 1, in_loop, counter))
        return lines
    if kind == 4:
        var = f"i{next(counter)}"
        lines = [f"{pad}{var} = 0", f"{pad}while {var} < {draw(st.integers(0, 6))}:", f"{pad}    {var} += 1"]
        lines += draw(block(depth - 1, nfuncs, indent + 1, True, counter))
        return lines
    if kind == 5 and in_loop:
        return [f"{pad}if {draw(condition(nfuncs))}:", f"{pad}    {draw(st.sampled_from(['break', 'continue']))}"]
    if kind == 6:
        lines = [f"{pad}try:"]
        lines += draw(block(depth - 1, nfuncs, indent + 1, in_loop, counter))
        lines += [f"{pad}except ZeroDivisionError:", f"{pad}    x = -1"]
        return lines
    return [f"{pad}d[\"k%d\" % (x % 4)] = y % 1000"]


@st.composite
def block(draw, depth, nfuncs, indent, in_loop, counter):
    lines = []
    for _ in range(draw(st.integers(1, 3))):
        lines += draw(statements(depth, nfuncs, indent, in_loop, counter))
    return lines


@st.composite
def programs(draw):
    nfuncs = draw(st.integers(1, 3))
    counter = itertools.count()
    src = ["class Base:", "    def __init__(self, v):", "        self.v = v",
           "    def get(self, k):", f"        return self.v + k * {draw(st.integers(1, 9))}",
           "", "", "class Sub(Base):", "    def get(self, k):",
           f"        return self.v * {draw(st.integers(1, 9))} - k", "", ""]
    for i in range(nfuncs):
        src.append(f"def f{i}(a, b):")
        src += ["    x = 1", "    y = 2", "    fx = 0.5", "    fy = 1.5", "    lst = [3, 1, 4]", "    d = {}"]
        src += draw(block(3, i, 1, False, counter))
        src.append(f"    return ({draw(int_expr(2, i))}) % 1000003 + len(lst) + len(d)")
        src += ["", ""]
    args = draw(st.lists(st.tuples(st.integers(-30, 30), st.integers(-30, 30)), min_size=1, max_size=3))
    src.append("def entry_point(argv):")
    src.append(f"    objs = [Base({draw(st.integers(-5, 5))}), Sub({draw(st.integers(-5, 5))})]")
    src.append("    for o in objs:")
    src.append("        print(o.get(3))")
    for a, b in args:
        src += ["    try:", f"        print(f{nfuncs - 1}({a}, {b}))",
                "    except ZeroDivisionError:", "        print('ZeroDivisionError')"]
    src += ["    print(0.1 + 0.2, 1.0 / 3, 2.5 * 4, float(7) / 2)", "    return 0", ""]
    return "\n".join(src)


def run_untranslated(source):
    name = f"kit_prop_{next(_counter)}"
    path = WORKDIR / f"{name}.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = module.entry_point([name])
    return name, out.getvalue(), status


@settings(max_examples=BATCHES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(programs(), min_size=BATCH, max_size=BATCH, unique=True))
def test_translated_programs_print_the_same(batch):
    expected = [run_untranslated(src) for src in batch]
    bundle = WORKDIR / f"bundle_{next(_counter)}.py"
    lines = ["import sys", f"sys.path.insert(0, {str(WORKDIR)!r})"] + [f"import {n}" for n, _, _ in expected]
    lines += ["", "def entry_point(argv):", "    name = argv[1]"]
    for n, _, _ in expected:
        lines += [f"    if name == {n!r}:", f"        return {n}.entry_point(argv)"]
    lines.append("    return 2")
    bundle.write_text("\n".join(lines) + "\n")
    exe = bundle.with_suffix("")
    env = dict(os.environ, KIT_CHECK_GRAPHS="1")
    proc = subprocess.run([sys.executable, "-m", "kit", "translate", str(bundle), "-o", str(exe), "--opt", "0"],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=900)
    if proc.returncode != 0:
        pytest.fail("translation failed:\n" + proc.stderr[-3000:])
    for (name, out, status), source in zip(expected, batch, strict=True):
        run = subprocess.run([str(exe), name], capture_output=True, text=True, timeout=60)
        if (run.stdout, run.returncode) != (out, status):
            pytest.fail(f"program differs:\n{source}\nuntranslated:\n{out}\ntranslated (status "
                        f"{run.returncode}):\n{run.stdout}\n{run.stderr}")
