# ruff: noqa
# a doubly linked list implementing the sequence protocols: iteration both ways, indexing with
# negative indices and slices, insertion/removal, equality and ordering against lists, repr,
# __contains__, __len__, __bool__, copy, extend through +=, and error messages like list's
class Node:
    __slots__ = ("value", "prev", "next")

    def __init__(self, value):
        self.value = value
        self.prev = self.next = None


class LinkedList:
    def __init__(self, items=()):
        self.head = self.tail = None
        self.size = 0
        for item in items:
            self.append(item)

    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev, self.tail.next = self.tail, node
            self.tail = node
        self.size += 1

    def appendleft(self, value):
        node = Node(value)
        if self.head is None:
            self.head = self.tail = node
        else:
            node.next, self.head.prev = self.head, node
            self.head = node
        self.size += 1

    def _node(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("linked list index out of range")
        if index < self.size // 2:
            node = self.head
            for _ in range(index):
                node = node.next
        else:
            node = self.tail
            for _ in range(self.size - 1 - index):
                node = node.prev
        return node

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(self[i] for i in range(*index.indices(self.size)))
        return self._node(index).value

    def __setitem__(self, index, value):
        self._node(index).value = value

    def __delitem__(self, index):
        node = self._node(index)
        if node.prev:
            node.prev.next = node.next
        else:
            self.head = node.next
        if node.next:
            node.next.prev = node.prev
        else:
            self.tail = node.prev
        self.size -= 1

    def pop(self, index=-1):
        if not self.size:
            raise IndexError("pop from empty linked list")
        value = self[index]
        del self[index]
        return value

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __reversed__(self):
        node = self.tail
        while node:
            yield node.value
            node = node.prev

    def __len__(self):
        return self.size

    def __eq__(self, other):
        if isinstance(other, (LinkedList, list)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __lt__(self, other):
        return list(self) < list(other)

    def __iadd__(self, other):
        for item in other:
            self.append(item)
        return self

    def __repr__(self):
        return "LinkedList([%s])" % ", ".join(map(repr, self))


ll = LinkedList("abc")
ll.appendleft("z")
ll += [1, 2]
print(ll, len(ll), ll[0], ll[-1], ll[2], ll[1:4], ll[::-2], list(reversed(ll)))
ll[1] = "A"
del ll[0]
del ll[-1]
print(ll, ll.pop(), ll.pop(0), ll, "b" in ll, "q" in ll, bool(ll), bool(LinkedList()))
print(ll == ["b", "c"], ll == LinkedList("bc"), ll != ["c", "b"], ll < ["c"], ll == "bc", sorted(LinkedList([3, 1, 2])))
for bad in (lambda: ll[5], lambda: LinkedList().pop(), lambda: ll["x"] if False else ll[-3]):
    try:
        bad()
    except IndexError as e:
        print("IndexError:", e)
big = LinkedList(range(1000))
print(big[500], big[-500], sum(big), max(big), big[990:995], len(big[::7]))
while len(big) > 3:
    big.pop(len(big) // 2)
print(big, list(enumerate(big)), dict(zip(big, "xyz")))
