"""A tiny interpreter whose virtualizable frame meets residual calls: helpers that never look at
the frame, one that reads a field of it, one that writes its fields and slots (sometimes), one
that writes a slot and then raises.  The JIT tests check the traces sync only what a callee may
see and that the results do not change.

Programs are lists of ints: 0 HALT, 1 ADDI slot value, 2 LOOP slot target (slot -= 1; jump back
while it is not 0), 3 HELPER a b (slot a = mix(slot a, slot b)), 4 READ a (slot a += the frame's
acc, read by a residual call), 5 WRITE a (a residual call that may change slot a and acc),
6 PRINT a, 7 ACC a (acc += slot a), 8 RAISE a (a residual call writes slot a and may raise),
9 CALLF k a b (slot a = helper k (a function pointer) of the frame, slot a, slot b).
"""

import os

from kit.rlib import jit

HALT, ADDI, LOOP, HELPER, READ, WRITE, PRINT, ACC, RAISE, CALLF = range(10)


def get_location(pc, code):
    return "pc=%d" % pc


driver = jit.JitDriver(greens=["pc", "code"], reds=["frame"], virtualizables=["frame"],
                       get_printable_location=get_location)


class Helper:
    _immutable_fields_ = ["func"]

    def __init__(self, func):
        self.func = func


class Code:
    _immutable_fields_ = ["ops[*]", "helpers[*]"]

    def __init__(self, ops):
        self.ops = ops
        self.helpers = [Helper(blend), Helper(bump_acc)]


class Frame:
    _virtualizable_ = ["acc", "slots[*]"]

    def __init__(self, nslots):
        self.acc = 0
        self.slots = [0] * nslots
        self.calls = 0          # not a virtualizable field


class Oops(Exception):
    pass


class Counter:
    def __init__(self):
        self.count = 0


COUNTER = Counter()


@jit.dont_look_inside
def mix(a, b):
    """Never looks at a frame (it writes another object)."""
    COUNTER.count += 1
    return (a * 31 + b) % 1000003


@jit.dont_look_inside
def peek_acc(frame):
    return frame.acc % 97


@jit.dont_look_inside
def poke(frame, slot):
    frame.calls += 1
    value = frame.slots[slot]
    if value % 7 == 0:
        frame.slots[slot] = value + 100
        frame.acc -= 1


@jit.dont_look_inside
def maybe_fail(frame, slot):
    frame.slots[slot] += 3
    if frame.slots[slot] % 5 == 0:
        raise Oops()


@jit.dont_look_inside
def blend(frame, a, b):
    """Reached through a function pointer; never looks at the frame."""
    return (a * 17 + b) % 65521


@jit.dont_look_inside
def bump_acc(frame, a, b):
    """Reached through the same kind of pointer; writes the frame."""
    frame.acc += 1
    return a + b


def interpret(code, frame):
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        op = code.ops[pc]
        if op == HALT:
            return frame.acc
        elif op == ADDI:
            frame.slots[code.ops[pc + 1]] += code.ops[pc + 2]
            pc += 3
        elif op == LOOP:
            slot = code.ops[pc + 1]
            frame.slots[slot] -= 1
            if frame.slots[slot] != 0:
                pc = code.ops[pc + 2]
                driver.can_enter_jit(pc=pc, code=code, frame=frame)
            else:
                pc += 3
        elif op == HELPER:
            a = code.ops[pc + 1]
            frame.slots[a] = mix(frame.slots[a], frame.slots[code.ops[pc + 2]])
            pc += 3
        elif op == READ:
            frame.slots[code.ops[pc + 1]] += peek_acc(frame)
            pc += 2
        elif op == WRITE:
            poke(frame, code.ops[pc + 1])
            pc += 2
        elif op == ACC:
            frame.acc += frame.slots[code.ops[pc + 1]]
            pc += 2
        elif op == RAISE:
            slot = code.ops[pc + 1]
            try:
                maybe_fail(frame, slot)
            except Oops:
                frame.slots[slot] += 1000
            pc += 2
        elif op == CALLF:
            a = code.ops[pc + 2]
            func = code.helpers[code.ops[pc + 1]].func
            frame.slots[a] = func(frame, frame.slots[a], frame.slots[code.ops[pc + 3]])
            pc += 4
        elif op == PRINT:
            os.write(1, (str(frame.slots[code.ops[pc + 1]]) + "\n").encode())
            pc += 2
        else:
            raise ValueError("bad opcode")


def program(name, n):
    """slot 0 counts the iterations down; the body starts at 10."""
    head = [ADDI, 0, n, ADDI, 2, 5, CALLF, 1, 3, 2]
    if name == "helper":
        body = [HELPER, 1, 2, ACC, 1]
    elif name == "read":
        body = [ACC, 2, READ, 1, HELPER, 3, 1]
    elif name == "write":
        body = [ADDI, 1, 1, WRITE, 1, ACC, 1]
    elif name == "indirect":
        body = [CALLF, 0, 1, 2, ACC, 1]
    elif name == "raise":
        body = [ADDI, 1, 1, RAISE, 1, ACC, 1, HELPER, 3, 1]
    else:
        raise ValueError("no such program")
    tail = [LOOP, 0, 10, PRINT, 1, PRINT, 3, HALT]
    return Code(head + body + tail)


def entry_point(argv):
    name = argv[1] if len(argv) > 1 else "helper"
    n = int(argv[2]) if len(argv) > 2 else 100
    if len(argv) > 3:
        jit.set_user_param(driver, argv[3])
    frame = Frame(4)
    result = interpret(program(name, n), frame)
    print("result", result, "calls", frame.calls, "mixes", COUNTER.count)
    return 0


def target():
    return entry_point
