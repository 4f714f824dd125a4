"""Why a value has its annotation: a chain of source locations, printed in annotation errors.

An Origin says where a value came from ("the result of `a + b` at f.py:12"), and, for a function
parameter, the call that passed it (whose own argument has an origin in turn).
"""

from __future__ import annotations

from dataclasses import dataclass

from kit.errors import KitError, source_line
from kit.flow.model import Location


@dataclass(frozen=True)
class Origin:
    loc: Location | None
    what: str
    parent: Origin | None = None

    def chain(self, limit: int = 6) -> list[str]:
        """Readable lines, innermost first."""
        lines: list[str] = []
        origin: Origin | None = self
        seen = 0
        while origin is not None and seen < limit:
            lines.append(origin.line())
            origin = origin.parent
            seen += 1
        return lines

    def line(self) -> str:
        if self.loc is None:
            return self.what
        text = source_line(self.loc)
        code = f": `{text.strip()}`" if text else ""
        return f"{self.what} at {self.loc}{code}"


class AnnotatorError(KitError):
    """The program is not RPython: a type cannot be inferred, or two uses disagree."""
