# ruff: noqa
# exit: 1
# error: while validating row 3
# add_note() attaches context to an exception: notes are printed after the message line in the
# traceback (so the last line of stderr is the last note); __notes__ is a list
class SchemaError(Exception):
    pass


def check_row(index, row):
    for key in ("id", "qty"):
        if key not in row:
            err = SchemaError("missing field %r" % key)
            err.add_note("row content: %r" % (row,))
            raise err
    if row["qty"] < 0:
        raise ValueError("negative quantity %d" % row["qty"])


def validate(rows):
    for index, row in enumerate(rows, 1):
        try:
            check_row(index, row)
        except Exception as e:
            e.add_note("while validating row %d" % index)
            raise


try:
    validate([{"id": 1, "qty": 2}, {"id": 2}])
except SchemaError as e:
    print("SchemaError:", e)
    print("notes:", e.__notes__)
try:
    raise KeyError("k")
except KeyError as e:
    e.add_note("first")
    e.add_note("second")
    print(e.__notes__, str(e))
try:
    ValueError("x").add_note(42)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(ValueError("fresh"), "__notes__"))
validate([{"id": 1, "qty": 5}, {"id": 2, "qty": 0}, {"id": 3, "qty": -4}])
