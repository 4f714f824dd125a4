"""Instance maps (hidden classes): the attributes of instances of user classes live in a list of
values indexed through an immutable map shared by every instance with the same attribute order.

A map is a chain of (name, index) additions from the empty map. Maps never change once built, so
a trace that promotes an instance's map folds the attribute index to a constant. An instance
leaves the map representation for an ordinary dict (it "devolves") when its `__dict__` is asked
for, an attribute is deleted, or it has more than MAX_ATTRIBUTES attributes.
"""

from __future__ import annotations

from kit.rlib import jit

MAX_ATTRIBUTES = 64


class AttrMap:
    """The layout of an instance's attributes: `indexes` maps each name to its place in the
    instance's value list; `length` is how many there are. `transitions` caches the map one
    more attribute leads to (a cache only: the same name always gives the same map)."""

    _immutable_fields_ = ["indexes", "names[*]", "length"]

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self.length = len(names)
        self.indexes: dict[str, int] = {}
        for i in range(len(names)):
            self.indexes[names[i]] = i
        self.transitions: dict[str, AttrMap] = {}

    @jit.elidable
    def index_of(self, name: str) -> int:
        """The place of `name` in the value list, or -1 when instances of this map lack it."""
        return self.indexes.get(name, -1)

    @jit.elidable
    def with_attribute(self, name: str) -> AttrMap:
        """The map of an instance of this map after `name` (not in this map) was added."""
        following = self.transitions.get(name, None)
        if following is None:
            names = list(self.names)
            names.append(name)
            following = AttrMap(names)
            self.transitions[name] = following
        return following


EMPTY_MAP = AttrMap([])
