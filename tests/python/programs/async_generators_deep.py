# ruff: noqa
# async generators and coroutines driven by a hand-written event loop: asend/athrow/aclose, async for with
# break (aclose runs finally), async comprehensions, custom awaitables via __await__, async context managers
# with exceptions, gathering tasks with a ready queue and sleeping by ticks
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)
        return self.ticks
class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro, None))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda item: (item[0], item[1]))
                wake, name, coro = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((name, coro, None))
                continue
            name, coro, value = self.ready.pop(0)
            try:
                request = coro.send(value)
            except StopIteration as e:
                self.results[name] = e.value
                print("t=%d %s finished -> %r" % (self.now, name, e.value))
                continue
            except Exception as e:
                self.results[name] = e
                print("t=%d %s failed: %s: %s" % (self.now, name, type(e).__name__, e))
                continue
            kind, arg = request
            if kind == "sleep":
                self.sleeping.append((self.now + arg, name, coro))
async def ticker(name, count, step):
    for i in range(count):
        yield "%s%d@%d" % (name, i, loop.now)
        await Sleep(step)
async def consumer(name, agen, limit):
    seen = []
    async for item in agen:
        seen.append(item)
        if len(seen) >= limit:
            break
    return seen
log = []
async def guarded(n):
    try:
        for i in range(n):
            log.append("yield %d" % i)
            yield i
            await Sleep(1)
    finally:
        log.append("guarded finally")
async def breaker():
    agen = guarded(10)
    async for v in agen:
        if v == 2:
            break
    await agen.aclose()
    return log[:]
async def comprehension():
    squares = [v * v async for v in guarded(4)]
    evens = {v async for v in guarded(5) if v % 2 == 0}
    return squares, sorted(evens)
async def protocol():
    out = []
    async def echo():
        received = None
        try:
            while True:
                try:
                    received = yield ("echo", received)
                except KeyError as e:
                    received = "caught %s" % e
        finally:
            out.append("echo closed")
    agen = echo()
    out.append(await agen.asend(None))
    out.append(await agen.asend("hello"))
    out.append(await agen.athrow(KeyError("k")))
    await agen.aclose()
    try:
        await agen.asend("after close")
    except StopAsyncIteration:
        out.append("StopAsyncIteration")
    return out
class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await Sleep(1)
        print("t=%d open %s" % (loop.now, self.name))
        return self
    async def __aexit__(self, typ, exc, tb):
        await Sleep(1)
        print("t=%d close %s (%s)" % (loop.now, self.name, typ.__name__ if typ else "ok"))
        return typ is ValueError
async def use_resources():
    async with Resource("db") as db, Resource("cache"):
        await Sleep(2)
        raise ValueError("swallowed by __aexit__")
    async with Resource("file"):
        pass
    try:
        async with Resource("net"):
            raise KeyError("escapes")
    except KeyError as e:
        return "caught %s" % e
async def failing():
    await Sleep(3)
    raise RuntimeError("task failure")
async def waiter():
    total = 0
    for step in (1, 2, 3):
        total += await Sleep(step)
    return total
loop = Loop()
loop.spawn("consumer-a", consumer("a", ticker("a", 5, 2), 3))
loop.spawn("consumer-b", consumer("b", ticker("b", 3, 3), 10))
loop.spawn("breaker", breaker())
loop.spawn("comprehension", comprehension())
loop.spawn("protocol", protocol())
loop.spawn("resources", use_resources())
loop.spawn("failing", failing())
loop.spawn("waiter", waiter())
loop.run()
print(sorted((k, v) for k, v in loop.results.items() if not isinstance(v, Exception)))
# async generator introspection
async def agen_fn():
    yield 1
ag = agen_fn()
print(type(ag).__name__, hasattr(ag, "__anext__"), hasattr(ag, "asend"), ag.ag_running, agen_fn.__name__)
async def coro_fn():
    return 1
co = coro_fn()
print(type(co).__name__, co.cr_running, co.__name__)
try:
    co.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
# awaiting something that is not awaitable
async def bad_await():
    await 5
try:
    bad_await().send(None)
except TypeError as e:
    print("TypeError:", e)
class BadAwait:
    def __await__(self):
        return 5
async def bad_await2():
    await BadAwait()
try:
    bad_await2().send(None)
except TypeError as e:
    print("TypeError:", e)
