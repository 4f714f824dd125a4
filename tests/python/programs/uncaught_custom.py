# ruff: noqa
# exit: 1
# error: ValidationError: field 'age' must be positive (got -3)
# an uncaught user-defined exception: the last line names it with its module, __str__ gives the message
class ValidationError(ValueError):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value
    def __str__(self):
        return "field %r must be positive (got %d)" % (self.field, self.value)
def validate(record):
    for key, value in record.items():
        if value < 0:
            raise ValidationError(key, value)
validate({"height": 180})
print("first record ok")
validate({"age": -3})
