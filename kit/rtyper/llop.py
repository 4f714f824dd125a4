"""`llop.NAME(RESULTTYPE, *args)`: emit one low-level operation from ll helpers and the GC.

Only meaningful in translated code; the operation must be in lloperation.LL_OPERATIONS.
"""

from __future__ import annotations

from typing import Any

from kit.rtyper.lloperation import LL_OPERATIONS


class LLOpCallable:
    def __init__(self, name: str) -> None:
        if name not in LL_OPERATIONS:
            raise AttributeError(f"unknown low-level operation {name!r}")
        self.name = name

    def __call__(self, RESULTTYPE: Any, *args: Any) -> Any:
        raise RuntimeError(f"llop.{self.name}() only runs in translated code")

    def __repr__(self) -> str:
        return f"llop.{self.name}"


class _LLOpNamespace:
    _kit_fold_getattr_ = True

    def __init__(self) -> None:
        self._cache: dict[str, LLOpCallable] = {}

    def __getattr__(self, name: str) -> LLOpCallable:
        if name.startswith("_"):
            raise AttributeError(name)
        op = self._cache.get(name)
        if op is None:
            op = self._cache[name] = LLOpCallable(name)
        return op


llop = _LLOpNamespace()
