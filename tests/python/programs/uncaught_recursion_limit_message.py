# ruff: noqa
# exit: 1
# error: RecursionError: maximum recursion depth exceeded
# deep recursion caught and recovered from, sys.setrecursionlimit raising the limit for a deeper
# (but bounded) recursion, then an unbounded recursion left uncaught
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def forever(n):
    return forever(n + 1) + 1


print(depth(500), sys.getrecursionlimit())
try:
    forever(0)
except RecursionError as e:
    print("caught:", type(e).__name__, "|", str(e).split(" while")[0])
old = sys.getrecursionlimit()
sys.setrecursionlimit(3000)
print(depth(2500), sys.getrecursionlimit())
sys.setrecursionlimit(old)


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def length(self):
        return 1 + (self.next.length() if self.next else 0)


head = None
for i in range(300):
    head = Node(i, head)
print(head.length(), head.value, head.next.value)
loop = Node("a")
loop.next = Node("b", loop)
try:
    loop.length()
except RecursionError:
    print("cycle detected by RecursionError")
print(depth(100), "still fine after recovering")
forever(0)
