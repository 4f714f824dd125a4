"""Type objects: W_TypeObject with its C3 method resolution order and cached attribute lookup,
the `object` and `type` types, and the state of instances of user-defined classes.
"""

from __future__ import annotations

from kit.rlib import jit
from kit.rlib.objectmodel import compute_hash
from languages.python.objspace import mapdict
from languages.python.objspace.root import W_Root, set_static_type


class VersionCounter:
    """Bumped whenever a class's dict or bases change: every type's lookup cache then refills.
    Quasi-immutable for the JIT: compiled code folds lookups and is invalidated when it changes."""

    _immutable_fields_ = ["value?"]

    def __init__(self) -> None:
        self.value = 1


type_versions = VersionCounter()


class MethodCache:
    """A direct-mapped cache in front of the types' own lookup caches, as CPython's and PyPy's
    method caches: slot (hash of the name, type number) remembers one (type, name, version) ->
    value. A hit costs three comparisons and no dict probe (for the interpreter; traces fold
    lookups altogether)."""

    SIZE = 2048

    def __init__(self) -> None:
        self.types_w: list[W_TypeObject | None] = [None] * MethodCache.SIZE
        self.names: list[str] = [""] * MethodCache.SIZE
        self.versions: list[int] = [0] * MethodCache.SIZE
        self.values_w: list[W_Root | None] = [None] * MethodCache.SIZE
        self.types_made = 0       # numbers the types (their `number`)


method_cache = MethodCache()


class W_NotFound(W_Root):
    """The lookup cache's mark for a name no class of the MRO defines (never seen by programs)."""


NOT_FOUND = W_NotFound()


class W_TypeObject(W_Root):
    """A Python type. Builtin types are built at import time; classes at run time by type.__new__.

    - `layout`: the builtin type whose interp-level instance class this type's instances use
      (object, int, list, BaseException...), inherited from the most derived builtin base;
    - `hasdict`: instances carry a __dict__; `slot_names`: this class's own __slots__;
      `nslots`: how many slot values instances carry (all classes of the MRO together).
    """

    _immutable_fields_ = ["layout?"]

    def __init__(self, name: str, bases_w: list[W_TypeObject], heaptype: bool = False) -> None:
        self.name = name
        self.qualname = name
        self.module = "builtins"
        self.bases_w = bases_w
        self.mro_w: list[W_TypeObject] = []
        self.dict_w: dict[str, W_Root] = {}
        self.w_class: W_Root | None = None
        self.heaptype = heaptype
        self.layout: W_TypeObject | None = None
        self.hasdict = False
        self.slot_names: list[str] = []
        self.nslots = 0
        self.acceptable_as_base = True
        self.cache_version = 0
        self.cache: dict[str, W_Root] = {}     # name -> value or NOT_FOUND
        self.subclasses_w: list[W_TypeObject] = []
        self.doc = ""
        self.abstract = False       # a non-empty __abstractmethods__ was set: object.__new__ refuses
        # how instances look attributes up (ops.attribute_kind), valid while type_versions is this
        self.attr_kind = 0
        self.attr_kind_version = 0
        method_cache.types_made += 1
        self.number = method_cache.types_made
        if len(bases_w) > 0:
            self.layout = bases_w[0].layout
            self.mro_w = compute_mro(self)
            for w_base in bases_w:
                w_base.subclasses_w.append(self)

    def getclass(self) -> W_Root:
        w_class = self.w_class
        if w_class is None:
            return w_type
        return w_class

    def setclass(self, w_class: W_Root) -> None:
        self.w_class = w_class

    def lookup(self, name: str) -> W_Root | None:
        """The attribute `name` found along the MRO (without descriptors applied), or None.
        In a trace the type is a constant and so is the version: the lookup folds away."""
        return lookup_cached(jit.promote(self), name, type_versions.value)

    def lookup_uncached(self, name: str) -> W_Root | None:
        for w_class in self.mro_w:
            if name in w_class.dict_w:
                return w_class.dict_w[name]
        return None

    def lookup_where(self, name: str) -> W_TypeObject | None:
        """The class of the MRO whose dict defines `name`."""
        for w_class in self.mro_w:
            if name in w_class.dict_w:
                return w_class
        return None

    @jit.elidable
    def is_subtype(self, w_other: W_TypeObject) -> bool:
        # elidable: a class's MRO is fixed once the class is made (no __bases__ assignment)
        if self is w_other:
            return True
        for w_class in self.mro_w:
            if w_class is w_other:
                return True
        return False

    def set_attribute(self, name: str, w_value: W_Root) -> None:
        self.dict_w[name] = w_value
        type_versions.value += 1

    def del_attribute(self, name: str) -> bool:
        if name not in self.dict_w:
            return False
        del self.dict_w[name]
        type_versions.value += 1
        return True

    def get_module_name(self) -> str:
        return self.module

    def full_name(self) -> str:
        """How repr() and error messages name the class: 'module.QualName' unless builtin."""
        if self.module == "builtins":
            return self.qualname
        return self.module + "." + self.qualname


