# ruff: noqa
# CPU scheduling algorithms compared on the same workload: FCFS, SJF (non-preemptive), SRTF (preemptive),
# round robin with a quantum, and priority with aging; Gantt charts, waiting/turnaround statistics, and
# generator-based processes that yield I/O bursts to a cooperative scheduler
PROCS = [("P1", 0, 7, 3), ("P2", 2, 4, 1), ("P3", 4, 1, 4), ("P4", 5, 4, 2), ("P5", 6, 2, 5), ("P6", 15, 3, 1)]
def stats(name, finish, gantt):
    waits, tats = [], []
    for pid, arrival, burst, _ in PROCS:
        tat = finish[pid] - arrival
        tats.append(tat)
        waits.append(tat - burst)
    chart = "".join("%s[%d-%d]" % (pid, a, b) for pid, a, b in gantt)
    print("%-6s avg wait %5.2f avg tat %5.2f | %s" % (name, sum(waits) / len(waits), sum(tats) / len(tats), chart))
def merge(gantt):
    out = []
    for pid, a, b in gantt:
        if out and out[-1][0] == pid and out[-1][2] == a:
            out[-1] = (pid, out[-1][1], b)
        else:
            out.append((pid, a, b))
    return out
def fcfs():
    t, finish, gantt = 0, {}, []
    for pid, arrival, burst, _ in sorted(PROCS, key=lambda p: p[1]):
        t = max(t, arrival)
        gantt.append((pid, t, t + burst))
        t += burst
        finish[pid] = t
    return finish, gantt
def sjf():
    t, finish, gantt = 0, {}, []
    pending = list(PROCS)
    while pending:
        ready = [p for p in pending if p[1] <= t]
        if not ready:
            t = min(p[1] for p in pending)
            continue
        p = min(ready, key=lambda p: (p[2], p[1]))
        pending.remove(p)
        gantt.append((p[0], t, t + p[2]))
        t += p[2]
        finish[p[0]] = t
    return finish, gantt
def srtf():
    remaining = {p[0]: p[2] for p in PROCS}
    arrival = {p[0]: p[1] for p in PROCS}
    t, finish, gantt = 0, {}, []
    while remaining:
        ready = [pid for pid in remaining if arrival[pid] <= t]
        if not ready:
            t += 1
            continue
        pid = min(ready, key=lambda q: (remaining[q], arrival[q]))
        gantt.append((pid, t, t + 1))
        remaining[pid] -= 1
        t += 1
        if remaining[pid] == 0:
            del remaining[pid]
            finish[pid] = t
    return finish, merge(gantt)
def round_robin(quantum):
    remaining = {p[0]: p[2] for p in PROCS}
    arrivals = sorted(PROCS, key=lambda p: p[1])
    queue, t, finish, gantt, i = [], 0, {}, [], 0
    while remaining:
        while i < len(arrivals) and arrivals[i][1] <= t:
            queue.append(arrivals[i][0])
            i += 1
        if not queue:
            t = arrivals[i][1]
            continue
        pid = queue.pop(0)
        run = min(quantum, remaining[pid])
        gantt.append((pid, t, t + run))
        t += run
        remaining[pid] -= run
        while i < len(arrivals) and arrivals[i][1] <= t:
            queue.append(arrivals[i][0])
            i += 1
        if remaining[pid]:
            queue.append(pid)
        else:
            del remaining[pid]
            finish[pid] = t
    return finish, merge(gantt)
def priority_aging(age_every=3):
    remaining = {p[0]: p[2] for p in PROCS}
    info = {p[0]: p for p in PROCS}
    prio = {p[0]: p[3] for p in PROCS}
    waited = {p[0]: 0 for p in PROCS}
    t, finish, gantt = 0, {}, []
    while remaining:
        ready = [pid for pid in remaining if info[pid][1] <= t]
        if not ready:
            t += 1
            continue
        pid = min(ready, key=lambda q: (prio[q], info[q][1]))
        gantt.append((pid, t, t + 1))
        for other in ready:
            if other != pid:
                waited[other] += 1
                if waited[other] % age_every == 0 and prio[other] > 1:
                    prio[other] -= 1
        remaining[pid] -= 1
        t += 1
        if not remaining[pid]:
            del remaining[pid]
            finish[pid] = t
    return finish, merge(gantt)
for name, result in [("FCFS", fcfs()), ("SJF", sjf()), ("SRTF", srtf()), ("RR2", round_robin(2)), ("RR4", round_robin(4)),
                     ("PRIO", priority_aging())]:
    stats(name, *result)
def process(name, pattern):
    for kind, amount in pattern:
        result = yield (kind, amount)
        print("  %s finished %s %d at t=%d" % (name, kind, amount, result))
    return name.upper()
def cooperative(procs):
    t = 0
    ready = [(name, gen, None) for name, gen in procs]
    blocked = []
    done = []
    while ready or blocked:
        if not ready:
            blocked.sort(key=lambda b: (b[0], b[1]))
            wake, name, gen = blocked.pop(0)
            t = max(t, wake)
            ready.append((name, gen, t))
            continue
        name, gen, value = ready.pop(0)
        try:
            kind, amount = gen.send(value)
        except StopIteration as e:
            done.append((e.value, t))
            continue
        if kind == "cpu":
            t += amount
            ready.append((name, gen, t))
        else:
            blocked.append((t + amount, name, gen))
    return done
procs = [("editor", process("editor", [("cpu", 2), ("io", 5), ("cpu", 1)])),
         ("compiler", process("compiler", [("cpu", 4), ("cpu", 3), ("io", 2)])),
         ("player", process("player", [("io", 1), ("cpu", 1), ("io", 1), ("cpu", 1)]))]
for gen_name, gen in procs:
    next(gen)
procs = [(n, g) for n, g in procs]
print(cooperative([(n, process(n, p)) for n, p in [("a", [("cpu", 3), ("io", 4)]), ("b", [("io", 2), ("cpu", 2)])]]))
