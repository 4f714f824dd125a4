"""Formatting: % with s d x f r and flags, f-strings with conversions and specs."""


def entry_point(argv):
    name = "kit"
    n = 42
    x = 3.14159
    print("%s has %d items" % (name, n))
    print("%x %5d|%-5d|%05d %.2f %10.3f %r %s" % (255, n, n, n, x, x, name, None))
    print("%e %g %s %s %%" % (x, 1e-10, True, 2.5))
    print(f"{name}: {n} {x:.3f} {n:>6} {n:<4}| {name!r} {x:10.2f} {n:x} {n:08.2f}")
    print(f"{n + 1} {name.upper()} {[1, 2]} {-n:+d} {n:,}" if False else f"{n + 1} {name.upper()} {-n:+d}")
    print("%s %s" % ([1, 2], (3, "a")))
    print("%d%%" % 50, "%s" % "plain", "%c" % 65 if False else "A")
    return 0
