"""A small stack-machine interpreter written in RPython: the kit's demo and benchmark target.

An assembler turns a tiny assembly language into bytecode; the VM runs it with boxed values.
Usage: stackvm.py [N] [FILE.asm]  (N defaults to 100; without FILE it runs the built-in program)
"""

import os

from kit.rlib.rarithmetic import ovfcheck

# ---- bytecode ------------------------------------------------------------------------------------

OPCODES = ["push", "load", "store", "add", "sub", "mul", "div", "mod", "lt", "le", "eq", "gt",
           "jmp", "jmpif", "call", "ret", "print", "pop", "dup"]
PUSH, LOAD, STORE, ADD, SUB, MUL, DIV, MOD, LT, LE, EQ, GT, JMP, JMPIF, CALL, RET, PRINT, POP, DUP = range(19)
OPCODE_BY_NAME = {name: i for i, name in enumerate(OPCODES)}
# opcodes followed by one operand word
WITH_ARG = {PUSH: True, LOAD: True, STORE: True, JMP: True, JMPIF: True, CALL: True}


class VMError(Exception):
    def __init__(self, message):
        self.message = message


# ---- values --------------------------------------------------------------------------------------

class W_Object:
    def add(self, other):
        raise VMError("unsupported operand for add: " + self.typename())

    def compare(self, other):
        raise VMError("cannot compare " + self.typename())

    def is_true(self):
        return True

    def str(self):
        return "<object>"

    def typename(self):
        return "object"


class W_Int(W_Object):
    def __init__(self, value):
        self.value = value

    def add(self, other):
        if isinstance(other, W_Int):
            try:
                return W_Int(ovfcheck(self.value + other.value))
            except OverflowError:
                raise VMError("integer overflow") from None
        return W_Object.add(self, other)

    def compare(self, other):
        if not isinstance(other, W_Int):
            raise VMError("cannot compare int with " + other.typename())
        if self.value < other.value:
            return -1
        if self.value > other.value:
            return 1
        return 0

    def is_true(self):
        return self.value != 0

    def str(self):
        return str(self.value)

    def typename(self):
        return "int"


class W_Str(W_Object):
    def __init__(self, value):
        self.value = value

    def add(self, other):
        return W_Str(self.value + other.str())

    def str(self):
        return self.value

    def typename(self):
        return "str"


def int_of(w_value):
    if not isinstance(w_value, W_Int):
        raise VMError("expected an int, got " + w_value.typename())
    return w_value.value


# ---- assembler -----------------------------------------------------------------------------------

class Code:
    def __init__(self, name, nargs):
        self.name = name
        self.nargs = nargs
        self.ops = []
        self.consts = []
        self.local_names = []

    def local_slot(self, name):
        for i in range(len(self.local_names)):
            if self.local_names[i] == name:
                return i
        self.local_names.append(name)
        return len(self.local_names) - 1


class Program:
    def __init__(self):
        self.functions = []
        self.function_index = {}


def parse_operand_const(text):
    if text.startswith('"') and text.endswith('"') and len(text) >= 2:
        return W_Str(text[1:-1])
    if text.lstrip("-").isdigit():
        return W_Int(int(text))
    raise VMError("bad constant: " + text)


def assemble(source):
    program = Program()
    # first pass: function names, so calls may refer to later functions
    for line in source.split("\n"):
        words = line.split(";")[0].split()
        if len(words) >= 2 and words[0] == "func":
            program.function_index[words[1]] = len(program.function_index)
    code = None
    labels = {}
    fixups = []
    lineno = 0
    for line in source.split("\n"):
        lineno += 1
        text = line.split(";")[0].strip()
        words = text.split()
        if not words:
            continue
        head = words[0]
        if head == "func":
            code = Code(words[1], len(words) - 2)
            for name in words[2:]:
                code.local_slot(name)
            labels = {}
            fixups = []
            continue
        if code is None:
            raise VMError("line %d: instruction outside a function" % lineno)
        if head == "end":
            for position, label, at_line in fixups:
                if label not in labels:
                    raise VMError("line %d: unknown label %s" % (at_line, label))
                code.ops[position] = labels[label]
            program.functions.append(code)
            code = None
            continue
        if head.endswith(":"):
            labels[head[:-1]] = len(code.ops)
            continue
        opcode = OPCODE_BY_NAME.get(head, -1)
        if opcode < 0:
            raise VMError("line %d: unknown instruction %s" % (lineno, head))
        code.ops.append(opcode)
        if opcode in WITH_ARG:
            if len(words) < 2:
                raise VMError("line %d: %s needs an operand" % (lineno, head))
            operand = words[1]
            if opcode == PUSH:
                operand = text[len(head):].strip()
                code.consts.append(parse_operand_const(operand))
                code.ops.append(len(code.consts) - 1)
            elif opcode == LOAD or opcode == STORE:
                code.ops.append(code.local_slot(operand))
            elif opcode == CALL:
                if operand not in program.function_index:
                    raise VMError(f"line {lineno}: unknown function {operand}")
                code.ops.append(program.function_index[operand])
            else:
                fixups.append((len(code.ops), operand, lineno))
                code.ops.append(-1)
    if code is not None:
        raise VMError("function %s has no 'end'" % code.name)
    return program


