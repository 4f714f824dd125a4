"""The bytecode interpreter base, through the toy language: the dispatch loop (CPython's fast path,
the unrolled chain translation uses, and the loop's flow graph), the standard opcodes, frames, error
positions, the call-depth limit, the JIT hints and the disassembler."""

import types

import pytest

from kit.flow.interp import FlowInterpreter
from kit.interp import BytecodeInterpreter, Code, Frame, LanguageError, Opcode, OpcodeTable, ProgramExit, dis
from kit.interp.opcodes import encode
from tests.interp.toylang import OPCODES, ToyInterpreter, W_Int, assemble

COUNTDOWN = """
    LOAD_CONST 3
    STORE_LOCAL n
top:
    LOAD_LOCAL n
    PRINT
    LOAD_LOCAL n
    LOAD_CONST -1
    ADD
    DUP
    STORE_LOCAL n
    POP_JUMP_IF_TRUE top
    LOAD_CONST 10
    LOAD_CONST 20
    LOAD_CONST 30
    SUM 3
    RETURN_VALUE
"""


class FlowRunner(FlowInterpreter):
    """A FlowInterpreter that calls a kit.rlib bound method (driver.jit_merge_point) with its self
    once: kit.flow.interp passes it twice (reported with issue 6)."""

    def call(self, func, *args, **kwargs):
        if isinstance(func, types.MethodType) and func.__func__.__module__.startswith("kit.rlib"):
            return func(*args, **kwargs)
        return FlowInterpreter.call(self, func, *args, **kwargs)


def run(source, dispatch="fast"):
    """Run a toy program: `fast` (CPython's list lookup), `chain` (the unrolled if-chain, run on
    CPython), or `graph` (the dispatch loop's flow graph, as translation sees it)."""
    code = assemble(source, "test.toy")
    interp = ToyInterpreter(code)
    frame = interp.new_frame(code)
    if dispatch == "graph":
        result = FlowRunner().call(interp.dispatch, frame, code, 0)
    else:
        interp.untranslated_fast_dispatch = dispatch == "fast"
        result = interp.execute(frame)
    return interp.output, result.value


@pytest.mark.parametrize("dispatch", ["fast", "chain", "graph"])
def test_a_loop_runs_the_same_way_in_every_dispatch(dispatch, capfd):
    assert run(COUNTDOWN, dispatch) == (["3", "2", "1"], 60)
    assert capfd.readouterr().out == "3\n2\n1\n"


@pytest.mark.parametrize("dispatch", ["fast", "chain", "graph"])
def test_standard_opcodes(dispatch):
    source = """
        LOAD_CONST 5
        DUP
        ADD            ; 10
        LOAD_CONST 0
        POP_JUMP_IF_TRUE skip
        LOAD_CONST 1
        POP_JUMP_IF_FALSE skip
        LOAD_CONST 7
        POP
        JUMP done
    skip:
        LOAD_CONST 99
        PRINT
    done:
        RETURN_VALUE
    """
    assert run(source, dispatch) == ([], 10)


@pytest.mark.parametrize("dispatch", ["fast", "chain"])
def test_errors_get_the_position_of_the_failing_instruction(dispatch):
    with pytest.raises(LanguageError) as info:
        run("LOAD_CONST 1\n  FAIL 42\nRETURN_VALUE\n", dispatch)
    error = info.value
    assert (error.kind, error.message, error.line, error.column) == ("ToyError", "failed with 42", 2, 3)
    assert error.format("p.toy") == "p.toy:2:3: ToyError: failed with 42"


def test_an_error_keeps_the_position_it_was_raised_with():
    class Positioned(ToyInterpreter):
        def op_FAIL(self, frame, arg):
            raise LanguageError("ToyError", "here", 40, 2)

    code = assemble("FAIL 1\nLOAD_CONST 0\nRETURN_VALUE\n", "t")
    with pytest.raises(LanguageError) as info:
        Positioned(code).execute(Frame(code))
    assert (info.value.line, info.value.column) == (40, 2)


def test_unassigned_locals_are_a_name_error():
    with pytest.raises(LanguageError, match="local variable 'x' is used before it is assigned") as info:
        run("LOAD_CONST 1\nPOP\nLOAD_LOCAL x\nRETURN_VALUE\n")
    assert info.value.kind == "NameError" and info.value.line == 3


def test_program_exit_passes_through_the_loop():
    with pytest.raises(ProgramExit) as info:
        run("LOAD_CONST 4\nEXIT\nLOAD_CONST 0\nRETURN_VALUE\n")
    assert info.value.status == 4


