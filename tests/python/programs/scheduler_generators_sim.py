# ruff: noqa
# a cooperative scheduler built on generators: tasks yield commands (sleep, spawn, wait for a
# task), a clock advances to the next wake-up, results flow back through send(), a task that
# fails is reported and the others go on; deterministic output
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Spawn:
    def __init__(self, gen, name):
        self.gen, self.name = gen, name


class Join:
    def __init__(self, name):
        self.name = name


class Scheduler:
    def __init__(self):
        self.clock = 0
        self.ready = []
        self.sleeping = []
        self.waiting = {}
        self.results = {}
        self.log = []

    def spawn(self, gen, name):
        self.ready.append((name, gen, None))

    def finish(self, name, value):
        self.results[name] = value
        for waiter_name, waiter in self.waiting.pop(name, []):
            self.ready.append((waiter_name, waiter, value))

    def step(self, name, gen, value):
        try:
            command = gen.send(value)
        except StopIteration as stop:
            self.log.append("%3d %s finished -> %r" % (self.clock, name, stop.value))
            self.finish(name, stop.value)
            return
        except Exception as e:
            self.log.append("%3d %s failed: %s: %s" % (self.clock, name, type(e).__name__, e))
            self.finish(name, None)
            return
        if isinstance(command, Sleep):
            self.sleeping.append((self.clock + command.ticks, len(self.log), name, gen))
            self.sleeping.sort(key=lambda entry: (entry[0], entry[1]))
        elif isinstance(command, Spawn):
            self.spawn(command.gen, command.name)
            self.ready.append((name, gen, command.name))
        elif isinstance(command, Join):
            if command.name in self.results:
                self.ready.append((name, gen, self.results[command.name]))
            else:
                self.waiting.setdefault(command.name, []).append((name, gen))
        else:
            raise TypeError("task %s yielded %r" % (name, command))

    def run(self):
        while self.ready or self.sleeping:
            while self.ready:
                self.step(*self.ready.pop(0))
            if self.sleeping:
                wake, _, name, gen = self.sleeping.pop(0)
                self.clock = max(self.clock, wake)
                self.step(name, gen, self.clock)
        return self.results


def worker(label, delays):
    total = 0
    for d in delays:
        now = yield Sleep(d)
        total += now
    return "%s:%d" % (label, total)


def faulty():
    yield Sleep(2)
    raise ValueError("disk full")


def coordinator():
    first = yield Spawn(worker("a", [3, 1]), "a")
    second = yield Spawn(worker("b", [1, 1, 1]), "b")
    yield Spawn(faulty(), "bad")
    ra = yield Join(first)
    rb = yield Join(second)
    rbad = yield Join("bad")
    late = yield Join("a")
    return [ra, rb, rbad, late]


sched = Scheduler()
sched.spawn(coordinator(), "main")
sched.spawn(worker("solo", [5]), "solo")
results = sched.run()
print("\n".join(sched.log))
print(results["main"], sched.clock, sorted(results))
