"""JIT hints in a small bytecode loop: a JitDriver with greens and reds, the merge point and
can_enter_jit, promote, elidable, unroll_safe, we_are_jitted and set_param; translated without the
JIT they change nothing."""

from kit.rlib import jit


def get_location(pc, code):
    return "pc=%d op=%s" % (pc, code[pc])


driver = jit.JitDriver(greens=["pc", "code"], reds=["acc", "frame"], get_printable_location=get_location)


class Frame:
    _immutable_fields_ = ["limit", "consts[*]"]

    def __init__(self, limit):
        self.limit = limit
        self.consts = [1, 2, 3]
        self.steps = 0


@jit.elidable
def opcode_cost(op):
    return len(op)


@jit.unroll_safe
def sum_consts(frame):
    total = 0
    for c in frame.consts:
        total += c
    return total


def run(code, frame):
    pc = 0
    acc = 0
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, acc=acc, frame=frame)
        op = code[pc]
        frame.steps += opcode_cost(op)
        if op == "inc":
            acc += jit.promote(frame.limit) // frame.limit
            pc += 1
        elif op == "add3":
            acc += sum_consts(frame)
            pc += 1
        elif op == "loop":
            if acc < frame.limit:
                pc = 0
                driver.can_enter_jit(pc=pc, code=code, acc=acc, frame=frame)
            else:
                pc += 1
        else:
            pc += 1
    return acc


def entry_point(argv):
    jit.set_param(driver, "threshold", 50)
    jit.set_param(None, "trace_limit", 1000)
    jit.set_user_param(driver, "threshold=10")
    frame = Frame(1000)
    print(run(["inc", "add3", "loop", "end"], frame), frame.steps)
    print(jit.we_are_jitted(), jit.isconstant(3), jit.promote_string("abc"))
    return 0
