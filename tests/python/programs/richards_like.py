# ruff: noqa
# a task scheduler in the style of the Richards benchmark: tasks with priorities, packets, wait/hold states
class Packet:
    def __init__(self, link, ident, kind):
        self.link, self.ident, self.kind, self.datum = link, ident, kind, 0
        self.data = [0] * 4
class Task:
    def __init__(self, scheduler, ident, priority, work):
        self.ident, self.priority, self.work = ident, priority, work
        self.queue = []
        self.held = False
        self.waiting = False
        self.runs = 0
        self.scheduler = scheduler
    def runnable(self):
        return not self.held and (self.queue or not self.waiting)
class Scheduler:
    def __init__(self):
        self.tasks = []
        self.log = []
        self.holds = 0
        self.queued = 0
    def add(self, ident, priority, work):
        t = Task(self, ident, priority, work)
        self.tasks.append(t)
        self.tasks.sort(key=lambda task: -task.priority)
        return t
    def send(self, target_id, packet):
        for t in self.tasks:
            if t.ident == target_id:
                t.queue.append(packet)
                t.waiting = False
                self.queued += 1
                return
    def run(self, limit):
        steps = 0
        while steps < limit:
            ready = [t for t in self.tasks if t.runnable()]
            if not ready:
                break
            task = ready[0]
            packet = task.queue.pop(0) if task.queue else None
            task.runs += 1
            task.work(task, packet)
            steps += 1
        return steps
sched = Scheduler()
counter = {"count": 0}
def idle(task, packet):
    counter["count"] += 1
    if counter["count"] % 3 == 0:
        sched.send("worker", Packet(None, "worker", "work"))
    if counter["count"] > 30:
        task.held = True
        sched.holds += 1
def worker(task, packet):
    if packet is None:
        task.waiting = True
        return
    packet.datum += len(sched.log)
    sched.log.append(("worker", packet.datum))
    sched.send("device", packet)
def device(task, packet):
    if packet is None:
        task.waiting = True
        return
    sched.log.append(("device", packet.datum % 7))
sched.add("idle", 1, idle)
sched.add("worker", 10, worker)
sched.add("device", 5, device)
steps = sched.run(200)
print(steps, sched.queued, sched.holds, [(t.ident, t.runs) for t in sched.tasks], sched.log[:6], len(sched.log))
