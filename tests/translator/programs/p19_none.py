"""None-able references: instances, strings, lists and dicts that may be None."""


class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next


def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


def find_name(names, key):
    for name in names:
        if name.startswith(key):
            return name
    return None


def entry_point(argv):
    node = build(5)
    total = 0
    while node is not None:
        total += node.value
        node = node.next
    print(total)
    found = find_name(["apple", "banana"], "ba")
    missing = find_name(["apple"], "z")
    print(found, missing is None)
    if found:
        print(found.upper())
    items = None
    if len(argv) >= 1:
        items = [1, 2]
    if items is not None:
        print(len(items))
    return 0
