"""A ready-made syntax tree for small languages parsed with kit.rlib.parsing: one Node class (a
kind, a text, children, a source position) and helpers that say what a production's items are.
"""

from __future__ import annotations

from kit.rlib.objectmodel import not_rpython
from kit.rlib.parsing import BaseBox, SourcePosition, Token


class Node(BaseBox):
    """A node of a syntax tree: its `kind` (a string the language chooses: "if", "+", "call"...),
    the `text` it carries (a name or a literal), its `children` and where it starts in the source
    (a SourcePosition, or None)."""

    def __init__(self, kind: str, text: str, children: list[Node], position: SourcePosition | None) -> None:
        self.kind = kind
        self.text = text
        self.children = children
        self.position = position

    @not_rpython
    def dump(self, indent: str = "") -> str:
        """The tree as indented text, one node a line: `kind text` (for debugging, on CPython)."""
        line = indent + self.kind + (" " + self.text if self.text else "")
        return "\n".join([line] + [child.dump(indent + "  ") for child in self.children])

    @not_rpython
    def __repr__(self) -> str:
        return f"Node({self.kind!r}, {self.text!r}, {len(self.children)} children)"


def token_at(p: list[BaseBox], index: int) -> Token:
    """Item `index` of a production, which the grammar says is a token (checked, and so typed)."""
    box = p[index]
    assert isinstance(box, Token)
    return box


def node_at(p: list[BaseBox], index: int) -> Node:
    """Item `index` of a production, which the grammar says is a Node."""
    box = p[index]
    assert isinstance(box, Node)
    return box


def nodes_in(p: list[BaseBox]) -> list[Node]:
    """The Nodes among a production's items, in order (the tokens left out)."""
    nodes = []
    for box in p:
        if isinstance(box, Node):
            nodes.append(box)
    return nodes
