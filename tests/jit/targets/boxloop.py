"""A tiny interpreter of boxed integers with JIT hints: the optimizer's end-to-end target.

The two registers `a` and `b` hold W_Int objects (allocated for every result, read through
methods, so the recorded loop allocates and checks classes that the optimizer can remove).
Instructions: 0 HALT, 1 ADD (a = a + b), 2 DEC (b = b - 1), 3 JNZ target (if b != 0),
4 SKIP3 target (if b % 3 == 0 go to target), 5 INC (a = a + 1), 6 DOUBLE (a = a + b + b),
7 JUMP target.
"""

import os

from kit.rlib import jit

HALT, ADD, DEC, JNZ, SKIP3, INC, DOUBLE, JUMP = range(8)


def get_location(pc, code):
    return "pc=%d" % pc


driver = jit.JitDriver(greens=["pc", "code"], reds=["a", "b"], get_printable_location=get_location)


class W_Object:
    def add(self, other):
        raise NotImplementedError

    def int_value(self):
        raise NotImplementedError


class W_Int(W_Object):
    _immutable_fields_ = ["value"]

    def __init__(self, value):
        self.value = value

    def add(self, other):
        return W_Int(self.value + other.int_value())

    def int_value(self):
        return self.value


class W_Flag(W_Object):
    """A second class, so that method calls on W_Object dispatch on the class."""

    def __init__(self, flag):
        self.flag = flag

    def add(self, other):
        return W_Int(int(self.flag) + other.int_value())

    def int_value(self):
        return int(self.flag)


class Code:
    _immutable_fields_ = ["ops[*]"]

    def __init__(self, ops):
        self.ops = ops


MINUS_ONE = W_Int(-1)
ONE = W_Int(1)


def interpret(code, a, b):
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, a=a, b=b)
        op = code.ops[pc]
        if op == HALT:
            return a
        elif op == ADD:
            a = a.add(b)
            pc += 1
        elif op == DEC:
            b = b.add(MINUS_ONE)
            pc += 1
        elif op == INC:
            a = a.add(ONE)
            pc += 1
        elif op == DOUBLE:
            a = a.add(b).add(b)
            pc += 1
        elif op == JNZ:
            if b.int_value() != 0:
                target = code.ops[pc + 1]
                if target < pc:
                    driver.can_enter_jit(pc=target, code=code, a=a, b=b)
                pc = target
            else:
                pc += 2
        elif op == SKIP3:
            if b.int_value() % 3 == 0:
                pc = code.ops[pc + 1]
            else:
                pc += 2
        elif op == JUMP:
            pc = code.ops[pc + 1]
        else:
            raise ValueError("bad opcode")


# a = 0; b = n; loop: a += b; b -= 1; if b != 0 goto loop
SUM = [ADD, DEC, JNZ, 0, HALT]
# loop: if b % 3 == 0: a += 2b else: a += 1; b -= 1; if b != 0 goto loop
BRANCHY = [SKIP3, 6, INC, JUMP, 7, HALT, DOUBLE, DEC, JNZ, 0, HALT]
PROGRAMS = {"sum": SUM, "branchy": BRANCHY}


def entry_point(argv):
    if len(argv) < 3:
        os.write(2, b"usage: boxloop sum|branchy N [jit-params]\n")
        return 2
    ops = PROGRAMS.get(argv[1], None)
    if ops is None:
        os.write(2, b"unknown program\n")
        return 2
    n = int(argv[2])
    if len(argv) > 3:
        jit.set_user_param(driver, argv[3])
    start = W_Int(0)
    if n < 0:
        start = W_Flag(True)        # (never in the tests: makes W_Object's methods dispatch)
    result = interpret(Code(ops), start, W_Int(n))
    print("result", result.int_value())
    return 0


def target():
    return entry_point
