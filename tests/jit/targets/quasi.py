"""A loop that reads a quasi-immutable field (`factor?`): compiled code takes it as a constant and
must be thrown away when the field changes, whether the interpreter changes it between runs of
the loop or the loop itself changes it (on a path the compiled code leaves through a guard).
"""

from kit.rlib import jit

driver = jit.JitDriver(greens=[], reds=["i", "total", "n", "switch_at", "config"])


class Config:
    _immutable_fields_ = ["factor?"]

    def __init__(self, factor):
        self.factor = factor


def set_factor(config, factor):
    config.factor = factor


def run(n, switch_at, config):
    i = 0
    total = 0
    while i < n:
        driver.jit_merge_point(i=i, total=total, n=n, switch_at=switch_at, config=config)
        fixed = jit.promote(config)
        total += i * fixed.factor
        if i == switch_at:
            set_factor(config, fixed.factor + 10)
        i += 1
        driver.can_enter_jit(i=i, total=total, n=n, switch_at=switch_at, config=config)
    return total


def entry_point(argv):
    n = int(argv[1]) if len(argv) > 1 else 1000
    if len(argv) > 2:
        jit.set_user_param(driver, argv[2])
    config = Config(1)
    for round in range(4):
        set_factor(config, round + 2)         # the interpreter changes the field between runs
        switch_at = n // 2 if round == 3 else -1
        print("round", round, run(n, switch_at, config))
    return 0


def target():
    return entry_point
