"""Finding the AST and the name environment of a live function object.

The whole source file is parsed once (cached), so every node keeps its true line and column.
"""

from __future__ import annotations

import ast
import builtins
import inspect
import linecache
import os
import types
from dataclasses import dataclass, field
from typing import Any

from kit.errors import FlowError
from kit.flow.model import Location

_MISSING = object()


def display_filename(filename: str) -> str:
    """The file name as a user should see it: relative to the current directory when inside it."""
    try:
        rel = os.path.relpath(filename)
    except ValueError:
        return filename
    return filename if rel.startswith("..") else rel


@dataclass
class FunctionSource:
    func: types.FunctionType
    filename: str
    node: ast.FunctionDef | ast.Lambda
    closure: dict[str, Any] = field(default_factory=dict)

    def loc(self, node: ast.AST) -> Location:
        return Location(self.filename, getattr(node, "lineno", self.node.lineno),
                        getattr(node, "col_offset", 0) + 1)

    def lookup_global(self, name: str) -> Any:
        """The value of a non-local name, resolved now (closure cell, module global, builtin)."""
        if name in self.closure:
            return self.closure[name]
        glob = self.func.__globals__
        if name in glob:
            return glob[name]
        builtin_ns = glob.get("__builtins__", builtins)
        if isinstance(builtin_ns, types.ModuleType):
            builtin_ns = builtin_ns.__dict__
        return builtin_ns.get(name, _MISSING)


_tree_cache: dict[tuple[str, int], ast.Module] = {}


def _parse_file(filename: str, module_globals: dict) -> ast.Module | None:
    lines = linecache.getlines(filename, module_globals)
    if not lines:
        return None
    text = "".join(lines)
    key = (filename, hash(text))
    tree = _tree_cache.get(key)
    if tree is None:
        tree = ast.parse(text, filename)
        _tree_cache[key] = tree
    return tree


def get_function_source(func: types.FunctionType) -> FunctionSource:
    """Locate `func`'s definition node in its source file."""
    code = func.__code__
    filename = code.co_filename
    shown = display_filename(filename)
    where = Location(shown, code.co_firstlineno, 1)
    try:
        tree = _parse_file(filename, func.__globals__)
    except SyntaxError as exc:
        raise FlowError(f"cannot parse the source of {func.__qualname__}: {exc.msg}", where) from None
    if tree is None:
        raise FlowError(f"the source code of {func.__qualname__} is not available",
                        where, hint="RPython functions must be defined in a .py file "
                        "(functions made by exec or at the interactive prompt have no source)")
    node = _find_definition(tree, func)
    if node is None:
        raise FlowError(f"cannot find the definition of {func.__qualname__} in {shown}", where)
    closure = {}
    if func.__closure__:
        for name, cell in zip(code.co_freevars, func.__closure__, strict=True):
            try:
                closure[name] = cell.cell_contents
            except ValueError:
                closure[name] = _MISSING
    return FunctionSource(func, shown, node, closure)


def _find_definition(tree: ast.Module, func: types.FunctionType) -> ast.FunctionDef | ast.Lambda | None:
    code = func.__code__
    first = code.co_firstlineno
    if func.__name__ == "<lambda>":
        candidates = [n for n in ast.walk(tree) if isinstance(n, ast.Lambda) and n.lineno == first]
        names = list(code.co_varnames[: code.co_argcount])
        candidates = [n for n in candidates if [a.arg for a in n.args.args] == names] or candidates
        return candidates[0] if len(candidates) == 1 else None
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == func.__name__:
            start = node.decorator_list[0].lineno if node.decorator_list else node.lineno
            if start == first or node.lineno == first:
                return node
    return None


def is_flowable(func: Any) -> bool:
    """True for plain Python functions whose source can be found."""
    return isinstance(func, types.FunctionType) and inspect.getsourcefile(func) is not None


MISSING = _MISSING
