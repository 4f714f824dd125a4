def numbers(n):
    i = 0
    while i < n:
        yield i  # error: generators ('yield') are not RPython
        i += 1


def entry_point(argv):
    for x in numbers(3):
        print(x)
    return 0
