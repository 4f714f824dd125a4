"""Scheduler simulation in the shape of Richards: an idle task, a worker, two handlers and two
devices pass packets through a priority scheduler. Small objects, attribute reads and writes,
polymorphic method calls and linked lists. Prints the scheduler's counters."""

import sys

# task states: a packet is waiting (1), the task is suspended (2), the task is held (4)
PACKET_PENDING = 1
SUSPENDED = 2
HELD = 4

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 1, 2, 3, 4, 5, 6
DEVICE_PACKET, WORK_PACKET = 0, 1


class Packet:
    def __init__(self, link, destination, kind):
        self.link = link
        self.destination = destination
        self.kind = kind
        self.count = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        """This packet at the end of queue; returns the queue's new head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, link, ident, priority, queue, state):
        self.link = link
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = state

    @property
    def runnable(self):
        return not (self.state & HELD) and self.state != SUSPENDED

    def take_packet(self):
        """The first waiting packet (None when the task runs without one)."""
        if self.state != PACKET_PENDING | SUSPENDED:
            return None
        packet = self.queue
        self.queue = packet.link
        self.state = PACKET_PENDING if self.queue is not None else 0
        return packet

    def receive(self, packet, current):
        if self.queue is None:
            self.queue = packet
            self.state = (self.state & (SUSPENDED | HELD)) | PACKET_PENDING
            self.state &= ~SUSPENDED
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current

    def run(self, packet, scheduler):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, link, ident, priority, queue, state, count):
        super().__init__(link, ident, priority, queue, state)
        self.seed = 1
        self.count = count

    def run(self, packet, scheduler):
        self.count -= 1
        if self.count == 0:
            return scheduler.hold_current()
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return scheduler.release(DEVICE_B)
        self.seed >>= 1
        return scheduler.release(DEVICE_A)


class WorkerTask(Task):
    def __init__(self, link, ident, priority, queue, state):
        super().__init__(link, ident, priority, queue, state)
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, packet, scheduler):
        if packet is None:
            return scheduler.suspend_current()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.destination = self.destination
        packet.count = 0
        for i in range(4):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return scheduler.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, link, ident, priority, queue, state):
        super().__init__(link, ident, priority, queue, state)
        self.work = None
        self.devices = None

    def run(self, packet, scheduler):
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            if work.count >= 4:
                self.work = work.link
                return scheduler.queue_packet(work)
            device = self.devices
            if device is not None:
                self.devices = device.link
                device.count = work.data[work.count]
                work.count += 1
                return scheduler.queue_packet(device)
        return scheduler.suspend_current()


class DeviceTask(Task):
    def __init__(self, link, ident, priority, queue, state):
        super().__init__(link, ident, priority, queue, state)
        self.pending = None

    def run(self, packet, scheduler):
        if packet is None:
            pending = self.pending
            if pending is None:
                return scheduler.suspend_current()
            self.pending = None
            return scheduler.queue_packet(pending)
        self.pending = packet
        return scheduler.hold_current()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.first = None
        self.current = None
        self.queued = 0
        self.held = 0

    def add(self, task):
        self.first = task
        self.tasks[task.ident] = task

    def run(self):
        task = self.first
        while task is not None:
            if task.runnable:
                self.current = task
                task = task.run(task.take_packet(), self)
            else:
                task = task.link

    def release(self, ident):
        task = self.tasks[ident]
        task.state &= ~HELD
        if task.priority > self.current.priority:
            return task
        return self.current

    def hold_current(self):
        self.held += 1
        self.current.state |= HELD
        return self.current.link

    def suspend_current(self):
        self.current.state |= SUSPENDED
        return self.current

    def queue_packet(self, packet):
        task = self.tasks[packet.destination]
        self.queued += 1
        packet.link = None
        packet.destination = self.current.ident
        return task.receive(packet, self.current)


def packets(destination, kind, how_many):
    queue = None
    for _ in range(how_many):
        queue = Packet(queue, destination, kind)
    return queue


def run_once(idle_count):
    s = Scheduler()
    s.add(IdleTask(s.first, IDLE, 0, None, 0, idle_count))
    s.add(WorkerTask(s.first, WORKER, 1000, packets(WORKER, WORK_PACKET, 2), PACKET_PENDING | SUSPENDED))
    s.add(HandlerTask(s.first, HANDLER_A, 2000, packets(DEVICE_A, DEVICE_PACKET, 3), PACKET_PENDING | SUSPENDED))
    s.add(HandlerTask(s.first, HANDLER_B, 3000, packets(DEVICE_B, DEVICE_PACKET, 3), PACKET_PENDING | SUSPENDED))
    s.add(DeviceTask(s.first, DEVICE_A, 4000, None, SUSPENDED))
    s.add(DeviceTask(s.first, DEVICE_B, 5000, None, SUSPENDED))
    s.run()
    return s


def main(rounds):
    total = 0
    s = None
    for _ in range(rounds):
        s = run_once(10000)
        total += s.queued + s.held
    print("richards: rounds=%d queued=%d held=%d total=%d" % (rounds, s.queued, s.held, total))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
