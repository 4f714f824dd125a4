# ruff: noqa
# deep recursion is caught as RecursionError; mutual recursion, memoization
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
memo = {}


def ways(n):
    if n in memo:
        return memo[n]
    result = 1 if n <= 1 else ways(n - 1) + ways(n - 2)
    memo[n] = result
    return result


print(ways(90), ways(200))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(10), is_odd(7))
