"""List repetition: [x] * n for ints, floats (-0.0 stays -0.0), bools, strings, instances and None;
longer lists repeated, zero and negative counts, n * list, and *= in place."""

import math


class Box:
    def __init__(self, v):
        self.v = v


def entry_point(argv):
    n = len(argv) + 4                      # 5, unknown to the translator
    zeros = [0] * n
    sevens = [7] * n
    zeros[2] = 3
    print(zeros, sevens, [0] * 0, [1] * -3)
    neg = [-0.0] * n
    pos = [0.0] * n
    print([math.copysign(1.0, x) for x in neg], [math.copysign(1.0, x) for x in pos], [2.5] * 2)
    print([False] * 3, [True] * n, [""] * 2, ["ab"] * 3)
    boxes = [Box(1)] * 3
    boxes[0].v = 9
    nones = [None] * n
    print([b.v for b in boxes], nones[4] is None, len(nones))
    seq = [1, 2, 3] * n
    print(len(seq), seq[:7], seq[-1], 2 * [4, 5], [6, 7] * 1)
    grow = [1, 2]
    grow *= 3
    print(grow)
    big = [0] * 100000
    big[99999] = 1
    print(sum(big), len([9] * 70000))
    return 0
