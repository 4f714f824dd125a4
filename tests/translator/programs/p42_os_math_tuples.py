"""os file-system calls, math.frexp, `in` on a tuple, tuples whose items generalise (None and str),
and user functions named like C library functions (sqrt, write, fmod, calloc)."""

import math
import os


def sqrt(x):
    return x * 2.0


def write(x):
    return x + 1


def fmod(x):
    return x - 1


def calloc(n):
    return [0] * n


def pair(flag):
    if flag:
        return ([1], None)
    return ([2], "x")


def entry_point(argv):
    print(sqrt(3.0), math.sqrt(16.0), write(1), fmod(7), len(calloc(3)), math.fmod(7.0, 2.0))
    for x in (12.0, 0.5, -3.0, 0.0, 1e300):
        m, e = math.frexp(x)
        print(m, e)
    n = len(argv)
    print(n in (1, 2, 3), n + 10 in (5, 6), "b" in ("a", "b"))
    a, b = pair(n > 100)
    print(a[0], b)
    a, b = pair(n < 100)
    print(a[0], b is None)
    base = "/tmp/kit-p42-" + str(os.getpid())
    os.mkdir(base)
    print(os.path.isdir(base), os.path.isfile(base), os.path.exists(base + "/f"))
    fd = os.open(base + "/f", os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, b"hello")
    os.close(fd)
    print(os.path.isfile(base + "/f"))
    os.rename(base + "/f", base + "/g")
    fd = os.open(base + "/g", os.O_RDONLY)
    print(os.lseek(fd, 0, 2), os.lseek(fd, 1, 0), os.read(fd, 10))
    os.close(fd)
    os.unlink(base + "/g")
    try:
        os.unlink(base + "/g")
    except OSError as e:
        print("unlink again:", e.errno, e.strerror)
    os.rmdir(base)
    print(os.path.exists(base), len(os.getcwd()) > 0)
    return 0
