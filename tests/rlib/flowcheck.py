"""Helpers for the RPython checks of kit.rlib packages: list run-time functions, interpret their graphs."""

from __future__ import annotations

import importlib
import pkgutil
import types

from kit.flow.interp import FlowInterpreter


def _is_import_time(value: object) -> bool:
    return bool(getattr(value, "_kit_not_rpython_", False))


def runtime_functions(package_name: str) -> list[tuple[str, types.FunctionType]]:
    """Every function and method defined in the package's modules, less those marked @not_rpython
    (and the methods of classes marked @not_rpython, which are import-time helpers as a whole)."""
    package = importlib.import_module(package_name)
    modules = [package] + [importlib.import_module(info.name)
                           for info in pkgutil.walk_packages(package.__path__, package_name + ".")]
    found = []
    for module in modules:
        for name, value in vars(module).items():
            if isinstance(value, types.FunctionType) and value.__module__ == module.__name__:
                if not _is_import_time(value):
                    found.append((f"{module.__name__}.{name}", value))
            elif isinstance(value, type) and value.__module__ == module.__name__ and not _is_import_time(value):
                for attr, member in vars(value).items():
                    if isinstance(member, staticmethod | classmethod):
                        member = member.__func__
                    if isinstance(member, types.FunctionType) and not _is_import_time(member):
                        found.append((f"{module.__name__}.{name}.{attr}", member))
    return found


class FollowingInterpreter(FlowInterpreter):
    """A FlowInterpreter that also interprets the functions of the given kit.rlib packages (the plain
    one calls kit.rlib directly, as translation gives most of it a special meaning)."""

    def __init__(self, prefixes: tuple[str, ...], **kwargs) -> None:
        FlowInterpreter.__init__(self, **kwargs)
        self.prefixes = prefixes

    def call(self, func, *args, **kwargs):
        target = func.__func__ if isinstance(func, types.MethodType) else func
        if (isinstance(target, types.FunctionType) and (target.__module__ or "").startswith(self.prefixes)
                and not _is_import_time(target)):
            if isinstance(func, types.MethodType):
                args = (func.__self__,) + args
            graph = self.graph_for(target)
            import inspect
            bound = inspect.signature(target).bind(*args, **kwargs)
            bound.apply_defaults()
            return self.run(graph, [bound.arguments[name] for name in graph.signature])
        return FlowInterpreter.call(self, func, *args, **kwargs)
