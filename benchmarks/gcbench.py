"""GCBench, the classic collector benchmark (after Ellis, Kovac and Boehm), as an RPython target:
binary trees built top-down and bottom-up (short-lived), one long-lived tree and a large float
array that stay alive throughout.  Runs the same on CPython (`python benchmarks/gcbench.py`)
and translated (`kit translate benchmarks/gcbench.py`).  Usage: gcbench [MAX_DEPTH [LONG_LIVED_DEPTH]]
"""

import os
import time

STRETCH_EXTRA = 2
ARRAY_SIZE = 500000
MIN_TREE_DEPTH = 4


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right
        self.i = 0
        self.j = 0


def tree_size(depth):
    """Nodes in a complete binary tree of this depth."""
    return (1 << (depth + 1)) - 1


def iterations(depth, max_depth):
    return 2 * tree_size(max_depth) // tree_size(depth)


def populate(depth, node):
    """Build a tree top-down: the parent exists (and is old) before its children."""
    while depth > 0:
        depth -= 1
        node.left = Node(None, None)
        node.right = Node(None, None)
        populate(depth, node.left)
        node = node.right


def make_tree(depth):
    """Build a tree bottom-up: the children exist before their parent."""
    if depth <= 0:
        return Node(None, None)
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def check_tree(node):
    count = 0
    stack = [node]
    while stack:
        n = stack.pop()
        count += 1
        if n.left is not None:
            stack.append(n.left)
        if n.right is not None:
            stack.append(n.right)
    return count


def time_construction(depth, max_depth):
    count = iterations(depth, max_depth)
    for _ in range(count):
        root = Node(None, None)
        populate(depth, root)
    for _ in range(count):
        make_tree(depth)
    return count


def say(text):
    os.write(1, (text + "\n").encode())


def run(max_depth, long_lived_depth):
    start = time.perf_counter()
    say("Stretching memory with a binary tree of depth %d" % (max_depth + STRETCH_EXTRA))
    make_tree(max_depth + STRETCH_EXTRA)

    say("Creating a long-lived binary tree of depth %d" % long_lived_depth)
    long_lived = Node(None, None)
    populate(long_lived_depth, long_lived)

    say("Creating a long-lived array of %d doubles" % ARRAY_SIZE)
    array = [0.0] * ARRAY_SIZE
    for i in range(ARRAY_SIZE // 2):
        array[i] = 1.0 / (i + 1)

    depth = MIN_TREE_DEPTH
    while depth <= max_depth:
        count = time_construction(depth, max_depth)
        say("%d trees of depth %d built top-down and bottom-up" % (count, depth))
        depth += 2

    if check_tree(long_lived) != tree_size(long_lived_depth) or array[1000] != 1.0 / 1001:
        say("Failed: the long-lived data did not survive")
        return 1
    say("Long-lived tree and array intact: %d nodes" % tree_size(long_lived_depth))
    os.write(2, ("gcbench: %.3f s\n" % (time.perf_counter() - start)).encode())
    return 0


def entry_point(argv):
    max_depth = 16
    long_lived_depth = 16
    if len(argv) > 1:
        max_depth = int(argv[1])
    if len(argv) > 2:
        long_lived_depth = int(argv[2])
    return run(max_depth, long_lived_depth)


if __name__ == "__main__":
    import sys
    sys.setrecursionlimit(10000)
    raise SystemExit(entry_point(sys.argv))
