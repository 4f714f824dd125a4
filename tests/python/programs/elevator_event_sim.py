# ruff: noqa
# a discrete-event simulation of two elevators: a priority queue of timed events built on a binary heap,
# a SCAN dispatching policy, passengers with deterministic arrival times, statistics
class Heap:
    def __init__(self):
        self.items = []
    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[parent] <= items[i]:
                break
            items[parent], items[i] = items[i], items[parent]
            i = parent
    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        i = 0
        n = len(items)
        while True:
            left, right, smallest = 2 * i + 1, 2 * i + 2, i
            if left < n and items[left] < items[smallest]:
                smallest = left
            if right < n and items[right] < items[smallest]:
                smallest = right
            if smallest == i:
                return top
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest
    def __len__(self):
        return len(self.items)
class Passenger:
    count = 0
    def __init__(self, t, src, dst):
        Passenger.count += 1
        self.id = Passenger.count
        self.t = t
        self.src = src
        self.dst = dst
        self.boarded = None
        self.arrived = None
    def __repr__(self):
        return "P%d(%d->%d)" % (self.id, self.src, self.dst)
class Elevator:
    def __init__(self, name, floor, capacity=4):
        self.name = name
        self.floor = floor
        self.direction = 0
        self.riders = []
        self.capacity = capacity
        self.moves = 0
    def targets(self, waiting):
        stops = {p.dst for p in self.riders}
        stops |= {f for f, queue in waiting.items() if queue}
        return stops
    def choose_direction(self, waiting):
        stops = self.targets(waiting)
        if not stops:
            return 0
        if self.direction > 0 and any(s > self.floor for s in stops):
            return 1
        if self.direction < 0 and any(s < self.floor for s in stops):
            return -1
        nearest = min(stops, key=lambda s: (abs(s - self.floor), s))
        return (nearest > self.floor) - (nearest < self.floor)
class Building:
    def __init__(self, floors):
        self.floors = floors
        self.waiting = {f: [] for f in range(floors)}
        self.elevators = [Elevator("A", 0), Elevator("B", floors - 1)]
        self.events = Heap()
        self.seq = 0
        self.log = []
        self.done = []
    def schedule(self, t, kind, payload):
        self.seq += 1
        self.events.push((t, self.seq, kind, payload))
    def run(self, until):
        while self.events:
            t, _, kind, payload = self.events.pop()
            if t > until:
                break
            if kind == "arrive":
                self.waiting[payload.src].append(payload)
                self.log.append("%3d arrive %r" % (t, payload))
            elif kind == "tick":
                self.step(t, payload)
                self.schedule(t + 1, "tick", payload)
    def step(self, t, elevator):
        here = elevator.floor
        leaving = [p for p in elevator.riders if p.dst == here]
        for p in leaving:
            elevator.riders.remove(p)
            p.arrived = t
            self.done.append(p)
            self.log.append("%3d %s drop %r" % (t, elevator.name, p))
        queue = self.waiting[here]
        while queue and len(elevator.riders) < elevator.capacity:
            p = queue.pop(0)
            p.boarded = t
            elevator.riders.append(p)
            self.log.append("%3d %s pick %r" % (t, elevator.name, p))
        if leaving or (p for p in ()):
            pass
        direction = elevator.choose_direction(self.waiting)
        elevator.direction = direction
        if direction:
            elevator.floor += direction
            elevator.moves += 1
seed = 2024
def rand(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (seed >> 33) % n
b = Building(10)
t = 0
for _ in range(18):
    t += rand(4)
    src = rand(10)
    dst = rand(10)
    if dst == src:
        dst = (dst + 3) % 10
    b.schedule(t, "arrive", Passenger(t, src, dst))
for e in b.elevators:
    b.schedule(0, "tick", e)
b.run(120)
print("\n".join(b.log[:40]))
print("...", len(b.log), "log lines")
waits = [p.boarded - p.t for p in b.done]
trips = [p.arrived - p.boarded for p in b.done]
print("delivered", len(b.done), "of", Passenger.count)
print("avg wait %.2f max wait %d avg trip %.2f" % (sum(waits) / len(waits), max(waits), sum(trips) / len(trips)))
print("moves", [(e.name, e.moves, e.floor) for e in b.elevators])
print(sorted(b.done, key=lambda p: (p.arrived - p.t, p.id))[-3:])
h = Heap()
for v in [5, 3, 9, 1, 7, 3, 8, 2]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
