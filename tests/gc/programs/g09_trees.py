"""Binary trees built top-down (the parent is older than its children: write barrier) and
bottom-up, with a long-lived tree that survives many collections."""
# stress: 53


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def populate(depth, node):
    while depth > 0:
        depth -= 1
        node.left = Node(None, None)
        node.right = Node(None, None)
        populate(depth, node.left)
        node = node.right


def make(depth):
    if depth <= 0:
        return Node(None, None)
    return Node(make(depth - 1), make(depth - 1))


def count(node):
    if node is None:
        return 0
    return 1 + count(node.left) + count(node.right)


def entry_point(argv):
    long_lived = Node(None, None)
    populate(14, long_lived)
    built = 0
    for depth in range(2, 12, 2):
        for _ in range(2000 >> depth):
            top = Node(None, None)
            populate(depth, top)
            built += count(top) + count(make(depth))
    print(built, count(long_lived))
    return 0
