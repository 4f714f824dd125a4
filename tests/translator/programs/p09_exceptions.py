"""Exceptions: user classes, handler order, else/finally, re-raise, raise from, nested try."""


class AppError(Exception):
    def __init__(self, code):
        self.code = code


class NotFound(AppError):
    pass


def check(n):
    if n < 0:
        raise NotFound(n)
    if n == 0:
        raise AppError(0)
    if n == 7:
        raise ValueError("seven")
    return n * 2


def run(n, log):
    try:
        r = check(n)
    except NotFound as e:
        log.append("notfound %d" % e.code)
        r = -1
    except AppError as e:
        log.append("app %d" % e.code)
        r = -2
    except ValueError as e:
        log.append("value " + str(e))
        r = -3
    else:
        log.append("ok")
    finally:
        log.append("finally")
    return r


def reraiser(n):
    try:
        return check(n)
    except AppError:
        raise
    except ValueError as e:
        raise KeyError(str(e)) from e


def entry_point(argv):
    log = []
    for n in [3, -1, 0, 7]:
        print(run(n, log))
    print(log)
    for n in [5, -2, 7]:
        try:
            print(reraiser(n))
        except NotFound as e:
            print("NotFound", e.code)
        except KeyError as e:
            print("KeyError", e)
    try:
        try:
            raise IndexError("inner")
        finally:
            print("cleanup")
    except IndexError as e:
        print("outer caught", e)
    try:
        raise AppError(5)
    except Exception as e:
        print(type(e).__name__, str(e) == "5")
    return 0
