from kit.rlib import jit

driver = jit.JitDriver(greens=["pc"], reds=["acc"])


def run():
    pc = 0
    acc = 0
    while pc < 10:
        driver.jit_merge_point(pc=pc, acc=acc)
        acc += 1
        pc += 1
    driver.can_enter_jit(pc="end", acc=acc)  # error: the green variable 'pc' of jitdriver is int
    return acc


def entry_point(argv):
    return run()
