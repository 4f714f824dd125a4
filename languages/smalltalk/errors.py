"""The exceptions the SOM VM raises: language-level errors, parse errors, and the exit request.

None of them escapes to the user as a Python traceback: target.py turns each into SOM output.
"""

from languages.smalltalk.callstack import call_stack


class SomError(Exception):
    """A run-time error in SOM terms (bad primitive argument, index out of range, stack overflow...).

    It remembers how deep the SOM call stack was when it was raised, so the top level can print
    the SOM-level stack trace after the Python stack has unwound.
    """

    def __init__(self, message: str) -> None:
        self.message = message
        self.depth = call_stack.depth


class ParseError(Exception):
    """A syntax error in a class file, reported as `file:line:col: error: message`."""

    def __init__(self, path: str, line: int, column: int, message: str) -> None:
        self.path = path
        self.line = line
        self.column = column
        self.message = message

    def format(self) -> str:
        return "%s:%d:%d: error: %s" % (self.path, self.line, self.column, self.message)


class SomExit(Exception):
    """`system exit: code` unwinds the interpreter to the entry point with this status."""

    def __init__(self, code: int) -> None:
        self.code = code
