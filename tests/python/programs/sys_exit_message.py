# ruff: noqa
# exit: 1
# stderr: fatal: configuration missing
# sys.exit with a string: it goes to stderr and the status is 1; finally blocks run first
import sys
def shutdown():
    try:
        print("shutting down")
        sys.exit("fatal: configuration missing")
    finally:
        print("cleanup in finally")
shutdown()
print("never")
