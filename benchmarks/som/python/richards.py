"""Twin of Richards.som: six tasks (idle, worker, two handlers, two devices) exchange packets
through a priority scheduler. Task identities: 1 idle, 2 worker, 3 and 4 handlers, 5 and 6 devices."""

import sys


class Packet:
    def __init__(self, link: "Packet | None", ident: int, kind: int) -> None:
        self.link = link
        self.ident = ident
        self.kind = kind
        self.count = 0
        self.data = [0] * 4

    def append_to(self, queue: "Packet | None") -> "Packet":
        """Put this packet at the end of queue; answers the queue's head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while (following := last.link) is not None:
            last = following
        last.link = self
        return queue


class Task:
    """State bits: a packet is pending (1), the task waits (2), the task is held (4)."""

    def __init__(self, link, ident: int, priority: int, queue, behaviour, state: int) -> None:
        self.link = link
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.behaviour = behaviour
        self.state = state

    def is_held_or_suspended(self) -> bool:
        return (self.state & 4) != 0 or self.state == 2

    def is_waiting_with_packet(self) -> bool:
        return self.state == 3

    def mark_held(self) -> None:
        self.state = (self.state & 3) + 4

    def mark_not_held(self) -> None:
        self.state = self.state & 3

    def mark_runnable(self) -> None:
        self.state = (self.state & 6) + 1

    def mark_suspended(self) -> None:
        self.state = (self.state & 5) + 2

    def run_in(self, scheduler: "Scheduler") -> "Task | None":
        if self.is_waiting_with_packet():
            packet = self.queue
            self.queue = packet.link
            self.state = 0 if self.queue is None else 1
        else:
            packet = None
        return self.behaviour.run(packet, scheduler)

    def receive(self, packet: Packet, current: "Task") -> "Task":
        if self.queue is not None:
            self.queue = packet.append_to(self.queue)
            return current
        self.queue = packet
        self.mark_runnable()
        if self.priority > current.priority:
            return self
        return current


class Idle:
    def __init__(self, count: int) -> None:
        self.seed = 1
        self.remaining = count

    def run(self, packet, scheduler):
        self.remaining = self.remaining - 1
        if self.remaining == 0:
            return scheduler.hold_current()
        if (self.seed & 1) == 0:
            self.seed = self.seed >> 1
            return scheduler.release(5)
        self.seed = (self.seed >> 1) ^ 53256
        return scheduler.release(6)


class Device:
    def __init__(self) -> None:
        self.pending = None

    def run(self, packet, scheduler):
        if packet is None:
            if self.pending is None:
                return scheduler.suspend_current()
            done = self.pending
            self.pending = None
            return scheduler.queue_packet(done)
        self.pending = packet
        return scheduler.hold_current()


class Worker:
    def __init__(self) -> None:
        self.destination = 3
        self.letter = 0

    def run(self, packet, scheduler):
        if packet is None:
            return scheduler.suspend_current()
        self.destination = 4 if self.destination == 3 else 3
        packet.ident = self.destination
        packet.count = 0
        data = packet.data
        for i in range(4):
            self.letter = self.letter + 1
            if self.letter > 26:
                self.letter = 1
            data[i] = self.letter
        return scheduler.queue_packet(packet)


class Handler:
    def __init__(self) -> None:
        self.works = None
        self.devices = None

    def run(self, packet, scheduler):
        if packet is not None:
            if packet.kind == 1:
                self.works = packet.append_to(self.works)
            else:
                self.devices = packet.append_to(self.devices)
        if self.works is not None:
            work = self.works
            count = work.count
            if count < 4:
                if self.devices is not None:
                    device = self.devices
                    self.devices = device.link
                    device.count = work.data[count]
                    work.count = count + 1
                    return scheduler.queue_packet(device)
            else:
                self.works = work.link
                return scheduler.queue_packet(work)
        return scheduler.suspend_current()


class Scheduler:
    def __init__(self) -> None:
        self.tasks = [None] * 7
        self.list = None
        self.current = None
        self.current_ident = 0
        self.queue_count = 0
        self.hold_count = 0

    def add_task(self, ident, priority, queue, behaviour, state) -> None:
        self.list = Task(self.list, ident, priority, queue, behaviour, state)
        self.tasks[ident] = self.list

    def schedule(self) -> None:
        self.current = self.list
        while self.current is not None:
            if self.current.is_held_or_suspended():
                self.current = self.current.link
            else:
                self.current_ident = self.current.ident
                self.current = self.current.run_in(self)

    def release(self, ident: int) -> Task:
        task = self.tasks[ident]
        task.mark_not_held()
        if task.priority > self.current.priority:
            return task
        return self.current

    def hold_current(self):
        self.hold_count = self.hold_count + 1
        self.current.mark_held()
        return self.current.link

    def suspend_current(self):
        self.current.mark_suspended()
        return self.current

    def queue_packet(self, packet: Packet):
        task = self.tasks[packet.ident]
        self.queue_count = self.queue_count + 1
        packet.link = None
        packet.ident = self.current_ident
        return task.receive(packet, self.current)


def run_once() -> Scheduler:
    scheduler = Scheduler()
    scheduler.add_task(1, 0, None, Idle(10000), 0)
    queue = Packet(None, 2, 1)
    queue = Packet(queue, 2, 1)
    scheduler.add_task(2, 1000, queue, Worker(), 3)
    queue = Packet(None, 5, 0)
    queue = Packet(queue, 5, 0)
    queue = Packet(queue, 5, 0)
    scheduler.add_task(3, 2000, queue, Handler(), 3)
    queue = Packet(None, 6, 0)
    queue = Packet(queue, 6, 0)
    queue = Packet(queue, 6, 0)
    scheduler.add_task(4, 3000, queue, Handler(), 3)
    scheduler.add_task(5, 4000, None, Device(), 2)
    scheduler.add_task(6, 5000, None, Device(), 2)
    scheduler.schedule()
    return scheduler


def main(rounds: int) -> None:
    queued = 0
    held = 0
    scheduler = None
    for _ in range(rounds):
        scheduler = run_once()
        queued = queued + scheduler.queue_count
        held = held + scheduler.hold_count
    print(f"Richards: rounds={rounds} queued={scheduler.queue_count} held={scheduler.hold_count} "
          f"total={queued + held}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 70)
