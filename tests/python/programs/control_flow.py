# ruff: noqa
# break/continue/return through try/finally, with and except blocks; nested loops; generators
# with cleanup; exceptions crossing generator frames
log = []


class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self

    def __exit__(self, *exc):
        log.append("exit " + self.name)
        return False


def search(rows, target):
    for r, row in enumerate(rows):
        with Ctx("row%d" % r):
            for c, v in enumerate(row):
                try:
                    if v == target:
                        return (r, c)
                    if v < 0:
                        continue
                    if v > 100:
                        break
                finally:
                    log.append("checked %d" % v)
    return None


print(search([[1, -1, 200, 5], [7, 8]], 8))
print(log)
log.clear()


def nested_finally():
    try:
        try:
            return "inner"
        finally:
            log.append("f1")
    finally:
        log.append("f2")


print(nested_finally(), log)


def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                continue
            log.append("caught %s" % e)
        finally:
            log.append("fin %d" % i)
    return "done"


log.clear()
print(swallow(), log)


def gen_with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        log.append("gen cleanup")


log.clear()
for v in gen_with_cleanup():
    log.append(v)
print(log)


def raiser():
    yield 1
    raise KeyError("from generator")


try:
    for v in raiser():
        pass
except KeyError as e:
    print("caught", e)


def outer_loop():
    result = []
    for i in range(3):
        for j in range(3):
            if j == 2:
                break
            if i == 1:
                continue
            result.append((i, j))
        else:
            result.append("no break")
    return result


print(outer_loop())


def reraise():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            log.append("handling")
            raise
    except ZeroDivisionError as e:
        return "re-raised: " + str(e)


print(reraise())
i = 0
while True:
    i += 1
    try:
        if i == 3:
            break
    finally:
        pass
print("i =", i)
