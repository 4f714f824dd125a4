"""A toy assembly language on kit.interp, for testing the base: programs are instructions, one a line
(`OPNAME [operand]`, `label:`, `; comment`). It runs untranslated and translated (test_ztoy.py).

    toy [--repeat N] FILE | -c CODE      prints what PRINT pops; EXIT stops with the popped status
"""

import os

from kit.interp import (
    BytecodeInterpreter,
    CodeBuilder,
    Label,
    Language,
    LanguageError,
    Opcode,
    OpcodeTable,
    ProgramExit,
    UsageError,
    entry_point_for,
)
from kit.interp.opcodes import ARG_CONST, ARG_INT, ARG_LOCAL, BRANCH, JUMP

OPCODES = OpcodeTable("toy", [
    Opcode("ADD", effect=-1),
    Opcode("LESS", effect=-1),
    Opcode("PRINT", effect=-1),
    Opcode("FAIL", arg="int"),
    Opcode("EXIT", effect=-1),
    Opcode("RECURSE", effect=1),                    # runs the whole program again, pushes its result
    Opcode("SUM", effect=1, per_arg=-1, arg="int"),  # pops ARG values, pushes their sum
])


class W_Int:
    _immutable_fields_ = ["value"]

    def __init__(self, value):
        self.value = value


def int_of(value):
    if value is None:
        raise LanguageError("ToyError", "no value")
    return value.value


class ToyInterpreter(BytecodeInterpreter):
    opcodes = OPCODES
    max_depth = 50

    def __init__(self, program):
        BytecodeInterpreter.__init__(self)
        self.program = program
        self.output = []

    def is_true(self, value):
        return int_of(value) != 0

    def describe_const(self, value):
        return str(int_of(value))

    def op_ADD(self, frame, arg):
        right = int_of(frame.pop())
        frame.push(W_Int(int_of(frame.pop()) + right))

    def op_LESS(self, frame, arg):
        right = int_of(frame.pop())
        frame.push(W_Int(1 if int_of(frame.pop()) < right else 0))

    def op_PRINT(self, frame, arg):
        text = str(int_of(frame.pop()))
        self.output.append(text)
        os.write(1, (text + "\n").encode())

    def op_FAIL(self, frame, arg):
        raise LanguageError("ToyError", "failed with %d" % arg)

    def op_EXIT(self, frame, arg):
        raise ProgramExit(int_of(frame.pop()))

    def op_RECURSE(self, frame, arg):
        frame.push(self.call(self.new_frame(self.program)))

    def op_SUM(self, frame, arg):
        total = 0
        for value in frame.pop_many(arg):
            total += int_of(value)
        frame.push(W_Int(total))


def assemble(source, filename):
    """The code object of a toy program. Operands: ints (LOAD_CONST, FAIL, SUM), local names, labels."""
    builder = CodeBuilder(OPCODES, "main", filename, 1)
    labels = {}
    lineno = last_line = 0
    for line in source.split("\n"):
        lineno += 1
        words = line.split(";")[0].split()
        if not words:
            continue
        last_line = lineno
        builder.set_position(lineno, len(line) - len(line.lstrip()) + 1)
        head = words[0]
        if head.endswith(":"):
            builder.place(label_named(labels, head[:-1]))
            continue
        number = OPCODES.number(head)
        if number < 0:
            raise LanguageError("SyntaxError", "unknown instruction " + head, lineno, 1)
        op = OPCODES.opcodes[number]
        if op.kind == JUMP or op.kind == BRANCH:     # jumps and branches name a label
            builder.jump(head, label_named(labels, operand(words, lineno)))
        elif op.arg == ARG_LOCAL:                    # locals by name
            builder.emit(head, builder.local(operand(words, lineno)))
        elif op.arg == ARG_CONST:                    # constants are ints
            builder.emit(head, builder.const(W_Int(int_operand(words, lineno)), words[1]))
        elif op.arg == ARG_INT:
            builder.emit(head, int_operand(words, lineno))
        else:
            builder.emit(head)
    for name, label in labels.items():
        if label.position < 0:
            raise LanguageError("SyntaxError", "label %s is never placed" % name, lineno, 1)
    if source.rstrip().endswith(":"):
        error = LanguageError("SyntaxError", "a label needs an instruction after it", last_line, 1)
        error.incomplete = True
        raise error
    return builder.finish()


def label_named(labels, name):
    label = labels.get(name, None)
    if label is None:
        label = Label()
        labels[name] = label
    return label


def operand(words, lineno):
    if len(words) < 2:
        raise LanguageError("SyntaxError", words[0] + " needs an operand", lineno, 1)
    return words[1]


def int_operand(words, lineno):
    text = operand(words, lineno)
    digits = text[1:] if text.startswith("-") else text
    if digits == "" or not digits.isdigit() or len(digits) > 18:
        raise LanguageError("SyntaxError", "bad number " + text, lineno, 1)
    return int(text)


class Toy(Language):
    name = "toy"
    file_extension = ".toy"
    version = "0.3"
    option_help = "  --repeat N         run the program N times\n"

    def __init__(self):
        Language.__init__(self)
        self.repeat = 1

    def handle_option(self, argv, index):
        if argv[index] != "--repeat":
            return 0
        if index + 1 >= len(argv) or not argv[index + 1].isdigit():
            raise UsageError("--repeat needs a number")
        self.repeat = int(argv[index + 1])
        return 2

    def parse(self, source, filename):
        return assemble(source, filename)

    def needs_more_input(self, source, error):
        """In the REPL, an input is complete once it has a RETURN_VALUE at the end."""
        return error.incomplete or not source.rstrip().endswith("RETURN_VALUE")

    def run(self, program):
        for _ in range(self.repeat):
            interpreter = ToyInterpreter(program)
            interpreter.call(interpreter.new_frame(program))


entry_point = entry_point_for(Toy)


def target(*args):
    return entry_point