@jit.elidable
def lookup_cached(w_class: W_TypeObject, name: str, version: int) -> W_Root | None:
    """W_TypeObject.lookup through the method cache and the type's cache, valid while the global
    version is `version`."""
    cache = method_cache
    slot = (compute_hash(name) ^ (w_class.number * 40503)) & (MethodCache.SIZE - 1)
    if cache.types_w[slot] is w_class and cache.versions[slot] == version and cache.names[slot] == name:
        w_value = cache.values_w[slot]
    else:
        w_value = lookup_in_type_cache(w_class, name, version)
        cache.types_w[slot] = w_class
        cache.versions[slot] = version
        cache.names[slot] = name
        cache.values_w[slot] = w_value
    if w_value is NOT_FOUND:
        return None
    return w_value


def lookup_in_type_cache(w_class: W_TypeObject, name: str, version: int) -> W_Root:
    """The attribute `name` along the MRO (NOT_FOUND: none) through the type's own cache."""
    if w_class.cache_version != version:
        w_class.cache = {}
        w_class.cache_version = version
    # one dict probe on the usual path: misses are cached as NOT_FOUND
    w_value = w_class.cache.get(name, None)
    if w_value is None:
        w_value = w_class.lookup_uncached(name)
        if w_value is None:
            w_value = NOT_FOUND
        w_class.cache[name] = w_value
    return w_value


def compute_mro(w_class: W_TypeObject) -> list[W_TypeObject]:
    """C3 linearization: the class, then a merge of its bases' MROs and the list of bases."""
    sequences: list[list[W_TypeObject]] = []
    for w_base in w_class.bases_w:
        sequences.append(list(w_base.mro_w))
    sequences.append(list(w_class.bases_w))
    result: list[W_TypeObject] = [w_class]
    while True:
        nonempty: list[list[W_TypeObject]] = []
        for seq in sequences:
            if len(seq) > 0:
                nonempty.append(seq)
        if len(nonempty) == 0:
            return result
        candidate: W_TypeObject | None = None
        for seq in nonempty:
            head = seq[0]
            in_tail = False
            for other in nonempty:
                for i in range(1, len(other)):
                    if other[i] is head:
                        in_tail = True
                        break
                if in_tail:
                    break
            if not in_tail:
                candidate = head
                break
        if candidate is None:
            raise MROError(nonempty)
        result.append(candidate)
        for seq in nonempty:
            if seq[0] is candidate:
                del seq[0]
        sequences = nonempty


class MROError(Exception):
    """No consistent method resolution order; `sequences` are the lists that could not be merged."""

    def __init__(self, sequences: list[list[W_TypeObject]]) -> None:
        self.sequences = sequences


def make_builtin_type(name: str, w_base: W_TypeObject | None, own_layout: bool = True,
                      base_ok: bool = True) -> W_TypeObject:
    """A builtin type at import time (its methods are added by the decorators in gateway)."""
    bases_w: list[W_TypeObject] = []
    if w_base is not None:
        bases_w.append(w_base)
    w_new = W_TypeObject(name, bases_w)
    if own_layout or w_base is None:
        w_new.layout = w_new
    w_new.acceptable_as_base = base_ok
    return w_new


# ---- object and type --------------------------------------------------------------------------------

w_object = W_TypeObject("object", [])
w_object.mro_w = [w_object]
w_object.layout = w_object
w_type = make_builtin_type("type", w_object)
set_static_type(W_Root, w_object)
set_static_type(W_TypeObject, w_type)


