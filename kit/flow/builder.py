"""Builds the flow graph of one function from its AST: the block and link machinery.

Locals live in an environment (name -> Variable or Constant) while a block is being filled; where
paths meet, a Join makes a new block whose inputargs are the locals defined on every incoming path.
"""

from __future__ import annotations

import ast
import itertools
import types
from typing import Any

from kit.errors import FlowError
from kit.flow.expressions import ExpressionMixin
from kit.flow.model import (
    Block,
    Constant,
    FunctionGraph,
    Link,
    SpaceOperation,
    Value,
    Variable,
    c_last_exception,
)
from kit.flow.operation import FLOW_OPS, try_fold
from kit.flow.scopes import collect_local_names
from kit.flow.source import FunctionSource, get_function_source
from kit.flow.statements import StatementMixin

# hidden environment entries (not Python names: they start with '$')
RESULT = "$result"
EXC_TYPE = "$etype"
EXC_VALUE = "$evalue"


class Join:
    """A point where control paths meet; it becomes one block when entered.

    Until entered, incoming links wait with a copy of their environment.  A loop header is entered
    before its back edges exist ("open"), so later links must define all of its names.
    """

    def __init__(self, hint: str) -> None:
        self.hint = hint
        self.pending: list[tuple[Link, dict[str, Value]]] = []
        self.block: Block | None = None
        self.names: list[str] = []
        # "pending" until entered; then "open" for a loop header, else "closed"
        self.state = "pending"

    def add(self, link: Link, env: dict[str, Value], builder: FlowBuilder) -> None:
        if self.state == "pending":
            self.pending.append((link, env))
            return
        assert self.state == "open", f"link added to the closed join {self.hint}"
        assert self.block is not None
        missing = [n for n in self.names if n not in env]
        if missing:
            name = missing[0].lstrip("$")
            raise builder.error(f"local variable '{name}' is defined when the loop starts but not at "
                                "the end of its body",
                                hint="RPython locals must keep a value across loop iterations; "
                                     "do not `del` them or bind them with `except ... as` inside the loop")
        link.target = self.block
        link.args = [env[n] for n in self.names]


class LoopFrame:
    def __init__(self, break_join: Join, continue_join: Join) -> None:
        self.break_join = break_join
        self.continue_join = continue_join


class ExceptFrame:
    """A `try` body with except clauses: (classes, join, catches-everything) per clause."""

    def __init__(self, clauses: list[tuple[tuple[type, ...], Join, bool]]) -> None:
        self.clauses = clauses


class FinallyFrame:
    def __init__(self, exc_join: Join, finalbody: list[ast.stmt]) -> None:
        self.exc_join = exc_join
        self.finalbody = finalbody


Frame = LoopFrame | ExceptFrame | FinallyFrame


