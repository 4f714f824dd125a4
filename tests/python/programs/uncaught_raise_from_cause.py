# ruff: noqa
# exit: 1
# error: ConfigError: cannot load settings from 'app.ini'
# `raise ... from ...` left uncaught: the traceback shows the cause first, then "The above
# exception was the direct cause of the following exception:", then the new one
class ConfigError(Exception):
    pass


def parse_line(number, line):
    key, sep, value = line.partition("=")
    if not sep:
        raise ValueError("line %d: expected key=value, got %r" % (number, line))
    return key.strip(), value.strip()


def parse(text):
    settings = {}
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.startswith(";"):
            key, value = parse_line(number, line)
            settings[key] = int(value) if value.isdigit() else value
    return settings


def load(name, text):
    try:
        return parse(text)
    except ValueError as exc:
        raise ConfigError("cannot load settings from %r" % name) from exc


print(load("ok.ini", "; comment\nport = 8080\nhost= example.org\n\ndebug=yes"))
try:
    load("other.ini", "x=1\ny")
except ConfigError as e:
    print("caught:", e, "| cause:", e.__cause__, "| suppress:", e.__suppress_context__)
load("app.ini", "name = demo\nthis line is wrong\nport = 1")
