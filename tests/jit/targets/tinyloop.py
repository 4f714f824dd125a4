"""A tiny bytecode interpreter with JIT hints: the first target of the JIT tests.

Programs are lists of ints; the accumulator machine has one register `acc`, an array of slots,
and instructions: 0 HALT, 1 INC slot, 2 DEC slot, 3 JNZ slot target, 4 ADD a b (slot a += slot b),
5 PRINT slot, 6 MUL a b, 7 SET slot value.
"""

import os

from kit.rlib import jit

HALT, INC, DEC, JNZ, ADD, PRINT, MUL, SET = range(8)


def get_location(pc, code):
    return "pc=%d" % pc


driver = jit.JitDriver(greens=["pc", "code"], reds=["frame"], get_printable_location=get_location)


class Code:
    _immutable_fields_ = ["ops[*]"]

    def __init__(self, ops):
        self.ops = ops


class Frame:
    def __init__(self, nslots):
        self.slots = [0] * nslots


def interpret(code, frame):
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        op = code.ops[pc]
        if op == HALT:
            return frame.slots[0]
        elif op == INC:
            frame.slots[code.ops[pc + 1]] += 1
            pc += 2
        elif op == DEC:
            frame.slots[code.ops[pc + 1]] -= 1
            pc += 2
        elif op == JNZ:
            if frame.slots[code.ops[pc + 1]] != 0:
                target = code.ops[pc + 2]
                if target < pc:
                    driver.can_enter_jit(pc=target, code=code, frame=frame)
                pc = target
            else:
                pc += 3
        elif op == ADD:
            frame.slots[code.ops[pc + 1]] += frame.slots[code.ops[pc + 2]]
            pc += 3
        elif op == MUL:
            frame.slots[code.ops[pc + 1]] *= frame.slots[code.ops[pc + 2]]
            pc += 3
        elif op == SET:
            frame.slots[code.ops[pc + 1]] = code.ops[pc + 2]
            pc += 3
        elif op == PRINT:
            os.write(1, (str(frame.slots[code.ops[pc + 1]]) + "\n").encode())
            pc += 2
        else:
            raise ValueError("bad opcode")


def sum_program(n):
    # slot1 = n; slot0 = 0; loop: slot0 += slot1; slot1 -= 1; jnz slot1 loop; print slot0
    return Code([SET, 1, n, SET, 0, 0, ADD, 0, 1, DEC, 1, JNZ, 1, 6, PRINT, 0, HALT])


def entry_point(argv):
    n = int(argv[1]) if len(argv) > 1 else 100
    if len(argv) > 2:
        jit.set_user_param(driver, argv[2])
    result = interpret(sum_program(n), Frame(4))
    print("result", result)
    return 0


def target():
    return entry_point
