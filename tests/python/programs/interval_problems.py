# ruff: noqa
# interval problems: merging, insertion, meeting rooms (sweep line), range coverage, free slots
def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out
print(merge([(1, 3), (2, 6), (8, 10), (15, 18)]), merge([(1, 4), (4, 5)]), merge([]), merge([(5, 7), (1, 10)]))
def rooms_needed(meetings):
    events = sorted([(s, 1) for s, _ in meetings] + [(e, -1) for _, e in meetings])
    current = best = 0
    for _, delta in events:
        current += delta
        best = max(best, current)
    return best
print(rooms_needed([(0, 30), (5, 10), (15, 20)]), rooms_needed([(7, 10), (2, 4)]), rooms_needed([(1, 5), (2, 6), (3, 7), (4, 8)]))
def free_slots(busy, day_start, day_end):
    slots, cursor = [], day_start
    for s, e in merge(busy):
        if s > cursor:
            slots.append((cursor, s))
        cursor = max(cursor, e)
    if cursor < day_end:
        slots.append((cursor, day_end))
    return slots
print(free_slots([(9, 10), (12, 13), (9.5, 11)], 8, 17))
def covered_length(intervals):
    return sum(e - s for s, e in merge(intervals))
print(covered_length([(1, 3), (2, 5), (10, 11)]), covered_length([(0, 1)] * 3))
