# ruff: noqa
# exit: 3
# SystemExit: caught and inspected, then raised for real with status 3
import sys
for arg in [None, 0, 5, "text", (1, 2)]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)
try:
    exit_value = SystemExit(7)
    raise exit_value
except BaseException as e:
    print(type(e).__name__, e.code, isinstance(e, Exception))
print("exiting with 3")
sys.exit(3)
