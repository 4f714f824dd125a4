# ruff: noqa
# a tiny event loop driving coroutines: awaitable objects with __await__ yielding requests,
# async generators consumed by `async for` and async comprehensions, tasks joined by awaiting
# a Task object, exceptions propagating from an awaited task, virtual time for sleeps
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield ("sleep", self.ticks)


class Task:
    def __init__(self, loop, coro, name):
        self.loop, self.coro, self.name = loop, coro, name
        self.done = False
        self.result = None
        self.error = None
        self.waiters = []

    def step(self, value=None):
        try:
            request = self.coro.send(value)
        except StopIteration as stop:
            self.finish(stop.value, None)
            return
        except Exception as exc:
            self.finish(None, exc)
            return
        kind, arg = request
        if kind == "sleep":
            self.loop.at(self.loop.now + arg, self)
        elif kind == "join":
            if arg.done:
                self.loop.at(self.loop.now, self)
            else:
                arg.waiters.append(self)

    def finish(self, result, error):
        self.done, self.result, self.error = True, result, error
        self.loop.log.append("t=%d %s %s" % (self.loop.now, self.name, "failed" if error else "done"))
        for waiter in self.waiters:
            self.loop.at(self.loop.now, waiter)

    def __await__(self):
        if not self.done:
            yield ("join", self)
        if self.error is not None:
            raise self.error
        return self.result


class Loop:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0
        self.log = []

    def at(self, when, task):
        self.seq += 1
        self.queue.append((when, self.seq, task))
        self.queue.sort()

    def spawn(self, coro, name):
        task = Task(self, coro, name)
        self.at(self.now, task)
        return task

    def run(self, coro):
        main = self.spawn(coro, "main")
        while self.queue:
            when, _, task = self.queue.pop(0)
            self.now = when
            task.step()
        return main.result, main.error


async def ticker(name, count, period):
    for i in range(count):
        await Sleep(period)
        yield "%s%d@%d" % (name, i, LOOP.now)


async def collect(name, count, period):
    return [tick async for tick in ticker(name, count, period)]


async def failing(after):
    await Sleep(after)
    raise ValueError("sensor offline after %d ticks" % after)


async def main():
    a = LOOP.spawn(collect("a", 3, 2), "a")
    b = LOOP.spawn(collect("b", 2, 3), "b")
    bad = LOOP.spawn(failing(4), "bad")
    results = [await a, await b]
    try:
        await bad
    except ValueError as e:
        results.append("caught: %s" % e)
    evens = [t async for t in ticker("e", 4, 1) if int(t[1]) % 2 == 0]
    results.append(evens)
    return results


LOOP = Loop()
result, error = LOOP.run(main())
for item in result:
    print(item)
print(error, LOOP.now)
print("\n".join(LOOP.log))
coro = main()
print(type(coro).__name__, coro.cr_running if hasattr(coro, "cr_running") else "", coro.__name__)
coro.close()
