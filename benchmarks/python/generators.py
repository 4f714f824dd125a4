"""Generator pipeline: a source generator feeds filtering, mapping, windowing and batching stages
(generator functions, `yield from`, generator expressions, enumerate, zip, sum, send); every value
crosses several generator frames. Prints totals."""

import sys


def numbers(count, seed):
    state = seed
    for _ in range(count):
        state = (state * 1664525 + 1013904223) & 0xFFFFFFFF
        yield state >> 16


def keep_odd(values):
    for v in values:
        if v & 1:
            yield v


def scaled(values, factor):
    for v in values:
        yield v * factor % 10007


def windows(values, size):
    window = []
    for v in values:
        window.append(v)
        if len(window) == size:
            yield tuple(window)
            window.pop(0)


def batches(values, size):
    batch = []
    for v in values:
        batch.append(v)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def flatten(groups):
    for group in groups:
        yield from group


def running_total():
    """A coroutine: receives numbers with send() and yields the running total."""
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total = (total + value) % 1000000007


def pipeline(count, seed):
    source = scaled(keep_odd(numbers(count, seed)), 31)
    spread = (max(w) - min(w) for w in windows(source, 4))
    acc = running_total()
    next(acc)
    total = 0
    longest = 0
    for i, batch in enumerate(batches(flatten(batches(spread, 7)), 5)):
        total = acc.send(sum(batch) + i)
        longest = max(longest, len(batch))
    pairs = sum(a * b for a, b in zip(numbers(count // 4, seed), numbers(count // 4, seed + 1))) % 1000003
    squares = sum([x * x for x in range(count // 8) if x % 3]) % 1000003
    acc.close()
    return total, longest, pairs, squares


def main(rounds):
    results = []
    for r in range(rounds):
        results.append(pipeline(20000, r + 1))
    checksum = 0
    for total, longest, pairs, squares in results:
        checksum = (checksum * 131 + total + longest + pairs + squares) % 1000000007
    print("generators: rounds=%d checksum=%d last=%r" % (rounds, checksum, results[-1]))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
