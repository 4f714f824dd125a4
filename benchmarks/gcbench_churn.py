"""Allocation churn: many gigabytes allocated in all, mostly short-lived, while a bounded working
set (a ring of small linked chains, ~40 MB) slowly changes, with a large array now and then.  A collector that keeps up
holds its peak RSS near the live size.  Usage: gcbench_churn [STEPS_MILLIONS [RING_SLOTS]]
"""

import os

CHAIN = 16             # cells per chain (one step allocates a chain and a small list)
LARGE_EVERY = 2000     # steps between two short-lived large arrays
REPLACE_EVERY = 8      # steps between two replacements of a chain of the working set


class Cell:
    def __init__(self, value, next_cell):
        self.value = value
        self.next_cell = next_cell


def make_chain(seed):
    head = None
    for k in range(CHAIN):
        head = Cell(seed + k, head)
    return head


def chain_sum(cell):
    total = 0
    while cell is not None:
        total += cell.value
        cell = cell.next_cell
    return total


def churn(steps, slots):
    ring = [make_chain(i) for i in range(slots)]
    tags = [[i] for i in range(slots)]
    checksum = 0
    for step in range(steps):
        # short-lived garbage: dies young, in the nursery
        checksum = (checksum + chain_sum(make_chain(step)) + [step, step + 1, step + 2][1]) % 1000000007
        if step % REPLACE_EVERY == 0:
            # the working set changes slowly: these survive and get promoted
            slot = (step // REPLACE_EVERY * 7919) % slots
            checksum = (checksum + chain_sum(ring[slot]) + tags[slot][0]) % 1000000007
            ring[slot] = make_chain(step)
            tags[slot] = [step, step + 1, step + 2]
        if step % LARGE_EVERY == 0:
            big = [0.5] * 20000
            checksum = (checksum + int(big[step % 20000] * 2)) % 1000000007
    for slot in range(slots):
        checksum = (checksum + chain_sum(ring[slot])) % 1000000007
    return checksum


def entry_point(argv):
    steps = 14000000     # ~10.2 GB in all (range loops allocate nothing since malloc removal)
    slots = 60000
    if len(argv) > 1:
        steps = int(float(argv[1]) * 1000000)
    if len(argv) > 2:
        slots = int(argv[2])
    os.write(1, ("churn: %d steps, %d live chains, checksum %d\n" % (steps, slots, churn(steps, slots))).encode())
    return 0


if __name__ == "__main__":
    import sys
    raise SystemExit(entry_point(sys.argv))
