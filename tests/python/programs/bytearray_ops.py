# ruff: noqa
# bytearray: construction, mutation (item/slice assignment, deletion, append/extend/insert/pop/remove), operators
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1], ba[1:3], bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
ba[0] = 72; print(ba)
ba[1:3] = b"EY"; print(ba)
ba[1:3] = b"eeee"; print(ba)
ba[::2] = b"XXXX"; print(ba)
del ba[0]; print(ba)
del ba[::2]; print(ba)
ba.append(33); ba.extend(b"??"); ba.extend([65, 66]); ba.insert(0, 60); ba.insert(100, 62); print(ba)
print(ba.pop(), ba.pop(0), ba, ba.remove(ord("A")), ba)
ba.reverse(); print(ba)
c = ba.copy(); c.clear(); print(c, ba)
for bad in [lambda: ba.append(256), lambda: ba.remove(200), lambda: bytearray().pop(), lambda: ba.__setitem__(0, "x"),
            lambda: ba.__setitem__(slice(None, None, 2), b"1"), lambda: ba.extend(5), lambda: ba + "s",
            lambda: ba.__setitem__(100, 1)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
x = bytearray(b"ab")
y = x
x += b"cd"; print(x, y, x is y)
x *= 2; print(x, y is x)
print(x + b"!", b"!" + x, type(x + b"!").__name__, type(b"!" + x).__name__, x * 2, x == b"abcdabcd", bytearray(b"a") < b"b")
print(x.upper(), x.split(b"c"), x.find(b"cd"), x.replace(b"a", b"A"), x.decode(), x.hex(), bytearray.fromhex("4142"))
print(list(x), sum(x), max(x), bytes(x), bytearray(x) is not x, x.count(97), x.startswith(b"ab"), x.strip(b"ab"))
it = iter(bytearray(b"xyz"))
arr = bytearray(b"xyz")
it = iter(arr)
print(next(it))
arr.append(ord("!"))
print(list(it))
try:
    hash(bytearray())
except TypeError as e:
    print("TypeError:", e)
s = bytearray(b"abc")
s[1:2] = []
print(s, s.isalpha(), s.title(), s.zfill(5), s.center(7, b"-"), repr(bytearray(b"'")), str(bytearray(b"q")))
buf = bytearray()
for i in range(5):
    buf += bytes([48 + i])
print(buf, buf.decode("ascii"), bytes(buf[::-1]), buf.rjust(7, b"."), buf.partition(b"2"))
