# ruff: noqa
# exit: 1
# error: LookupError: config key 'port' missing
# raise ... from None: the KeyError context is suppressed, only the new exception is reported
CONFIG = {"host": "localhost"}
def get(key):
    try:
        return CONFIG[key]
    except KeyError:
        raise LookupError("config key %r missing" % key) from None
print(get("host"))
try:
    get("user")
except LookupError as e:
    print("caught:", e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
get("port")
