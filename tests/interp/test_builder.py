"""Opcode tables and the code builder: numbering, instruction words, labels and jumps, line tables,
the stack-depth analysis and the errors a buggy compiler gets."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kit.interp import STANDARD, BuilderError, CodeBuilder, Opcode, OpcodeTable
from kit.interp.opcodes import ARG_INT, ARG_TARGET, BRANCH, JUMP, NEXT, RETURN, decode_argument, decode_opcode, encode
from kit.rlib.parsing import SourcePosition

TABLE = OpcodeTable("test", [
    Opcode("ADD", effect=-1),
    Opcode("PUSH_N", per_arg=1, arg="int"),      # pushes ARG values
    Opcode("POP_N", per_arg=-1, arg="int"),
    Opcode("STOP", kind="return"),
])


def builder():
    return CodeBuilder(TABLE, "f", "test.src", 7)


def test_standard_opcodes_come_first_then_the_language_s_own():
    names = [op.name for op in STANDARD]
    assert TABLE.names[:len(names)] == names
    assert TABLE.names[len(names):] == ["ADD", "PUSH_N", "POP_N", "STOP"]
    assert [op.number for op in TABLE.opcodes] == list(range(len(TABLE.opcodes)))
    assert TABLE.number("ADD") == len(names)
    assert TABLE.number("NOPE") == -1
    assert TABLE.get(999) is None and TABLE.name_of(999) == "<opcode 999>"


def test_opcode_kinds_and_arguments():
    assert TABLE.get(TABLE.number("JUMP")).kind == JUMP
    assert TABLE.get(TABLE.number("POP_JUMP_IF_FALSE")).kind == BRANCH
    assert TABLE.get(TABLE.number("POP_JUMP_IF_FALSE")).arg == ARG_TARGET
    assert TABLE.get(TABLE.number("RETURN_VALUE")).kind == RETURN
    assert TABLE.get(TABLE.number("ADD")).kind == NEXT
    assert TABLE.get(TABLE.number("PUSH_N")).arg == ARG_INT
    assert TABLE.get(TABLE.number("POP_N")).stack_effect(3) == -3


def test_tables_number_their_own_copies_of_the_standard_opcodes():
    other = OpcodeTable("other", [Opcode("X")], standard=False)
    assert other.names == ["X"] and other.number("X") == 0
    assert TABLE.number("LOAD_CONST") == 0 and STANDARD[0].number == -1


@pytest.mark.parametrize("make, message", [
    (lambda: OpcodeTable("t", [Opcode("ADD"), Opcode("ADD")]), "defined twice"),
    (lambda: OpcodeTable("t", [Opcode("NOT AN IDENT")]), "not an identifier"),
    (lambda: OpcodeTable("t", [Opcode("X%d" % i) for i in range(260)]), "more than 256"),
    (lambda: Opcode("X", kind="jumpy"), "kind must be one of"),
    (lambda: Opcode("X", arg="label"), "arg must be one of"),
])
def test_bad_tables_are_refused_at_import_time(make, message):
    with pytest.raises(ValueError, match=message):
        make()


@given(st.integers(0, 255), st.integers(-(1 << 54), (1 << 54) - 1))
def test_instruction_words_round_trip(opcode, argument):
    word = encode(opcode, argument)
    assert decode_opcode(word) == opcode
    assert decode_argument(word) == argument


def test_locals_consts_and_names_are_numbered_once():
    b = builder()
    assert b.local("x") == 0 and b.local("y") == 1 and b.local("x") == 0
    assert b.has_local("y") and not b.has_local("z")
    assert b.const("a", "key") == 0 and b.const("b", "key") == 0 and b.const("c") == 1 and b.const("c") == 2
    assert b.name_index("g") == 0 and b.name_index("h") == 1 and b.name_index("g") == 0


def test_finished_code_has_words_lines_and_tables():
    b = builder()
    b.argcount = 1
    b.local("n")
    b.set_position(8, 3)
    b.emit("LOAD_LOCAL", 0)
    b.at(SourcePosition(0, 9, 5))
    b.emit("LOAD_CONST", b.const("one"))
    b.at(None)                                   # keeps the position
    b.emit("ADD")
    b.emit("RETURN_VALUE")
    code = b.finish()
    assert code.name == "f" and code.filename == "test.src" and code.firstline == 7
    assert code.argcount == 1 and code.nlocals == 1 and code.local_names == ["n"]
    assert code.consts == ["one"]
    assert [code.opcode_at(pc) for pc in range(code.length())] == [TABLE.number(n) for n in
                                                                   ["LOAD_LOCAL", "LOAD_CONST", "ADD", "RETURN_VALUE"]]
    assert code.lines == [8, 9, 9, 9] and code.columns == [3, 5, 5, 5]
    assert code.line_at(99) == 0 and code.column_at(-1) == 0
    assert code.stacksize == 2


def test_jumps_are_patched_to_their_labels_forward_and_backward():
    b = builder()
    top, done = b.label(), b.label()
    b.place(top)
    b.emit("LOAD_CONST", 0)
    b.jump("POP_JUMP_IF_FALSE", done)
    b.jump("JUMP", top)
    b.place(done)
    b.emit("LOAD_CONST", 0)
    b.emit("RETURN_VALUE")
    code = b.finish()
    assert code.argument_at(1) == 3 and code.argument_at(2) == 0
    assert code.stacksize == 1


def test_stack_size_follows_every_path():
    b = builder()
    other, end = b.label(), b.label()
    b.emit("PUSH_N", 1)
    b.jump("POP_JUMP_IF_FALSE", other)
    b.emit("PUSH_N", 5)
    b.emit("POP_N", 4)
    b.jump("JUMP", end)
    b.place(other)
    b.emit("PUSH_N", 1)
    b.place(end)
    b.emit("RETURN_VALUE")
    assert b.finish().stacksize == 5


def test_unreachable_code_is_not_counted():
    b = builder()
    b.emit("PUSH_N", 1)
    b.emit("RETURN_VALUE")
    b.emit("PUSH_N", 50)                         # dead: after a return
    b.emit("RETURN_VALUE")
    assert b.finish().stacksize == 1


@given(st.lists(st.integers(0, 3), min_size=1, max_size=30))
def test_straight_line_stack_size_is_the_deepest_running_depth(pushes):
    b = builder()
    depth = deepest = 0
    for count in pushes:
        b.emit("PUSH_N", count)
        depth += count
        deepest = max(deepest, depth)
        b.emit("POP_N", count // 2)
        depth -= count // 2
    b.emit("PUSH_N", 1)
    b.emit("RETURN_VALUE")
    assert b.finish().stacksize == max(deepest, depth + 1)


def build_with(steps):
    b = builder()
    steps(b)
    return b.finish()


@pytest.mark.parametrize("steps, message", [
    (lambda b: None, "no instructions"),
    (lambda b: b.emit("NOPE"), "unknown opcode NOPE"),
    (lambda b: b.emit("JUMP", 0), "emit it with jump"),
    (lambda b: b.jump("ADD", b.label()), "not a jump"),
    (lambda b: b.jump("NOPE", b.label()), "unknown opcode"),
    (lambda b: b.emit("PUSH_N", 1 << 60), "does not fit"),
    (lambda b: (b.jump("JUMP", b.label())), "never placed"),
    (lambda b: b.emit("ADD"), "pops from an empty stack"),
    (lambda b: b.emit("PUSH_N", 1), "runs off its end"),
    (lambda b: place_twice(b), "placed twice"),
    (lambda b: jump_past_end(b), "past the last instruction"),
    (lambda b: unbalanced(b), "is 0 on one path and 1 on another"),
])
def test_impossible_code_is_refused(steps, message):
    with pytest.raises(BuilderError) as info:
        build_with(steps)
    assert message in info.value.message


def place_twice(b):
    label = b.label()
    b.place(label)
    b.place(label)


def jump_past_end(b):
    label = b.label()
    b.jump("JUMP", label)
    b.place(label)


def unbalanced(b):
    end = b.label()
    b.emit("PUSH_N", 1)
    b.jump("POP_JUMP_IF_FALSE", end)
    b.emit("PUSH_N", 1)
    b.place(end)
    b.emit("STOP")