def jit_promote_type(w_type_: W_TypeObject) -> W_TypeObject:
    return jit.promote(w_type_)


# ---- instances of user-defined classes ----------------------------------------------------------------

def new_instance_dict(w_class: W_TypeObject) -> W_Root | None:
    from languages.python.objspace import dictobject
    if w_class.hasdict:
        return dictobject.W_DictObject()
    return None


def new_slot_values(w_class: W_TypeObject) -> list[W_Root | None] | None:
    if w_class.nslots == 0:
        return None
    return [None] * w_class.nslots


class UserMixin:
    """The state of instances of user-defined classes: their class, __dict__ and __slots__ values.
    Mixed into the interp classes of user subclasses of builtin types (W_IntObjectUser...)."""

    _mixin_ = True
    _user_ = True

    def init_user(self, w_class: W_TypeObject) -> None:
        self.w_class = w_class
        self.w_dict = new_instance_dict(w_class)
        self.slots_w = new_slot_values(w_class)

    def getclass(self) -> W_Root:
        return self.w_class

    def getdict(self) -> W_Root | None:
        return self.w_dict

    def setdict(self, w_dict: W_Root) -> bool:
        if self.w_dict is None:
            return False
        self.w_dict = w_dict
        return True

    def getslots(self) -> list[W_Root | None] | None:
        return self.slots_w

    def setclass(self, w_class: W_TypeObject) -> None:
        self.w_class = w_class


class W_ObjectObject(W_Root):
    """A bare `object()`."""


class W_InstanceObject(W_ObjectObject):
    """An instance of a user-defined class whose builtin base is `object`. Its attributes live in
    `values_w`, laid out by `map` (see mapdict); `w_dict` replaces both (map None) once the
    instance devolved to an ordinary __dict__. Without map and dict, the class has no __dict__."""

    _user_ = True

    def __init__(self, w_class: W_TypeObject) -> None:
        self.w_class = w_class
        self.w_dict: W_Root | None = None
        self.map: mapdict.AttrMap | None = None
        if w_class.hasdict:
            self.map = mapdict.EMPTY_MAP
        self.values_w: list[W_Root] = []
        self.slots_w = new_slot_values(w_class)

    def getclass(self) -> W_Root:
        return self.w_class

    def getdict(self) -> W_Root | None:
        if self.map is not None:
            self.devolve()
        return self.w_dict

    def setdict(self, w_dict: W_Root) -> bool:
        if self.map is None and self.w_dict is None:
            return False
        self.map = None
        self.values_w = []
        self.w_dict = w_dict
        return True

    def getslots(self) -> list[W_Root | None] | None:
        return self.slots_w

    def setclass(self, w_class: W_TypeObject) -> None:
        self.w_class = w_class

    def devolve(self) -> None:
        """Move the attributes into an ordinary dict: from now on, that is the __dict__."""
        from languages.python.objspace import dictobject
        attr_map = self.map
        assert attr_map is not None
        w_dict = dictobject.W_DictObject()
        for i in range(attr_map.length):
            dictobject.setitem_str(w_dict, attr_map.names[i], self.values_w[i])
        self.map = None
        self.values_w = []
        self.w_dict = w_dict

    def map_get(self, name: str) -> W_Root | None:
        """The attribute `name` of an instance with a map (None: it has none)."""
        attr_map = jit.promote(self.map)
        assert attr_map is not None
        index = attr_map.index_of(name)
        if index < 0:
            return None
        return self.values_w[index]

    def map_set(self, name: str, w_value: W_Root) -> None:
        """Set the attribute `name` of an instance with a map."""
        from languages.python.objspace import dictobject
        attr_map = jit.promote(self.map)
        assert attr_map is not None
        index = attr_map.index_of(name)
        if index >= 0:
            self.values_w[index] = w_value
        elif attr_map.length < mapdict.MAX_ATTRIBUTES:
            self.map = attr_map.with_attribute(name)
            self.values_w.append(w_value)
        else:
            self.devolve()
            w_dict = self.w_dict
            assert isinstance(w_dict, dictobject.W_DictObject)
            dictobject.setitem_str(w_dict, name, w_value)
