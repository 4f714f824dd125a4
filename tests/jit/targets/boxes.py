"""A small stack interpreter of boxed values with JIT hints: objects allocated every iteration, GC
pointers live across calls that may collect, a residual call, floats, overflow checks and an
exception caught by the interpreter.  The second target of the JIT tests (run under --gc-stress).

Instructions (pairs of ints): PUSH k, ADDI, MULF, DUP, SWAP, POP, JNZ target (pops), DEC, BOXLIST,
CHECK (raises when the top is a multiple of 97: counted as an error), PRINT, HALT.
"""

import os

from kit.rlib import jit
from kit.rlib.rarithmetic import ovfcheck

PUSH, ADDI, MULF, DUP, SWAP, POP, JNZ, DEC, BOXLIST, CHECK, PRINT, HALT, OVF = range(13)


class W_Value:
    def describe(self):
        return "?"


class W_Int(W_Value):
    _immutable_fields_ = ["value"]

    def __init__(self, value):
        self.value = value

    def describe(self):
        return str(self.value)


class W_Float(W_Value):
    _immutable_fields_ = ["value"]

    def __init__(self, value):
        self.value = value

    def describe(self):
        return str(self.value)


class W_List(W_Value):
    def __init__(self, items):
        self.items = items

    def describe(self):
        return "[%d items]" % len(self.items)


class Code:
    _immutable_fields_ = ["ops[*]"]

    def __init__(self, ops):
        self.ops = ops


class Frame:
    def __init__(self):
        self.stack = [None] * 16
        self.sp = 0
        self.errors = 0
        self.overflows = 0
        self.acc = W_Float(0.0)

    def push(self, w):
        self.stack[self.sp] = w
        self.sp += 1

    def pop(self):
        self.sp -= 1
        w = self.stack[self.sp]
        self.stack[self.sp] = None
        return w


class CheckFailed(Exception):
    def __init__(self, value):
        self.value = value


def get_location(pc, code):
    return "pc=%d" % pc


driver = jit.JitDriver(greens=["pc", "code"], reds=["frame"], get_printable_location=get_location)


@jit.dont_look_inside
def check(value):
    # a residual call that allocates (so it may collect) and may raise
    text = str(value)
    if value % 97 == 0:
        raise CheckFailed(value)
    return len(text)


def as_int(w):
    assert isinstance(w, W_Int)
    return w.value


def interpret(code, frame):
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        op = code.ops[pc]
        arg = code.ops[pc + 1]
        pc += 2
        if op == PUSH:
            frame.push(W_Int(arg))
        elif op == ADDI:
            b = as_int(frame.pop())
            a = as_int(frame.pop())
            frame.push(W_Int(a + b))
        elif op == OVF:
            b = as_int(frame.pop())
            a = as_int(frame.pop())
            try:
                frame.push(W_Int(ovfcheck(a * b)))
            except OverflowError:
                frame.overflows += 1
                frame.push(W_Int(-1))
        elif op == MULF:
            w = frame.pop()
            acc = frame.acc
            assert isinstance(acc, W_Float)
            frame.acc = W_Float(acc.value * 0.5 + float(as_int(w)))
            frame.push(w)
        elif op == DUP:
            w = frame.pop()
            frame.push(w)
            frame.push(w)
        elif op == SWAP:
            b = frame.pop()
            a = frame.pop()
            frame.push(b)
            frame.push(a)
        elif op == POP:
            frame.pop()
        elif op == DEC:
            frame.push(W_Int(as_int(frame.pop()) - 1))
        elif op == BOXLIST:
            w = frame.pop()
            lst = W_List([w, W_Int(as_int(w) * 2), None])
            frame.push(lst.items[1])
        elif op == CHECK:
            w = frame.pop()
            try:
                check(as_int(w))
            except CheckFailed as e:
                frame.errors += e.value % 7 + 1
            frame.push(w)
        elif op == JNZ:
            if as_int(frame.pop()) != 0:
                if arg < pc:
                    driver.can_enter_jit(pc=arg, code=code, frame=frame)
                pc = arg
        elif op == PRINT:
            os.write(1, (frame.pop().describe() + "\n").encode())
        elif op == HALT:
            return frame.pop()


def program(n):
    # stack: [i]; each iteration: check(2i) (errors counted), acc from 2i, then from i * 2**52
    # (overflowing once i >= 1024: another path), i -= 1 until 0
    return Code([PUSH, n,
                 DUP, 0, BOXLIST, 0, CHECK, 0, MULF, 0, POP, 0,
                 DUP, 0, PUSH, 1 << 52, OVF, 0, MULF, 0, POP, 0,
                 DEC, 0, DUP, 0, JNZ, 2,
                 PRINT, 0, PUSH, 0, HALT, 0])


def entry_point(argv):
    n = int(argv[1]) if len(argv) > 1 else 100
    if len(argv) > 2:
        jit.set_user_param(driver, argv[2])
    frame = Frame()
    interpret(program(n), frame)
    acc = frame.acc
    assert isinstance(acc, W_Float)
    print("errors", frame.errors, "overflows", frame.overflows, "acc", acc.value)
    return 0


def target():
    return entry_point
