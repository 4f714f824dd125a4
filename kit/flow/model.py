"""The flow-graph data model shared by every later stage of the pipeline.

A FunctionGraph is a set of Blocks; each Block holds SpaceOperations on Variables and Constants
and ends in Links that carry values into the inputargs of other Blocks (SSA form, no phis).
"""

from __future__ import annotations

import collections
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Location:
    """Where an operation came from: 1-based line and column in a source file."""

    filename: str
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.filename}:{self.line}:{self.col}"


_variable_ids = itertools.count()


class Variable:
    """A value computed at run time; defined exactly once in a graph."""

    __slots__ = ("id", "hint", "annotation", "concretetype")

    def __init__(self, hint: str = "v") -> None:
        self.id = next(_variable_ids)
        # the Python name the value came from, for readable graphs and error messages
        self.hint = hint
        self.annotation: Any = None
        self.concretetype: Any = None

    @property
    def name(self) -> str:
        return f"{self.hint}_{self.id}"

    def copy(self) -> Variable:
        v = Variable(self.hint)
        v.annotation = self.annotation
        v.concretetype = self.concretetype
        return v

    def __repr__(self) -> str:
        return self.name


class Constant:
    """A value known when the graph is built: literals, globals, builtins, module attributes."""

    __slots__ = ("value", "concretetype", "loc")

    def __init__(self, value: Any, concretetype: Any = None, loc: Location | None = None) -> None:
        self.value = value
        self.concretetype = concretetype
        # where the constant was written, for error messages (not part of its identity)
        self.loc = loc

    def _key(self) -> tuple:
        # 1 == 1.0 == True in Python, but they are different constants for a typed program
        return (type(self.value), _hashable_key(self.value))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Constant) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"({constant_text(self.value)})"


def _hashable_key(value: Any) -> Any:
    try:
        hash(value)
    except TypeError:
        return ("id", id(value))
    if isinstance(value, tuple):
        return tuple((type(x), _hashable_key(x)) for x in value)
    if isinstance(value, float):
        # 0.0 == -0.0, yet they are different constants (and a NaN constant equals itself)
        return value.hex()
    return value


def constant_text(value: Any) -> str:
    """A short human-readable form of a constant for graph displays and messages."""
    if isinstance(value, type):
        return value.__name__
    if callable(value) and hasattr(value, "__qualname__"):
        return value.__qualname__
    if hasattr(value, "__name__") and type(value).__name__ == "module":
        return f"module {value.__name__}"
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return text


Value = Variable | Constant


class SpaceOperation:
    """result = opname(*args); `loc` points at the source expression that produced it."""

    __slots__ = ("opname", "args", "result", "loc")

    def __init__(self, opname: str, args: list[Value], result: Variable, loc: Location | None = None):
        self.opname = opname
        self.args = list(args)
        self.result = result
        self.loc = loc

    def __repr__(self) -> str:
        args = ", ".join(map(repr, self.args))
        return f"{self.result} = {self.opname}({args})"


class LastExceptionMarker:
    """The exitswitch of a block whose last operation may raise into one of its exits."""

    def __repr__(self) -> str:
        return "last_exception"


c_last_exception = Constant(LastExceptionMarker())


class Link:
    """An edge: `args` (values of the source block) become the target's inputargs.

    On an exception exit, `exitcase` is the exception class caught (first matching link wins) and
    `last_exception` / `last_exc_value` are fresh Variables holding the caught type and instance;
    they may appear in `args`.  On a boolean switch `exitcase` is False or True.
    """

    __slots__ = ("args", "target", "exitcase", "prevblock", "last_exception", "last_exc_value", "loc")

    def __init__(self, args: list[Value], target: Block, exitcase: Any = None) -> None:
        self.args = list(args)
        self.target = target
        self.exitcase = exitcase
        self.prevblock: Block | None = None
        self.last_exception: Variable | None = None
        self.last_exc_value: Variable | None = None
        # the statement that made this link (a return), for error messages
        self.loc: Location | None = None

    def extravars(self) -> list[Variable]:
        return [v for v in (self.last_exception, self.last_exc_value) if v is not None]

    def is_exception_link(self) -> bool:
        return self.last_exception is not None

    def __repr__(self) -> str:
        case = "" if self.exitcase is None else f" case={constant_text(self.exitcase)}"
        return f"Link({self.args} -> {self.target}{case})"


_block_ids = itertools.count()


