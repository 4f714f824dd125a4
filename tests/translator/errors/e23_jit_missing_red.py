from kit.rlib import jit

driver = jit.JitDriver(greens=["pc"], reds=["acc", "frame"])


def run(frame):
    pc = 0
    acc = 0
    while pc < 10:
        driver.jit_merge_point(pc=pc, acc=acc)  # error: jit_merge_point() of jitdriver misses frame
        acc += frame
        pc += 1
    return acc


def entry_point(argv):
    return run(len(argv))
