# ruff: noqa
# async for, async with, async generators, async comprehensions, driven without asyncio
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Tick:
    def __await__(self):
        yield
class ARange:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1
class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is KeyError
async def main():
    out = []
    async for v in ARange(3):
        out.append(v)
    async with Resource("db") as r:
        out.append(r)
    async with Resource("suppress"):
        raise KeyError("hidden")
    try:
        async with Resource("propagate"):
            raise ValueError("visible")
    except ValueError as e:
        out.append(str(e))
    async for v in ARange(2):
        pass
    else:
        out.append("for-else")
    return out
print(run(main()))
async def agen(n):
    for i in range(n):
        await Tick()
        yield i * i
    print("agen finished")
async def consume():
    got = [v async for v in agen(4)]
    evens = [v async for v in agen(5) if v % 2 == 0]
    total = 0
    async for v in agen(3):
        total += v
    return got, evens, total
print(run(consume()))
async def gen_send():
    x = yield 1
    print("agen received", x)
    yield x * 2
async def drive():
    g = gen_send()
    first = await g.__anext__()
    second = await g.asend(21)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("async generator exhausted")
    return first, second
print(run(drive()))
a = agen(1)
print(type(a).__name__, type(a.__anext__()).__name__ if False else "", hasattr(a, "__aiter__"), a.__aiter__() is a)
async def with_ctx():
    async with Resource("a") as x, Resource("b") as y:
        return x + y
print(run(with_ctx()))
async def awaits_in_comprehension():
    async def double(v):
        return v * 2
    return [await double(i) for i in range(3)]
print(run(awaits_in_comprehension()))
