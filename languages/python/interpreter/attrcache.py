"""Inline caches of the interpreter for attribute loads, stores and method lookups on instances
with maps: each instruction remembers the last few (class, type version, map) it saw and the
answers (a few: one instruction often meets several classes, e.g. the subclasses of a base).

Only the interpreter uses them: in a trace the class, the map and the type version are constants
already and the generic lookups fold away, so the caches are skipped there (`we_are_jitted`).
An entry is valid while no class dict changed (the global type version) and applies to instances
of exactly its class with exactly its map; anything else takes the generic path and refills it.
"""

from __future__ import annotations

from languages.python.interpreter.function import W_FunctionObject
from languages.python.interpreter.pycode import PyCode
from languages.python.objspace import gateway, mapdict, ops
from languages.python.objspace.gateway import W_BuiltinFunction
from languages.python.objspace.root import W_Root
from languages.python.objspace.typeobject import W_InstanceObject, W_TypeObject, type_versions


class AttrCacheEntry:
    """What one instruction learnt about instances of `w_class` with map `attr_map`: the value
    is at `index` of their attribute list (loads, stores; a store that adds the attribute goes
    to `map_after`), or the attribute is the class's plain method `w_method`."""

    _immutable_fields_ = ["w_class", "version", "attr_map", "map_after", "index", "w_method", "older"]

    def __init__(self, w_class: W_TypeObject, attr_map: mapdict.AttrMap, map_after: mapdict.AttrMap,
                 index: int, w_method: W_Root | None, older: AttrCacheEntry | None) -> None:
        self.w_class = w_class
        self.version = type_versions.value
        self.attr_map = attr_map
        self.map_after = map_after
        self.index = index
        self.w_method = w_method
        self.older = older      # the instruction's other entries, newest first


MAX_ENTRIES = 4     # per instruction


def entry_for(code: PyCode, pc: int, w_obj: W_InstanceObject) -> AttrCacheEntry | None:
    """The instruction's entry that applies to w_obj now, if any."""
    entry = code.attr_caches[pc]
    version = type_versions.value
    while entry is not None:
        if entry.attr_map is w_obj.map and entry.w_class is w_obj.w_class and entry.version == version:
            return entry
        entry = entry.older
    return None


def add_entry(code: PyCode, pc: int, w_class: W_TypeObject, attr_map: mapdict.AttrMap,
              map_after: mapdict.AttrMap, index: int, w_method: W_Root | None) -> None:
    """Put a new entry first, keeping at most MAX_ENTRIES-1 older ones of the current version."""
    version = type_versions.value
    kept: list[AttrCacheEntry] = []
    entry = code.attr_caches[pc]
    while entry is not None and len(kept) < MAX_ENTRIES - 1:
        if entry.version == version:
            kept.append(entry)
        entry = entry.older
    chain: AttrCacheEntry | None = None
    i = len(kept) - 1
    while i >= 0:
        old = kept[i]
        chain = AttrCacheEntry(old.w_class, old.attr_map, old.map_after, old.index, old.w_method, chain)
        i -= 1
    code.attr_caches[pc] = AttrCacheEntry(w_class, attr_map, map_after, index, w_method, chain)


def class_allows(w_class: W_TypeObject, name: str, storing: bool) -> bool:
    """Attribute access on instances of w_class reaches their own attributes without running
    code: no __getattribute__ (or __setattr__) of their own and no data descriptor for `name`."""
    if ops.attribute_kind_of(w_class) == ops.ATTR_OTHER:
        return False
    if storing and not ops.has_plain_setattr(w_class):
        return False
    w_descr = w_class.lookup(name)
    return w_descr is None or not ops.is_data_descr(w_descr)


# ---- loads ----------------------------------------------------------------------------------------------

def load_attr(code: PyCode, pc: int, w_obj: W_Root, name: str) -> W_Root:
    if isinstance(w_obj, W_InstanceObject) and w_obj.map is not None:
        entry = entry_for(code, pc, w_obj)
        if entry is not None:
            return w_obj.values_w[entry.index]
        w_value = ops.getattr(w_obj, name)
        fill_load(code, pc, w_obj, name)
        return w_value
    return ops.getattr(w_obj, name)


def fill_load(code: PyCode, pc: int, w_obj: W_InstanceObject, name: str) -> None:
    attr_map = w_obj.map
    if attr_map is None or not class_allows(w_obj.w_class, name, False):
        return
    index = attr_map.index_of(name)
    if index >= 0:
        add_entry(code, pc, w_obj.w_class, attr_map, attr_map, index, None)


# ---- stores ---------------------------------------------------------------------------------------------

def store_attr(code: PyCode, pc: int, w_obj: W_Root, name: str, w_value: W_Root) -> None:
    if isinstance(w_obj, W_InstanceObject) and w_obj.map is not None:
        entry = entry_for(code, pc, w_obj)
        if entry is not None:
            if entry.map_after is entry.attr_map:
                w_obj.values_w[entry.index] = w_value
            else:
                w_obj.values_w.append(w_value)
                w_obj.map = entry.map_after
            return
        map_before = w_obj.map
        ops.setattr(w_obj, name, w_value)
        fill_store(code, pc, w_obj, name, map_before)
        return
    ops.setattr(w_obj, name, w_value)


def fill_store(code: PyCode, pc: int, w_obj: W_InstanceObject, name: str, map_before: mapdict.AttrMap) -> None:
    map_after = w_obj.map
    if map_after is None or not class_allows(w_obj.w_class, name, True):
        return
    index = map_after.index_of(name)
    # either the attribute was there, or it was added at the end (nothing else changed the map)
    if map_after is map_before or (map_before.index_of(name) < 0 and map_after is map_before.with_attribute(name)):
        if index >= 0:
            add_entry(code, pc, w_obj.w_class, map_before, map_after, index, None)


# ---- methods --------------------------------------------------------------------------------------------

def cached_method(code: PyCode, pc: int, w_obj: W_Root) -> W_Root | None:
    """The plain method LOAD_METHOD found last time for instances like w_obj (None: no entry)."""
    if isinstance(w_obj, W_InstanceObject) and w_obj.map is not None:
        entry = entry_for(code, pc, w_obj)
        if entry is not None:
            return entry.w_method
    return None


def fill_method(code: PyCode, pc: int, w_obj: W_Root, name: str, w_method: W_Root) -> None:
    """Remember that `name` on w_obj is the class's plain method w_method (not shadowed)."""
    if not isinstance(w_obj, W_InstanceObject):
        return
    attr_map = w_obj.map
    if attr_map is None or attr_map.index_of(name) >= 0:
        return
    if not (isinstance(w_method, W_FunctionObject) or
            isinstance(w_method, W_BuiltinFunction) and w_method.kind == gateway.METHOD):
        return
    if ops.attribute_kind_of(w_obj.w_class) == ops.ATTR_OTHER:
        return
    add_entry(code, pc, w_obj.w_class, attr_map, attr_map, -1, w_method)
