"""Shared definitions of list and dict item types: every list created at one place (and every
list it flows into) shares one ListDef, so its item annotation is generalised over all uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kit.annotator.model import SomeObject, UnionError, s_Impossible, union
from kit.annotator.origin import Origin

if TYPE_CHECKING:
    from kit.annotator.bookkeeper import Bookkeeper


class ItemCell:
    """The annotation of the items of a family of merged lists (or the keys/values of dicts)."""

    def __init__(self, bookkeeper: Bookkeeper, s_value: SomeObject) -> None:
        self.bookkeeper = bookkeeper
        self.s_value = s_value
        self.readers: set[Any] = set()
        # list families only: does any list of the family change size, or items?
        self.resized = False
        self.mutated = False
        self.origins: list[tuple[Origin | None, SomeObject]] = []
        self.owners: list[Any] = []  # the ListDef/DictDef objects sharing this cell

    def generalize(self, s_new: SomeObject, origin: Origin | None, what: str) -> None:
        try:
            s_union = union(self.s_value, s_new)
        except UnionError as exc:
            self.bookkeeper.item_union_error(self, s_new, origin, what, exc)
            raise AssertionError("unreachable") from None
        if s_union != self.s_value:
            self.origins.append((origin, s_new))
            self.s_value = s_union
            for position in list(self.readers):
                self.bookkeeper.annotator.reflow(position)

    def read(self) -> SomeObject:
        position = self.bookkeeper.position
        if position is not None:
            self.readers.add(position)
        return self.s_value

    def merge(self, other: ItemCell, what: str) -> ItemCell:
        """Unify two cells; returns the survivor (all owners are moved to it)."""
        if other is self:
            return self
        self.generalize(other.s_value, other.origins[-1][0] if other.origins else None, what)
        self.readers |= other.readers
        self.resized = self.resized or other.resized
        self.mutated = self.mutated or other.mutated
        self.origins.extend(other.origins)
        for owner in other.owners:
            owner.replace_cell(other, self)
            self.owners.append(owner)
        for position in list(self.readers):
            self.bookkeeper.annotator.reflow(position)
        return self


class ListDef:
    def __init__(self, bookkeeper: Bookkeeper, s_item: SomeObject = s_Impossible, resized: bool = False,
                 origin: Origin | None = None) -> None:
        self.item = ItemCell(bookkeeper, s_impossible_copy())
        self.item.owners.append(self)
        self.item.resized = resized
        if s_item is not s_Impossible:
            self.item.generalize(s_item, origin, "list item")

    def replace_cell(self, old: ItemCell, new: ItemCell) -> None:
        if self.item is old:
            self.item = new

    def s_item(self) -> SomeObject:
        return self.item.s_value

    def read_item(self) -> SomeObject:
        return self.item.read()

    def generalize(self, s_value: SomeObject, origin: Origin | None = None) -> None:
        self.item.generalize(s_value, origin, "list item")

    def resize(self) -> None:
        self.item.resized = True

    def mutate(self) -> None:
        self.item.mutated = True

    def merge(self, other: ListDef) -> None:
        if self.same_as(other):
            return
        self.item.merge(other.item, "list item")

    def same_as(self, other: ListDef) -> bool:
        return self.item is other.item

    def is_resizable(self) -> bool:
        return self.item.resized


class DictDef:
    def __init__(self, bookkeeper: Bookkeeper, s_key: SomeObject = s_Impossible,
                 s_value: SomeObject = s_Impossible, origin: Origin | None = None) -> None:
        self.key = ItemCell(bookkeeper, s_impossible_copy())
        self.value = ItemCell(bookkeeper, s_impossible_copy())
        self.key.owners.append(self)
        self.value.owners.append(self)
        if s_key is not s_Impossible:
            self.generalize_key(s_key, origin)
        if s_value is not s_Impossible:
            self.generalize_value(s_value, origin)

    def replace_cell(self, old: ItemCell, new: ItemCell) -> None:
        if self.key is old:
            self.key = new
        if self.value is old:
            self.value = new

    def s_key(self) -> SomeObject:
        return self.key.s_value

    def s_value(self) -> SomeObject:
        return self.value.s_value

    def read_key(self) -> SomeObject:
        return self.key.read()

    def read_value(self) -> SomeObject:
        return self.value.read()

    def generalize_key(self, s_key: SomeObject, origin: Origin | None = None) -> None:
        self.key.bookkeeper.check_dict_key(s_key, origin)
        self.key.generalize(s_key, origin, "dict key")

    def generalize_value(self, s_value: SomeObject, origin: Origin | None = None) -> None:
        self.value.generalize(s_value, origin, "dict value")

    def merge(self, other: DictDef) -> None:
        if self.same_as(other):
            return
        self.key.merge(other.key, "dict key")
        self.value.merge(other.value, "dict value")

    def same_as(self, other: DictDef) -> bool:
        return self.key is other.key and self.value is other.value


def s_impossible_copy() -> SomeObject:
    return s_Impossible
