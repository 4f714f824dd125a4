"""A recursive portal whose greens are its own arguments (the codewriter finds them there): a
countdown that calls itself, for tests of how traces treat calls of the user's functions."""

from kit.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["frame"], is_recursive=True, name="portalcall")

DEC, CALL, RET, JUMP = 0, 1, 2, 3


class Code:
    def __init__(self, ops: list[int]) -> None:
        self.ops = ops


class Frame:
    def __init__(self, n: int) -> None:
        self.n = n


def interpret(frame: Frame, code: Code, pc: int) -> int:
    while True:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        op = code.ops[pc]
        if op == DEC:
            frame.n -= 1
            pc += 1
        elif op == CALL:
            if frame.n > 0:
                frame.n += interpret(Frame(frame.n - 1), code, 0)
            pc += 1
        elif op == JUMP:
            if frame.n > 0:
                pc = 0
                driver.can_enter_jit(pc=pc, code=code, frame=frame)
            else:
                pc += 1
        else:
            return frame.n


PROGRAM = Code([CALL, DEC, JUMP, RET])


def entry_point(argv: list[str]) -> int:
    n = int(argv[1]) if len(argv) > 1 else 10
    print(interpret(Frame(n), PROGRAM, 0))
    return 0
