"""The exceptions the SOM VM raises: language-level errors, parse errors, and the exit request.

None of them escapes to the user as a Python traceback: target.py turns each into SOM output.
"""


class SomError(Exception):
    """A run-time error in SOM terms (bad primitive argument, index out of range, stack overflow...).

    It collects the SOM stack trace as it unwinds: every send it passes on its way out adds its
    send site (dispatch.invoke_at_site), innermost first, so the top level can print the trace
    after the Python stack has unwound. (Collected on the way out, not recorded at every send:
    compiled code then pays nothing for stack traces, and a trace is complete whether the sends
    ran in the interpreter or in compiled code.)
    """

    def __init__(self, message: str) -> None:
        self.message = message
        self.sites = []  # SendSite or None (a send from a primitive), innermost first

    def add_site(self, site) -> None:
        self.sites.append(site)


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
