# ruff: noqa
# printf-style % formatting: every conversion, flags, width, precision, *, mappings, errors
print("%s|%r|%a|%d|%i|%u|%o|%x|%X|%e|%E|%f|%F|%g|%G|%c|%%" % ("s", "r", "é", 42, -7, 9, 8, 255, 255, 1234.5, 0.00012,
                                                             3.14159, 2.5, 1e-10, 1e20, "z"))
print("%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|%x|%#x|%#X|%#o|%#5x|%-#8o|" % (42, 42, 42, 42, 42, -42, 42, 255, 255, 255, 8, 10, 8))
print("%.2f|%8.3f|%-8.1f|%08.2f|%+.0f|%.0f|%.0f|%#.0f|%10.3e|%-12.2E|%.3g|%g|%g" % (
    3.14159, 2.71828, 1.5, -1.25, 2.5, 0.5, 1.5, 3.0, 12345.678, 0.000123, 123456, 1e-5, 1e16))
print("%*d|%-*d|%.*f|%*.*f|" % (6, 42, 6, 42, 2, 3.14159, 8, 3, 2.71828))
print("%(name)s is %(age)d years; %(name)r again %(pct).1f%%" % {"name": "Ann", "age": 33, "pct": 99.44})
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (1, 2), "%s" % ((1, 2),), "%r" % ((1, 2),), "%d%%" % 50)
print("%c%c%c" % (72, "i", 0x263A), "%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%d %d %d" % (True, 3.99, -3.99), "%x" % 2 ** 70, "%o" % -8, "%e" % 0, "%.3s" % None)
print("%s" % "only", "no args" % (), "%(a)s" % {"a": 1, "b": 2}, "%%" % ())
class D:
    def __getitem__(self, key):
        return key.upper()
print("%(hello)s %(x)s" % D())
for fmt, args in [("%d", ("x",)), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", (1,)), ("%(a)d", (1,)), ("%c", ("ab",)),
                  ("%c", (-1,)), ("%", (1,)), ("%(a", {"a": 1}), ("%f", ("1.5",)), ("%x", (1.5,))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
b = b"%s-%d-%x-%c-%r|%5b" % (b"bytes", 42, 255, 65, "s", b"pad")
print(b, b"%%" % (), b"%(k)s" % {b"k": b"v"})
