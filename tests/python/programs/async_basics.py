# ruff: noqa
# async/await without asyncio: coroutines driven by send(), awaitables with __await__, a tiny event loop
class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        got = yield ("sleep", self.n)
        return got
async def worker(name, steps):
    total = 0
    for i in range(steps):
        r = await Sleep(i)
        total += r
        print(name, "step", i, "got", r)
    return name + " done " + str(total)
def run(coro):
    value = None
    try:
        while True:
            request = coro.send(value)
            value = request[1] * 10
    except StopIteration as e:
        return e.value
print(run(worker("w1", 3)))
async def add(a, b):
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return y
c = compute()
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
def scheduler(coros):
    ready = list(coros)
    results = {}
    while ready:
        name, coro = ready.pop(0)
        try:
            coro.send(None)
            ready.append((name, coro))
        except StopIteration as e:
            results[name] = e.value
    return results
class Yield:
    def __await__(self):
        yield
async def task(name, n):
    for i in range(n):
        print("task", name, i)
        await Yield()
    return n * 100
print(scheduler([("a", task("a", 2)), ("b", task("b", 3))]))
async def raiser():
    await Yield()
    raise ValueError("inside coroutine")
co = raiser()
co.send(None)
try:
    co.send(None)
except ValueError as e:
    print("ValueError:", e)
co2 = task("t", 5)
co2.send(None)
co2.close()
print("closed coroutine", co2.cr_frame)
async def never():
    pass
n = never()
print(n.cr_running, n.cr_frame is not None)
n.close()
try:
    await_outside = compile("await x", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
class BadAwait:
    def __await__(self):
        return 5
async def uses_bad():
    await BadAwait()
try:
    uses_bad().send(None)
except TypeError as e:
    print("TypeError:", e)
async def await_int():
    await 5
try:
    await_int().send(None)
except TypeError as e:
    print("TypeError:", e)
co3 = add(1, 2)
try:
    co3.send(None)
except StopIteration as e:
    print(e.value)
try:
    co3.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
