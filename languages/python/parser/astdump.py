"""The text form of an AST, exactly as CPython's `ast.dump(tree)` prints it.

Each node class writes its own fields through a Dumper (see astnodes.py); this module holds the
formatting rules: `Name(field=value, ...)`, lists in brackets, omitted None optional fields.
"""

from __future__ import annotations

from languages.python.parser.consts import ConstValue, str_repr


class Dumper:
    """Collects the pieces of the dump; `include_attributes` adds the four position fields."""

    def __init__(self, include_attributes: bool) -> None:
        self.include_attributes = include_attributes
        self.pieces: list[str] = []
        # per open node or list: True until its first field or item is written
        self.first: list[bool] = []

    def write(self, text: str) -> None:
        self.pieces.append(text)

    def _separator(self) -> None:
        last = len(self.first) - 1
        if self.first[last]:
            self.first[last] = False
        else:
            self.pieces.append(", ")

    def begin_node(self, name: str) -> None:
        self.pieces.append(name)
        self.pieces.append("(")
        self.first.append(True)

    def end_node(self) -> None:
        self.first.pop()
        self.pieces.append(")")

    def begin_field(self, name: str) -> None:
        self._separator()
        self.pieces.append(name)
        self.pieces.append("=")

    def str_field(self, name: str, value: str) -> None:
        self.begin_field(name)
        self.pieces.append(str_repr(value))

    def int_field(self, name: str, value: int) -> None:
        self.begin_field(name)
        self.pieces.append(str(value))

    def enum_field(self, name: str, enum_name: str) -> None:
        self.begin_field(name)
        self.pieces.append(enum_name)
        self.pieces.append("()")

    def const_field(self, name: str, value: ConstValue) -> None:
        self.begin_field(name)
        self.pieces.append(value.repr())

    def begin_list(self, name: str) -> None:
        self.begin_field(name)
        self.pieces.append("[")
        self.first.append(True)

    def next_item(self) -> None:
        self._separator()

    def end_list(self) -> None:
        self.first.pop()
        self.pieces.append("]")

    def str_list(self, name: str, values: list[str]) -> None:
        self.begin_list(name)
        for value in values:
            self.next_item()
            self.pieces.append(str_repr(value))
        self.end_list()

    def enum_list(self, name: str, values: list[int], names: list[str]) -> None:
        self.begin_list(name)
        for value in values:
            self.next_item()
            self.pieces.append(names[value])
            self.pieces.append("()")
        self.end_list()

    def attributes(self, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        if self.include_attributes:
            self.int_field("lineno", lineno)
            self.int_field("col_offset", col_offset)
            self.int_field("end_lineno", end_lineno)
            self.int_field("end_col_offset", end_col_offset)

    def result(self) -> str:
        return "".join(self.pieces)
