"""Mutual recursion and a small expression evaluator with an explicit stack."""


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def evaluate(tokens):
    stack = []
    for tok in tokens:
        if tok == "+":
            b = stack.pop()
            a = stack.pop()
            stack.append(a + b)
        elif tok == "*":
            b = stack.pop()
            a = stack.pop()
            stack.append(a * b)
        else:
            stack.append(int(tok))
    return stack.pop()


def entry_point(argv):
    print(is_even(10), is_odd(7), is_even(3))
    print(evaluate("3 4 + 5 *".split()), evaluate(["2", "3", "4", "*", "+"]))
    return 0
