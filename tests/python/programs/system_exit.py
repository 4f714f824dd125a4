# ruff: noqa
# raise SystemExit with a status: no traceback
# exit: 3
print("before exit")
raise SystemExit(3)
