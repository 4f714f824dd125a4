"""Float constants that compare equal but are different values: 0.0 and -0.0 in the two arms of a
conditional, in if/else branches that join, and in tuples; a NaN constant stays one constant."""

import math


def pick(negative):
    return -0.0 if negative else 0.0


def branch(negative):
    if negative:
        x = -0.0
    else:
        x = 0.0
    return x


def pair(negative):
    if negative:
        return (-0.0, 1)
    return (0.0, 1)


def sign_of(x):
    return math.copysign(1.0, x)


def entry_point(argv):
    print(repr(pick(False)), repr(pick(True)), repr(branch(False)), repr(branch(True)))
    print(sign_of(pick(False)), sign_of(pick(True)), sign_of(pair(False)[0]), sign_of(pair(True)[0]))
    nan = float("nan")
    print(nan != nan, repr(1.0 / -math.inf), repr(-0.0 * 1.0))
    return 0
