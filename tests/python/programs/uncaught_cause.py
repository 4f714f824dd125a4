# ruff: noqa
# exit: 1
# error: KeyError: 'missing'
# an uncaught exception raised `from` another: the cause's traceback comes first
class ConfigError(Exception):
    pass
def lookup(table, key):
    try:
        return table[key]
    except LookupError as e:
        raise ConfigError("bad key %r" % key) from e
def main():
    try:
        lookup({}, "x")
    except ConfigError as e:
        print("caught", e, type(e.__cause__).__name__)
    raise KeyError("missing") from None
main()
