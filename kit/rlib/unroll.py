"""unrolling_iterable: a constant sequence whose `for` loops the flow builder unrolls.

Each iteration's body is built with the item as a constant, so items may have different types.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any


class unrolling_iterable:
    """Wrap a sequence built at import time; `for x in it:` in RPython code unrolls at flow time."""

    def __init__(self, items: Iterable[Any]) -> None:
        self._items = tuple(items)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def items(self) -> tuple:
        return self._items

    def __repr__(self) -> str:
        return f"unrolling_iterable({list(self._items)!r})"
