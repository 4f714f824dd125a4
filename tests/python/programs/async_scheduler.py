# ruff: noqa
# a tiny asyncio-like event loop: tasks, sleep with a virtual clock, futures, gathering results, cancellation
class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, value):
        self.done = True
        self.result = value
        for cb in self.callbacks:
            cb(self)
    def __await__(self):
        if not self.done:
            yield self
        return self.result
class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.timers = []
        self.log = []
        self.sequence = 0
    def create_task(self, coro, name):
        task = Task(coro, name, self)
        self.ready.append(task)
        return task
    def sleep(self, delay):
        fut = Future()
        self.sequence += 1
        self.timers.append((self.now + delay, self.sequence, fut))
        return fut
    def run(self):
        while self.ready or self.timers:
            while self.ready:
                task = self.ready.pop(0)
                task.step()
            if self.timers:
                self.timers.sort()
                when, _, fut = self.timers.pop(0)
                self.now = when
                fut.set_result(None)
class Task(Future):
    def __init__(self, coro, name, loop):
        super().__init__()
        self.coro, self.name, self.loop = coro, name, loop
    def step(self, value=None):
        try:
            fut = self.coro.send(value)
        except StopIteration as e:
            self.loop.log.append((self.loop.now, self.name, "done"))
            self.set_result(e.value)
            return
        except Exception as e:
            self.loop.log.append((self.loop.now, self.name, "failed: %s" % e))
            self.set_result(None)
            return
        fut.callbacks.append(lambda f: self.loop.ready.append(self))
loop = Loop()
async def worker(name, delays):
    total = 0
    for d in delays:
        await loop.sleep(d)
        total += d
        loop.log.append((loop.now, name, "slept %d" % d))
    return "%s total %d" % (name, total)
async def failing():
    await loop.sleep(2)
    raise ValueError("bad worker")
async def gather(*tasks):
    results = []
    for t in tasks:
        results.append(await t)
    return results
async def main():
    t1 = loop.create_task(worker("a", [3, 1]), "a")
    t2 = loop.create_task(worker("b", [1, 1, 1]), "b")
    t3 = loop.create_task(failing(), "f")
    results = await gather(t1, t2, t3)
    loop.log.append((loop.now, "main", repr(results)))
loop.create_task(main(), "main")
loop.run()
for entry in loop.log:
    print(entry)
print("clock", loop.now)
