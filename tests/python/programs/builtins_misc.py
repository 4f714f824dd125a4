# ruff: noqa
# less common builtins: __import__, memoryview, aiter/anext, exit() as SystemExit, vars/locals in functions,
# hash of various, callable on classes/instances, format with objects, divmod on floats
m = __import__("math")
print(m.floor(2.7), __import__("sys").maxsize > 0, type(m).__name__)
data = bytearray(b"hello world")
view = memoryview(data)
print(len(view), view[0], view[-1], view[6:].tobytes(), view[::2].tolist(), view.readonly, view.nbytes, view.format)
view[0] = ord("H")
view[6:11] = b"WORLD"
print(data, bytes(view[:5]), view.obj is data, memoryview(b"ro").readonly)
try:
    memoryview(b"ro")[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    memoryview("text")
except TypeError as e:
    print("TypeError:", e)
with memoryview(b"ctx") as mv:
    print(mv.tobytes(), mv.hex())
try:
    mv.tobytes()
except ValueError as e:
    print("ValueError:", e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def use_anext():
    it = aiter(Countdown(2))
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, "exhausted")
    return a, b, c
coro = use_anext()
try:
    coro.send(None)
except StopIteration as e:
    print("anext results:", e.value)
try:
    exit(3)
except SystemExit as e:
    print("exit() raised SystemExit", e.code)
try:
    quit()
except SystemExit as e:
    print("quit() code", e.code)
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1), sorted(vars().keys() & {"m", "data", "view"}))
print(callable(int), callable(3), callable(print), callable(type("T", (), {"__call__": lambda self: 0})()))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), format(1234.5678, ",.2f"), format("x", "^5"))
print(abs(-2 ** 63), round(-0.5), round(0.5000001), pow(-2, 3), pow(2.0, -1), hash(-1) == hash(-2))
print(min("b", "a", key=str.upper), max([], default=None), sorted({3, 1, 2}), list(reversed(range(3))))