def test_calls_deeper_than_max_depth_are_a_recursion_error():
    code = assemble("RECURSE\nRETURN_VALUE\n", "t")
    interp = ToyInterpreter(code)
    with pytest.raises(LanguageError, match=r"maximum recursion depth \(50\) exceeded") as info:
        interp.call(interp.new_frame(code))
    assert info.value.kind == "RecursionError"
    assert interp.depth == 0                     # unwound on the way out


def test_an_unknown_opcode_is_a_system_error():
    good = assemble("LOAD_CONST 1\nRETURN_VALUE\n", "t")
    code = Code("bad", "t", [encode(200, 0)], [], [], [], 0, [5], [1], 1, 5)
    for fast in (True, False):
        interp = ToyInterpreter(good)
        interp.untranslated_fast_dispatch = fast
        with pytest.raises(LanguageError, match="unknown opcode 200") as info:
            interp.execute(Frame(code))
        assert info.value.line == 5


def test_call_with_arguments_moves_the_top_of_the_stack_into_the_callee():
    callee = assemble("LOAD_LOCAL a\nLOAD_LOCAL b\nLESS\nRETURN_VALUE\n", "t")
    interp = ToyInterpreter(callee)
    caller = Frame(assemble("LOAD_CONST 1\nLOAD_CONST 2\nADD\nRETURN_VALUE\n", "t"))
    caller.push(W_Int(1))
    caller.push(W_Int(2))
    assert interp.call_with_arguments(caller, callee, 2).value == 1
    assert caller.depth == 0


def test_a_class_without_a_handler_for_an_opcode_is_refused():
    table = OpcodeTable("half", [Opcode("MISSING")])
    with pytest.raises(TypeError, match="has no method op_MISSING for its opcode MISSING"):
        type("Half", (BytecodeInterpreter,), {"opcodes": table})


def test_every_language_gets_its_own_dispatch_loop_and_driver():
    assert ToyInterpreter.dispatch is not BytecodeInterpreter.dispatch
    from languages.tutorial.interpreter import Interpreter
    assert Interpreter.dispatch is not ToyInterpreter.dispatch
    assert Interpreter.jitdriver is not ToyInterpreter.jitdriver


def test_the_jit_hints():
    driver = ToyInterpreter.jitdriver
    assert driver.greens == ["pc", "code"]
    assert driver.reds == ["frame", "interp"]
    assert driver.virtualizables == ["frame"]
    assert driver.is_recursive and driver.name == "toy"
    assert "locals[*]" in Frame._virtualizable_ and "stack[*]" in Frame._virtualizable_
    assert "bytecode[*]" in Code._immutable_fields_ and "consts[*]" in Code._immutable_fields_
    code = assemble("LOAD_CONST 3\n\nPRINT\nLOAD_CONST 0\nRETURN_VALUE\n", "t")
    assert driver.get_printable_location(1, code) == "toy: main, line 3, #1 PRINT"
    bad = Code("bad", "t", [encode(201, 0)], [], [], [], 0, [0], [0], 0, 0)
    assert driver.get_printable_location(0, bad) == "toy: bad, line 0, #0 <opcode 201>"


def test_frames():
    code = assemble("LOAD_CONST 1\nLOAD_CONST 2\nLOAD_CONST 3\nSUM 3\nSTORE_LOCAL x\nLOAD_CONST 0\nRETURN_VALUE\n",
                    "t")
    frame = Frame(code)
    assert code.stacksize == 3 and len(frame.stack) == 3 and frame.locals == [None]
    for value in "abc":
        frame.push(value)
    assert frame.peek() == "c" and frame.peek(2) == "a"
    assert frame.pop_many(2) == ["b", "c"] and frame.depth == 1
    assert frame.pop() == "a" and frame.stack == [None, None, None]    # no stale references
    frame.store_local(0, "v")
    assert frame.load_local(0) == "v"


def test_disassembly():
    code = assemble(COUNTDOWN, "count.toy")
    text = dis(code, OPCODES, ToyInterpreter(code))
    lines = text.splitlines()
    assert lines[0] == "code main(): 0 arguments, 1 local, stack 3, from count.toy:1"
    assert lines[1].split() == ["2", "0", "LOAD_CONST", "0", "(3)"]
    assert lines[2].split() == ["3", "1", "STORE_LOCAL", "0", "(n)"]
    assert lines[4].split() == ["6", "3", "PRINT"]
    assert lines[10].split() == ["12", "9", "POP_JUMP_IF_TRUE", "2", "(to", "2)"]
    assert lines[14].split() == ["16", "13", "SUM", "3"]
    assert len(lines) == 1 + code.length()
    assert ToyInterpreter(code).dis(code) == text
    plain = dis(code, OPCODES)                   # without an interpreter: constants by index only
    assert plain.splitlines()[1].split() == ["2", "0", "LOAD_CONST", "0"]
