"""Errors the kit reports to its users: a source location, what is wrong, why, and a hint.

The command line catches KitError and prints `format()`; a user never sees a kit traceback.
"""

from __future__ import annotations

import linecache

from kit.flow.model import Location


class KitError(Exception):
    """A mistake in the user's program or command line, reported without a traceback."""

    kind = "error"

    def __init__(self, message: str, loc: Location | None = None, function: str | None = None,
                 hint: str | None = None, notes: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.loc = loc
        self.function = function
        self.hint = hint
        # the chain of inferences or calls that led here, one line each
        self.notes = list(notes or [])

    def format(self) -> str:
        where = f"{self.loc}: " if self.loc else ""
        inside = f" (in function {self.function})" if self.function else ""
        lines = [f"{where}{self.kind}: {self.message}{inside}"]
        if self.loc:
            source = source_line(self.loc)
            if source is not None:
                lines.append(f"    {source.rstrip()}")
                indent = len(source) - len(source.lstrip())
                caret_col = max(self.loc.col - 1, indent)
                lines.append("    " + " " * caret_col + "^")
        lines.extend(f"  note: {note}" for note in self.notes)
        if self.hint:
            lines.append(f"  hint: {self.hint}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.format()


def source_line(loc: Location) -> str | None:
    line = linecache.getline(loc.filename, loc.line)
    if not line:
        return None
    return line.expandtabs()


class FlowError(KitError):
    """Code reachable from the entry point uses Python outside the RPython subset."""