class Block:
    """A straight-line sequence of operations with inputargs and exits.

    exitswitch is None (one unconditional exit, or none for the final blocks), a Variable or
    Constant holding a bool (exits ordered [False, True]), or c_last_exception (exits[0] is the
    normal path, the rest are exception cases for the block's last operation).
    """

    __slots__ = ("id", "inputargs", "operations", "exitswitch", "exits", "is_final")

    def __init__(self, inputargs: list[Variable]) -> None:
        self.id = next(_block_ids)
        self.inputargs = list(inputargs)
        self.operations: list[SpaceOperation] = []
        self.exitswitch: Value | None = None
        self.exits: list[Link] = []
        self.is_final = False

    def closeblock(self, *links: Link) -> None:
        assert not self.exits, "block already closed"
        for link in links:
            link.prevblock = self
        self.exits = list(links)

    def recloseblock(self, *links: Link) -> None:
        self.exits = []
        self.closeblock(*links)

    def canraise(self) -> bool:
        return self.exitswitch is c_last_exception

    def raising_op(self) -> SpaceOperation:
        assert self.canraise()
        return self.operations[-1]

    def __repr__(self) -> str:
        return f"block{self.id}"


class FunctionGraph:
    """The flow graph of one Python function."""

    def __init__(self, name: str, startblock: Block, func: Any = None, filename: str = "?",
                 firstline: int = 0) -> None:
        self.name = name
        self.startblock = startblock
        self.func = func
        self.filename = filename
        self.firstline = firstline
        self.returnblock = Block([Variable("result")])
        self.returnblock.is_final = True
        self.exceptblock = Block([Variable("etype"), Variable("evalue")])
        self.exceptblock.is_final = True
        # parameter names in the order of startblock.inputargs, for the annotator and the viewer
        self.signature: list[str] = []
        self.defaults: tuple = ()
        # index in signature of a `*args` parameter, if any
        self.vararg_index: int | None = None

    def getreturnvar(self) -> Variable:
        return self.returnblock.inputargs[0]

    def iterblocks(self) -> Iterator[Block]:
        """Blocks reachable from the start block, in breadth-first order, each once."""
        seen = {self.startblock}
        queue = collections.deque([self.startblock])
        while queue:
            block = queue.popleft()
            yield block
            for link in block.exits:
                if link.target not in seen:
                    seen.add(link.target)
                    queue.append(link.target)

    def iterlinks(self) -> Iterator[Link]:
        for block in self.iterblocks():
            yield from block.exits

    def iteroperations(self) -> Iterator[tuple[Block, SpaceOperation]]:
        for block in self.iterblocks():
            for op in block.operations:
                yield block, op

    def __repr__(self) -> str:
        return f"<FunctionGraph {self.name}>"


class DisplayNames:
    """Short per-graph names for variables (x_0, x_1, ...), for people reading a graph."""

    def __init__(self, graph: FunctionGraph) -> None:
        self.names: dict[Variable, str] = {}
        counts: dict[str, int] = {}
        for block in graph.iterblocks():
            defined = list(block.inputargs) + [op.result for op in block.operations]
            defined += [v for link in block.exits for v in link.extravars()]
            for v in defined:
                if v not in self.names:
                    n = counts.get(v.hint, 0)
                    counts[v.hint] = n + 1
                    self.names[v] = f"{v.hint}_{n}"

    def value(self, v: Value) -> str:
        if isinstance(v, Variable):
            return self.names.get(v, v.name)
        return repr(v)

    def values(self, values: list[Value]) -> str:
        return ", ".join(self.value(v) for v in values)

    def op(self, op: SpaceOperation) -> str:
        return f"{self.value(op.result)} = {op.opname}({self.values(op.args)})"


def summarize_graph(graph: FunctionGraph) -> str:
    """The graph as indented text: one paragraph per block (used by the viewer and by tests)."""
    numbering = {block: i for i, block in enumerate(graph.iterblocks())}
    names = DisplayNames(graph)
    lines = [f"graph {graph.name}({', '.join(graph.signature)})"]
    for block, index in numbering.items():
        if block is graph.returnblock:
            title = "return"
        elif block is graph.exceptblock:
            title = "raise"
        else:
            title = f"block {index}"
        lines.append(f"  {title}({names.values(block.inputargs)}):")
        for op in block.operations:
            lines.append(f"    {names.op(op)}")
        if block.exitswitch is not None:
            lines.append(f"    switch on {names.value(block.exitswitch)}")
        for link in block.exits:
            target = numbering.get(link.target, "?")
            case = "" if link.exitcase is None else f"[{constant_text(link.exitcase)}] "
            if link.target is graph.returnblock:
                target = "return"
            elif link.target is graph.exceptblock:
                target = "raise"
            lines.append(f"    {case}-> {target}({names.values(link.args)})")
    return "\n".join(lines)
