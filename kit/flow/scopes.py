"""The scope pre-pass: which names are locals of a function, and constructs RPython rejects outright.

It runs over the whole body before any graph is built, so an unsupported construct is reported
even in code the flow builder would never reach.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kit.flow.builder import FlowBuilder

_CLOSURE_HINT = "move it to module level and pass the values it needs as arguments"


class _ScopeScanner(ast.NodeVisitor):
    def __init__(self, builder: FlowBuilder) -> None:
        self.builder = builder
        self.locals: set[str] = set()
        self.globals: set[str] = set()

    def fail(self, node: ast.AST, message: str, hint: str | None = None) -> None:
        raise self.builder.error(message, node, hint)

    # -- bindings --
    def visit_Name(self, node: ast.Name) -> None:
        if isinstance(node.ctx, ast.Store | ast.Del):
            self.locals.add(node.id)

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        if node.name:
            self.locals.add(node.name)
        self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.locals.add((alias.asname or alias.name).split(".")[0])

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        for alias in node.names:
            if alias.name == "*":
                self.fail(node, "'from ... import *' inside a function is not allowed")
            self.locals.add(alias.asname or alias.name)

    def visit_Global(self, node: ast.Global) -> None:
        self.globals.update(node.names)

    def visit_Nonlocal(self, node: ast.Nonlocal) -> None:
        self.fail(node, "'nonlocal' is not RPython: closures over local variables are not supported",
                  "keep the shared state in an attribute of an instance")

    # -- comprehensions: their loop variables are their own scope --
    def _visit_comprehension(self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp,
                             parts: list[ast.expr]) -> None:
        for gen in node.generators:
            if gen.is_async:
                self.fail(gen, "async comprehensions are not RPython")
            self.visit(gen.iter)
            for cond in gen.ifs:
                self._visit_comprehension_expr(cond)
        for part in parts:
            self._visit_comprehension_expr(part)

    def _visit_comprehension_expr(self, expr: ast.expr) -> None:
        # walrus targets inside a comprehension bind in the function's scope
        for sub in ast.walk(expr):
            if isinstance(sub, ast.NamedExpr) and isinstance(sub.target, ast.Name):
                self.locals.add(sub.target.id)
        saved = self.locals
        self.locals = set()
        self.visit(expr)
        self.locals = saved

    def visit_ListComp(self, node: ast.ListComp) -> None:
        self._visit_comprehension(node, [node.elt])

    def visit_SetComp(self, node: ast.SetComp) -> None:
        self._visit_comprehension(node, [node.elt])

    def visit_GeneratorExp(self, node: ast.GeneratorExp) -> None:
        self._visit_comprehension(node, [node.elt])

    def visit_DictComp(self, node: ast.DictComp) -> None:
        self._visit_comprehension(node, [node.key, node.value])

    # -- what RPython rejects wherever it appears --
    def visit_Yield(self, node: ast.Yield) -> None:
        self.fail(node, "generators ('yield') are not RPython",
                  "return a list, or write an iterator class with a __next__ method")

    def visit_YieldFrom(self, node: ast.YieldFrom) -> None:
        self.fail(node, "generators ('yield from') are not RPython",
                  "return a list, or write an iterator class with a __next__ method")

    def visit_Await(self, node: ast.Await) -> None:
        self.fail(node, "'await' is not RPython: async code cannot be translated")

    def visit_AsyncFor(self, node: ast.AsyncFor) -> None:
        self.fail(node, "'async for' is not RPython: async code cannot be translated")

    def visit_AsyncWith(self, node: ast.AsyncWith) -> None:
        self.fail(node, "'async with' is not RPython: async code cannot be translated")

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.fail(node, f"nested function '{node.name}' is not RPython: closures over local variables "
                        "are not supported", _CLOSURE_HINT)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self.fail(node, f"nested async function '{node.name}' is not RPython")

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self.fail(node, "a lambda inside a function is not RPython: closures over local variables are "
                        "not supported", "define the function at module level " + _CLOSURE_HINT[16:])

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.fail(node, f"class definition '{node.name}' inside a function is not RPython: classes are "
                        "created at import time, not at run time", "define the class at module level")

    def visit_With(self, node: ast.With) -> None:
        self.fail(node, "the 'with' statement is not supported in RPython",
                  "call the setup and cleanup explicitly, with try/finally")

    def visit_Match(self, node: ast.Match) -> None:
        self.fail(node, "the 'match' statement is not supported in RPython", "use if/elif chains")

    def visit_TryStar(self, node: ast.AST) -> None:
        self.fail(node, "'except*' (exception groups) is not RPython")


def collect_local_names(builder: FlowBuilder, funcnode: ast.FunctionDef | ast.Lambda,
                        body: list[ast.AST]) -> tuple[set[str], set[str]]:
    """The function's local names and the names it declares `global`; rejects unsupported code."""
    scanner = _ScopeScanner(builder)
    args = funcnode.args
    for arg in args.posonlyargs + args.args + args.kwonlyargs + [args.vararg, args.kwarg]:
        if arg is not None:
            scanner.locals.add(arg.arg)
    for stmt in body:
        scanner.visit(stmt)
    return scanner.locals - scanner.globals, scanner.globals