class FlowBuilder(StatementMixin, ExpressionMixin):
    """Turns one function's AST into a FunctionGraph."""

    def __init__(self, source: FunctionSource, constargs: dict[int, Any] | None = None,
                 graph_name: str | None = None) -> None:
        self.source = source
        self.func = source.func
        self.funcname = self.func.__qualname__
        self.constargs = constargs or {}
        self.graph_name = graph_name or self.funcname
        self.block: Block | None = None
        self.env: dict[str, Value] = {}
        self.frames: list[Frame] = []
        # (hidden type name, hidden value name) of the exception each enclosing handler is handling
        self.current_exc: list[tuple[str, str]] = []
        # comprehension scopes: Python name -> hidden name
        self.renames: list[dict[str, str]] = []
        self.node: ast.AST = source.node
        self._hidden = itertools.count()
        node = source.node
        if isinstance(node, ast.AsyncFunctionDef):
            raise self.error("async functions are not RPython", node,
                             hint="write a plain function; there is no event loop in a translated program")
        body = [node.body] if isinstance(node, ast.Lambda) else node.body
        self.local_names, self.global_names = collect_local_names(self, node, body)

    # ---- errors -------------------------------------------------------------------------------

    def error(self, message: str, node: ast.AST | None = None, hint: str | None = None) -> FlowError:
        return FlowError(message, self.source.loc(node or self.node), self.funcname, hint)

    def hidden(self, what: str) -> str:
        return f"${what}{next(self._hidden)}"

    # ---- graph construction -------------------------------------------------------------------

    def build(self) -> FunctionGraph:
        node = self.source.node
        args = node.args
        if args.kwarg is not None:
            raise self.error(f"'**{args.kwarg.arg}' parameters are not RPython", args.kwarg,
                             hint="name the keyword parameters explicitly")
        params = [a.arg for a in args.posonlyargs + args.args]
        vararg_index = None
        if args.vararg is not None:
            vararg_index = len(params)
            params.append(args.vararg.arg)
        params.extend(a.arg for a in args.kwonlyargs)
        inputargs = [Variable(name) for name in params]
        startblock = Block(inputargs)
        graph = FunctionGraph(self.graph_name, startblock, self.func, self.source.filename, node.lineno)
        graph.signature = params
        graph.defaults = self.func.__defaults__ or ()
        graph.vararg_index = vararg_index
        self.graph = graph
        self.block = startblock
        for i, (name, var) in enumerate(zip(params, inputargs, strict=True)):
            self.env[name] = Constant(self.constargs[i]) if i in self.constargs else var
        if isinstance(node, ast.Lambda):
            self.node = node.body
            value = self.eval(node.body)
            self.close_to_return(value)
        else:
            self.exec_body(node.body)
            if self.block is not None:
                self.close_to_return(Constant(None))
        return graph

    def new_link(self, exitcase: Any = None) -> Link:
        assert self.block is not None
        link = Link([], self.graph.returnblock, exitcase)  # target fixed by Join.add
        link.prevblock = self.block
        self.block.exits.append(link)
        return link

    def goto(self, join: Join, env: dict[str, Value] | None = None) -> None:
        """End the current path with a jump to `join`."""
        if self.block is None:
            return
        link = self.new_link()
        join.add(link, dict(self.env if env is None else env), self)
        self.block = None

    def enter(self, join: Join, loop_header: bool = False) -> bool:
        """Continue building at `join`; returns False (and stays dead) if no path reaches it."""
        assert self.block is None, "enter() with an open block"
        if not join.pending:
            return False
        envs = [env for _, env in join.pending]
        names = [n for n in envs[0] if all(n in e for e in envs[1:])]
        constants: dict[str, Value] = {}
        if not loop_header:
            # a local that is the same constant on every incoming path stays a constant
            # (so unrolled loops and `if` chains on constants keep folding)
            for n in names:
                first = envs[0][n]
                if isinstance(first, Constant) and all(e[n] == first for e in envs[1:]):
                    constants[n] = first
            names = [n for n in names if n not in constants]
        block = Block([Variable(_hint_for(n, [e[n] for e in envs])) for n in names])
        join.block = block
        join.names = names
        for link, env in join.pending:
            link.target = block
            link.args = [env[n] for n in names]
        join.pending = []
        self.block = block
        self.env = dict(zip(names, block.inputargs, strict=True))
        self.env.update(constants)
        join.state = "open" if loop_header else "closed"
        return True

    def close_to_return(self, value: Value) -> None:
        if self.block is None:
            return
        link = self.new_link()
        link.target = self.graph.returnblock
        link.args = [value]
        link.loc = self.source.loc(self.node)
        self.block = None

    def close_to_raise(self, etype: Value, evalue: Value) -> None:
        link = self.new_link()
        link.target = self.graph.exceptblock
        link.args = [etype, evalue]
        self.block = None

    def split(self, cond: Value) -> tuple[Join, Join]:
        """End the block on a boolean; returns the joins reached when it is False and when True."""
        false_join, true_join = Join("false"), Join("true")
        if isinstance(cond, Constant):
            self.goto(true_join if cond.value else false_join)
            return false_join, true_join
        assert self.block is not None
        self.block.exitswitch = cond
        env = dict(self.env)
        false_join.add(self.new_link(False), dict(env), self)
        true_join.add(self.new_link(True), env, self)
        self.block = None
        return false_join, true_join

    # ---- operations ---------------------------------------------------------------------------

    def emit(self, opname: str, args: list[Value], hint: str = "v") -> Value:
        """Record `opname(*args)`, or fold it if its arguments are constants."""
        if self.block is None:
            raise AssertionError("emitting into a dead path")
        if all(isinstance(a, Constant) for a in args):
            folded, value = try_fold(opname, [a.value for a in args])
            if folded:
                return Constant(value, loc=self.source.loc(self.node))
        result = Variable(hint)
        op = SpaceOperation(opname, args, result, self.source.loc(self.node))
        self.block.operations.append(op)
        canraise = FLOW_OPS[opname].canraise
        if canraise:
            targets = self.exception_targets(canraise)
            if targets:
                return self.split_after_raising_op(op, targets)
        return result

    def split_after_raising_op(self, op: SpaceOperation, targets: list[tuple[type, Join]]) -> Value:
        """End the block after `op`, with one exit per enclosing handler that may catch it."""
        block = self.block
        assert block is not None
        block.exitswitch = c_last_exception
        env_before = dict(self.env)
        cont = Join("continue")
        after = dict(self.env)
        after[RESULT] = op.result
        cont.add(self.new_link(), after, self)
        for cls, join in targets:
            link = self.new_link(cls)
            link.last_exception = Variable("etype")
            link.last_exc_value = Variable("evalue")
            env = dict(env_before)
            env[EXC_TYPE] = link.last_exception
            env[EXC_VALUE] = link.last_exc_value
            join.add(link, env, self)
        self.block = None
        self.enter(cont)
        return self.env.pop(RESULT)

    def next_or_exit(self, iter_key: str, exit_join: Join, node: ast.AST) -> Value:
        """`next()` on the iterator held in env[iter_key]; StopIteration goes to `exit_join`."""
        block = self.block
        assert block is not None
        result = Variable("item")
        block.operations.append(SpaceOperation("next", [self.env[iter_key]], result, self.source.loc(node)))
        block.exitswitch = c_last_exception
        body = Join("loop_body")
        env_after = dict(self.env)
        env_after[RESULT] = result
        body.add(self.new_link(), env_after, self)
        stop = self.new_link(StopIteration)
        stop.last_exception = Variable("etype")
        stop.last_exc_value = Variable("evalue")
        exit_join.add(stop, dict(self.env), self)
        self.block = None
        self.enter(body)
        return self.env.pop(RESULT)

    def exception_targets(self, canraise: tuple[type, ...]) -> list[tuple[type, Join]]:
        """(class, handler) pairs, innermost first, for exceptions an operation may raise."""
        targets: list[tuple[type, Join]] = []
        for frame in reversed(self.frames):
            if isinstance(frame, FinallyFrame):
                targets.append((BaseException, frame.exc_join))
                return targets
            if isinstance(frame, ExceptFrame):
                for classes, join, catch_all in frame.clauses:
                    for cls in classes:
                        shadowed = any(issubclass(cls, seen) for seen, _ in targets)
                        possible = any(issubclass(cls, c) or issubclass(c, cls) for c in canraise)
                        if possible and not shadowed:
                            targets.append((cls, join))
                    if catch_all:
                        return targets
        return targets

    def raise_exception(self, etype: Value, evalue: Value) -> None:
        """Send (etype, evalue) to the first enclosing handler that matches, or out of the function."""
        # the pair lives in the environment while the matching tests split blocks
        tkey, vkey = self.hidden("etype"), self.hidden("evalue")
        self.env[tkey] = etype
        self.env[vkey] = evalue
        for frame in reversed(self.frames):
            if isinstance(frame, FinallyFrame):
                self.goto(frame.exc_join, self._exc_env(tkey, vkey))
                return
            if isinstance(frame, ExceptFrame):
                for classes, join, catch_all in frame.clauses:
                    for cls in classes:
                        if catch_all and cls is BaseException:
                            self.goto(join, self._exc_env(tkey, vkey))
                            return
                        etype_now = self.env[tkey]
                        if isinstance(etype_now, Constant):
                            match: Value = Constant(issubclass(etype_now.value, cls))
                        else:
                            # isinstance(evalue, cls): the annotator narrows the value on the true exit
                            match = self.emit("exc_match", [self.env[vkey], Constant(cls)], "match")
                        no, yes = self.split(match)
                        if self.enter(yes):
                            self.goto(join, self._exc_env(tkey, vkey))
                        if not self.enter(no):
                            return
        if self.block is not None:
            self.close_to_raise(self.env[tkey], self.env[vkey])

    def _exc_env(self, tkey: str, vkey: str) -> dict[str, Value]:
        env = dict(self.env)
        env[EXC_TYPE] = env.pop(tkey)
        env[EXC_VALUE] = env.pop(vkey)
        return env

    def raise_new(self, cls: type, message: Value | None) -> None:
        """Raise `cls(message)` from the current position (used by assert)."""
        args = [Constant(cls)] + ([message] if message is not None else [])
        evalue = self.emit("simple_call", args, "exc")
        if self.block is not None:
            self.raise_exception(Constant(cls), evalue)

    # ---- names --------------------------------------------------------------------------------

    def local_key(self, name: str) -> str:
        for scope in reversed(self.renames):
            if name in scope:
                return scope[name]
        return name

    def load_name(self, name: str, node: ast.AST) -> Value:
        key = self.local_key(name)
        if key in self.env:
            return self.env[key]
        if key != name or (name in self.local_names and name not in self.global_names):
            raise self.error(f"local variable '{name}' may be used before it is assigned "
                             "(it has no value on some path that reaches here)", node,
                             hint="assign it before every branch or loop that leads here")
        value = self.source.lookup_global(name)
        from kit.flow.source import MISSING
        if value is MISSING:
            raise self.error(f"name '{name}' is not defined", node)
        return Constant(value, loc=self.source.loc(node))

    def store_name(self, name: str, value: Value, node: ast.AST) -> None:
        if name in self.global_names:
            raise self.error(f"rebinding the global '{name}' at run time is not RPython", node,
                             hint="module globals are constants once the program is imported; keep "
                                  "mutable state in an attribute of a prebuilt instance instead")
        if isinstance(value, Variable) and value.hint == "v":
            value.hint = name
        self.env[self.local_key(name)] = value


def _hint_for(name: str, values: list[Value]) -> str:
    """A readable name for a join's inputarg: the local's name, or what a hidden value carried."""
    if not name.startswith("$"):
        return name
    for value in values:
        if isinstance(value, Variable):
            return value.hint
    return name.lstrip("$").rstrip("0123456789") or "v"


def build_flow_graph(func: types.FunctionType, constargs: dict[int, Any] | None = None,
                     name: str | None = None) -> FunctionGraph:
    """The flow graph of `func`; `constargs` binds some parameters (by index) to constants."""
    from kit.flow.simplify import simplify_graph
    source = get_function_source(func)
    graph = FlowBuilder(source, constargs, name).build()
    simplify_graph(graph)
    return graph