# ---- interpreter ---------------------------------------------------------------------------------

class Frame:
    def __init__(self, code, args):
        self.code = code
        self.locals = [None] * len(code.local_names)
        for i in range(len(args)):
            self.locals[i] = args[i]
        self.stack = []

    def pop(self):
        if not self.stack:
            raise VMError("stack underflow in " + self.code.name)
        return self.stack.pop()


class VM:
    def __init__(self, program, out_fd):
        self.program = program
        self.out_fd = out_fd
        self.depth = 0

    def call(self, code, args):
        if self.depth > 1000:
            raise VMError("call stack too deep")
        self.depth += 1
        try:
            return self.execute(Frame(code, args))
        finally:
            self.depth -= 1

    def execute(self, frame):
        code = frame.code
        ops = code.ops
        pc = 0
        while pc < len(ops):
            opcode = ops[pc]
            pc += 1
            if opcode == PUSH:
                frame.stack.append(code.consts[ops[pc]])
                pc += 1
            elif opcode == LOAD:
                value = frame.locals[ops[pc]]
                if value is None:
                    raise VMError("local %s used before assignment" % code.local_names[ops[pc]])
                frame.stack.append(value)
                pc += 1
            elif opcode == STORE:
                frame.locals[ops[pc]] = frame.pop()
                pc += 1
            elif opcode == ADD:
                right = frame.pop()
                frame.stack.append(frame.pop().add(right))
            elif SUB <= opcode <= MOD:
                right = int_of(frame.pop())
                left = int_of(frame.pop())
                frame.stack.append(W_Int(arith(opcode, left, right)))
            elif LT <= opcode <= GT:
                right = frame.pop()
                order = frame.pop().compare(right)
                result = ((opcode == LT and order < 0) or (opcode == LE and order <= 0)
                          or (opcode == EQ and order == 0) or (opcode == GT and order > 0))
                frame.stack.append(W_Int(1 if result else 0))
            elif opcode == JMP:
                pc = ops[pc]
            elif opcode == JMPIF:
                if frame.pop().is_true():
                    pc = ops[pc]
                else:
                    pc += 1
            elif opcode == CALL:
                callee = self.program.functions[ops[pc]]
                pc += 1
                args = [None] * callee.nargs
                for i in range(callee.nargs - 1, -1, -1):
                    args[i] = frame.pop()
                frame.stack.append(self.call(callee, args))
            elif opcode == RET:
                return frame.pop()
            elif opcode == PRINT:
                os.write(self.out_fd, (frame.pop().str() + "\n").encode())
            elif opcode == POP:
                frame.pop()
            elif opcode == DUP:
                value = frame.pop()
                frame.stack.append(value)
                frame.stack.append(value)
            else:
                raise VMError("bad opcode %d" % opcode)
        return W_Int(0)


def arith(opcode, left, right):
    if opcode == SUB:
        return left - right
    if opcode == MUL:
        try:
            return ovfcheck(left * right)
        except OverflowError:
            raise VMError("integer overflow") from None
    if right == 0:
        raise VMError("division by zero")
    if opcode == DIV:
        return left // right
    return left % right


DEMO = """
; the number of Collatz steps of n
func collatz n
    push 0
    store steps
loop:
    load n
    push 1
    le
    jmpif done
    load n
    push 2
    mod
    jmpif odd
    load n
    push 2
    div
    store n
    jmp next
odd:
    load n
    push 3
    mul
    push 1
    add
    store n
next:
    load steps
    push 1
    add
    store steps
    jmp loop
done:
    load steps
    ret
end

; the total of collatz(i) for i in 1..limit
func main limit
    push 0
    store total
    push 1
    store i
top:
    load i
    load limit
    gt
    jmpif out
    load total
    load i
    call collatz
    add
    store total
    load i
    push 1
    add
    store i
    jmp top
out:
    push "total steps: "
    load total
    add
    print
    load total
    ret
end
"""


def read_file(path):
    fd = os.open(path, os.O_RDONLY, 0)
    chunks = []
    while True:
        data = os.read(fd, 65536)
        if not data:
            break
        chunks.append(data.decode())
    os.close(fd)
    return "".join(chunks)


def entry_point(argv):
    limit = 100
    source = DEMO
    if len(argv) > 1:
        if not argv[1].isdigit():
            os.write(2, b"usage: stackvm [N] [FILE.asm]\n")
            return 2
        limit = int(argv[1])
    if len(argv) > 2:
        try:
            source = read_file(argv[2])
        except OSError as e:
            os.write(2, ("stackvm: cannot read %s (errno %d)\n" % (argv[2], e.errno)).encode())
            return 1
    try:
        program = assemble(source)
        if "main" not in program.function_index:
            raise VMError("no function main")
        vm = VM(program, 1)
        vm.call(program.functions[program.function_index["main"]], [W_Int(limit)])
    except VMError as e:
        os.write(2, ("stackvm error: " + e.message + "\n").encode())
        return 1
    return 0


def target():
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
