"""What the interpreter tells the JIT, tested untranslated: which backward jumps are loops for
it (a loop whose body yields is not: each resumption of the generator runs one iteration), and
the literal-sized lists frames are made of."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from languages.python.compiler import opcodes as op
from languages.python.compiler.codegen import compile_ast
from languages.python.interpreter.pycode import PyCode
from languages.python.interpreter.pyframe import new_slots
from languages.python.parser.parser import parse


def function_code(source: str, name: str) -> PyCode:
    module = compile_ast(parse(source, "<test>", "exec"), source, "<test>")
    for w_const in module.consts_w:
        if isinstance(w_const, PyCode) and w_const.name == name:
            return w_const
    raise AssertionError("no function %s" % name)


def backward_jumps(code: PyCode) -> list[int]:
    return [pc for pc, word in enumerate(code.bytecode)
            if word & op.OPCODE_MASK == op.JUMP and word >> op.ARG_BITS <= pc]


def test_a_generator_loop_that_yields_is_no_jit_loop():
    code = function_code("def gen(xs):\n    for x in xs:\n        if x:\n            yield x\n", "gen")
    jumps = backward_jumps(code)
    assert jumps
    assert all(code.yielding_loops[pc] for pc in jumps)


def test_yield_from_loops_are_no_jit_loops():
    code = function_code("def gen(xs):\n    yield from xs\n", "gen")
    jumps = backward_jumps(code)
    assert jumps
    assert all(code.yielding_loops[pc] for pc in jumps)


def test_an_inner_loop_without_yield_stays_a_loop():
    source = ("def gen(rows):\n    for row in rows:\n        total = 0\n        for x in row:\n"
              "            total += x\n        yield total\n")
    code = function_code(source, "gen")
    marks = [code.yielding_loops[pc] for pc in backward_jumps(code)]
    assert sorted(marks) == [False, True]


def test_loops_of_plain_functions_are_loops():
    code = function_code("def f(xs):\n    t = 0\n    while t < 10:\n        t += 1\n    return t\n", "f")
    assert backward_jumps(code)
    assert not any(code.yielding_loops)


@given(st.integers(min_value=0, max_value=40))
def test_new_slots_makes_n_nones(n):
    slots = new_slots(n)
    assert slots == [None] * n
    assert new_slots(n) is not slots
