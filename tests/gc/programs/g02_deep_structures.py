"""Deep structures: a linked list of a million nodes and a degenerate tree; marking and copying
them must not recurse on the C stack."""
# stress: 50021

from kit.rlib import rgc


class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next_node = next_node


class Tree:
    def __init__(self, left, right, value):
        self.left = left
        self.right = right
        self.value = value


def length_and_sum(node):
    count = 0
    total = 0
    while node is not None:
        count += 1
        total += node.value
        node = node.next_node
    return count, total


def entry_point(argv):
    head = Node(0, None)
    for i in range(1, 1000000):
        head = Node(i % 1000, head)
    print(length_and_sum(head))
    rgc.collect()
    print(length_and_sum(head))
    # a left-leaning "tree" as deep as the list
    tree = Tree(None, None, 0)
    for i in range(1, 300000):
        tree = Tree(tree, None, i)
    rgc.collect()
    depth = 0
    t = tree
    while t is not None:
        depth += 1
        t = t.left
    print(depth, tree.value)
    # the list, once old, gets a young tail spliced in at its end
    node = head
    while node.next_node is not None:
        node = node.next_node
    node.next_node = Node(5, None)
    for i in range(100000):
        Node(i, None)
    print(length_and_sum(head))
    return 0
