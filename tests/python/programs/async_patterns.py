# ruff: noqa
# async patterns without asyncio: async generators as pipelines, async context managers for resources,
# exceptions crossing awaits, try/finally in coroutines, awaiting in loops and comprehensions
def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value
class Pause:
    def __await__(self):
        yield "pause"
async def numbers(n):
    for i in range(n):
        await Pause()
        yield i
async def squares(source):
    async for v in source:
        yield v * v
async def evens(source):
    async for v in source:
        if v % 2 == 0:
            yield v
async def pipeline():
    return [v async for v in evens(squares(numbers(7)))]
print(run(pipeline()))
log = []
class Connection:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await Pause()
        log.append("open " + self.name)
        return self
    async def __aexit__(self, exc_type, exc, tb):
        await Pause()
        log.append("close %s (%s)" % (self.name, exc_type.__name__ if exc_type else "ok"))
        return False
    async def query(self, q):
        await Pause()
        if q == "bad":
            raise ValueError("bad query")
        return q.upper()
async def session():
    results = []
    async with Connection("db") as conn:
        results.append(await conn.query("select"))
        try:
            await conn.query("bad")
        except ValueError as e:
            results.append("handled: %s" % e)
    try:
        async with Connection("db2") as conn:
            await conn.query("bad")
    except ValueError as e:
        results.append("escaped: %s" % e)
    return results
print(run(session()), log)
async def with_finally():
    try:
        await Pause()
        return "returned"
    finally:
        log.append("finally ran")
print(run(with_finally()), log[-1])
async def raises_later():
    await Pause()
    raise KeyError("deep")
async def middle():
    return await raises_later()
async def top():
    try:
        await middle()
    except KeyError as e:
        return "caught at top: %r" % e
print(run(top()))
async def double(x):
    await Pause()
    return x * 2
async def loops():
    total = 0
    for i in range(4):
        total += await double(i)
    doubled = [await double(i) for i in range(3)]
    mapping = {i: await double(i) for i in range(2)}
    return total, doubled, mapping
print(run(loops()))
async def agen_with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        log.append("agen cleanup")
async def partial_consume():
    g = agen_with_cleanup()
    first = await g.__anext__()
    await g.aclose()
    return first
print(run(partial_consume()), log[-1])
