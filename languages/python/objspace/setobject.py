"""set and frozenset: CPython's open-addressing hash table (linear probes, then perturbed jumps,
dummy entries for deletions, the same growth rule), so that iteration order matches CPython's.
"""

from __future__ import annotations

from kit.rlib.rarithmetic import intmask, r_uint
from languages.python.objspace.iterobject import W_AbstractIterator
from languages.python.objspace.root import W_Root, set_static_type
from languages.python.objspace.typeobject import UserMixin, W_TypeObject, make_builtin_type, w_object

MIN_SIZE = 8
LINEAR_PROBES = 9
PERTURB_SHIFT = 5
DUMMY_HASH = -1     # a deleted entry: key None, hash -1 (an unused one has key None, hash 0)


class W_SetObject(W_Root):
    """`keys_w`/`hashes` are the table; `fill` counts active and dummy entries, `used` active ones."""

    def __init__(self, frozen: bool = False) -> None:
        self.frozen = frozen
        self.keys_w: list[W_Root | None] = [None] * MIN_SIZE
        self.hashes: list[int] = [0] * MIN_SIZE
        self.fill = 0
        self.used = 0
        self.finger = 0
        self.w_hash_cache: W_Root | None = None

    def getclass(self) -> W_Root:
        if self.frozen:
            return w_frozenset
        return w_set


class W_SetObjectUser(UserMixin, W_SetObject):
    def __init__(self, w_class: W_TypeObject, frozen: bool) -> None:
        W_SetObject.__init__(self, frozen)
        self.init_user(w_class)


w_set = make_builtin_type("set", w_object)
w_frozenset = make_builtin_type("frozenset", w_object)
w_set_iterator = make_builtin_type("set_iterator", w_object, base_ok=False)
set_static_type(W_SetObject, w_set)


def new_like(w_model: W_SetObject) -> W_SetObject:
    """An empty set of the builtin kind (set/frozenset) of w_model."""
    return W_SetObject(w_model.frozen)


# ---- the table ------------------------------------------------------------------------------------------

def mask_of(w_s: W_SetObject) -> int:
    return len(w_s.keys_w) - 1


def next_probe(i: int, perturb: r_uint, mask: int) -> int:
    return intmask((r_uint(i) * r_uint(5) + r_uint(1) + perturb) & r_uint(mask))


def lookup_index(w_s: W_SetObject, w_key: W_Root, h: int) -> int:
    """The table index holding an entry equal to w_key, or -1."""
    from languages.python.objspace import dictobject
    mask = mask_of(w_s)
    i = h & mask
    perturb = r_uint(h)
    while True:
        probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
        j = i
        while True:
            w_entry = w_s.keys_w[j]
            if w_entry is None:
                if w_s.hashes[j] == 0:
                    return -1
            elif w_s.hashes[j] == h and dictobject.keys_equal(w_entry, w_key):
                return j
            if probes == 0:
                break
            probes -= 1
            j += 1
        perturb >>= PERTURB_SHIFT
        i = next_probe(i, perturb, mask)


def add_hashed(w_s: W_SetObject, w_key: W_Root, h: int) -> None:
    from languages.python.objspace import dictobject
    mask = mask_of(w_s)
    i = h & mask
    perturb = r_uint(h)
    free = -1
    while True:
        probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
        j = i
        while True:
            w_entry = w_s.keys_w[j]
            if w_entry is None:
                if w_s.hashes[j] == 0:
                    if free >= 0:
                        w_s.keys_w[free] = w_key
                        w_s.hashes[free] = h
                        w_s.used += 1
                        return
                    w_s.keys_w[j] = w_key
                    w_s.hashes[j] = h
                    w_s.fill += 1
                    w_s.used += 1
                    if w_s.fill * 5 >= mask * 3:
                        resize(w_s, w_s.used * 2 if w_s.used > 50000 else w_s.used * 4)
                    return
                if free < 0:
                    free = j
            elif w_s.hashes[j] == h and dictobject.keys_equal(w_entry, w_key):
                return
            if probes == 0:
                break
            probes -= 1
            j += 1
        perturb >>= PERTURB_SHIFT
        i = next_probe(i, perturb, mask)


def insert_clean(keys_w: list[W_Root | None], hashes: list[int], w_key: W_Root, h: int) -> None:
    """Put a key known to be absent into a table without dummies."""
    mask = len(keys_w) - 1
    i = h & mask
    perturb = r_uint(h)
    while True:
        if keys_w[i] is None:
            keys_w[i] = w_key
            hashes[i] = h
            return
        if i + LINEAR_PROBES <= mask:
            for j in range(i + 1, i + LINEAR_PROBES + 1):
                if keys_w[j] is None:
                    keys_w[j] = w_key
                    hashes[j] = h
                    return
        perturb >>= PERTURB_SHIFT
        i = next_probe(i, perturb, mask)


def resize(w_s: W_SetObject, minused: int) -> None:
    size = MIN_SIZE
    while size <= minused:
        size <<= 1
    old_keys_w = w_s.keys_w
    old_hashes = w_s.hashes
    w_s.keys_w = [None] * size
    w_s.hashes = [0] * size
    w_s.fill = w_s.used
    for i in range(len(old_keys_w)):
        w_key = old_keys_w[i]
        if w_key is not None:
            insert_clean(w_s.keys_w, w_s.hashes, w_key, old_hashes[i])


def discard_hashed(w_s: W_SetObject, w_key: W_Root, h: int) -> bool:
    i = lookup_index(w_s, w_key, h)
    if i < 0:
        return False
    w_s.keys_w[i] = None
    w_s.hashes[i] = DUMMY_HASH
    w_s.used -= 1
    return True


def clear(w_s: W_SetObject) -> None:
    w_s.keys_w = [None] * MIN_SIZE
    w_s.hashes = [0] * MIN_SIZE
    w_s.fill = 0
    w_s.used = 0


# ---- whole-set operations ---------------------------------------------------------------------------

def hash_of(w_key: W_Root) -> int:
    from languages.python.objspace import ops
    return ops.hash_w(w_key)


def add(w_s: W_SetObject, w_key: W_Root) -> None:
    add_hashed(w_s, w_key, hash_of(w_key))


def contains(w_s: W_SetObject, w_key: W_Root) -> bool:
    return lookup_index(w_s, w_key, hash_of(w_key)) >= 0


def discard(w_s: W_SetObject, w_key: W_Root) -> bool:
    return discard_hashed(w_s, w_key, hash_of(w_key))


def length(w_s: W_SetObject) -> int:
    return w_s.used


def items(w_s: W_SetObject) -> list[W_Root]:
    """The keys in table (iteration) order."""
    result: list[W_Root] = []
    for w_key in w_s.keys_w:
        if w_key is not None:
            result.append(w_key)
    return result


def entries(w_s: W_SetObject) -> tuple[list[W_Root], list[int]]:
    """The keys and their hashes, in table order."""
    keys_w: list[W_Root] = []
    hashes: list[int] = []
    for i in range(len(w_s.keys_w)):
        w_key = w_s.keys_w[i]
        if w_key is not None:
            keys_w.append(w_key)
            hashes.append(w_s.hashes[i])
    return keys_w, hashes


def merge(w_s: W_SetObject, w_other: W_SetObject) -> None:
    """Add every key of another set (CPython's set_merge, with its fast paths)."""
    if w_other is w_s or w_other.used == 0:
        return
    if (w_s.fill + w_other.used) * 5 >= mask_of(w_s) * 3:
        resize(w_s, (w_s.used + w_other.used) * 2)
    if w_s.fill == 0 and mask_of(w_s) == mask_of(w_other) and w_other.fill == w_other.used:
        for i in range(len(w_other.keys_w)):
            w_key = w_other.keys_w[i]
            if w_key is not None:
                w_s.keys_w[i] = w_key
                w_s.hashes[i] = w_other.hashes[i]
        w_s.fill = w_other.fill
        w_s.used = w_other.used
        return
    if w_s.fill == 0:
        w_s.fill = w_other.used
        w_s.used = w_other.used
        for i in range(len(w_other.keys_w)):
            w_key = w_other.keys_w[i]
            if w_key is not None:
                insert_clean(w_s.keys_w, w_s.hashes, w_key, w_other.hashes[i])
        return
    keys_w, hashes = entries(w_other)
    for i in range(len(keys_w)):
        add_hashed(w_s, keys_w[i], hashes[i])


def update(w_s: W_SetObject, w_iterable: W_Root) -> None:
    """set.update(iterable): sets merge, dicts add their keys with their stored hashes."""
    from languages.python.objspace import dictobject, ops
    if isinstance(w_iterable, W_SetObject):
        merge(w_s, w_iterable)
        return
    if isinstance(w_iterable, dictobject.W_DictObject) and not w_iterable._user_:
        size = w_iterable.used
        if (w_s.fill + size) * 5 >= mask_of(w_s) * 3:
            resize(w_s, (w_s.used + size) * 2)
        for i in range(len(w_iterable.keys_w)):
            w_key = w_iterable.keys_w[i]
            if w_key is not None:
                add_hashed(w_s, w_key, w_iterable.hashes[i])
        return
    w_iter = ops.iter(w_iterable)
    while True:
        w_item = ops.next(w_iter)
        if w_item is None:
            return
        add(w_s, w_item)


def copy_of(w_s: W_SetObject, frozen: bool) -> W_SetObject:
    w_result = W_SetObject(frozen)
    merge(w_result, w_s)
    return w_result


def new_set(items_w: list[W_Root], frozen: bool) -> W_SetObject:
    w_result = W_SetObject(frozen)
    for w_item in items_w:
        add(w_result, w_item)
    return w_result


def pop(w_s: W_SetObject) -> W_Root | None:
    """Remove and return some key (CPython's finger walk), None when empty."""
    if w_s.used == 0:
        return None
    mask = mask_of(w_s)
    i = w_s.finger & mask
    while w_s.keys_w[i] is None:
        i += 1
        if i > mask:
            i = 0
    w_key = w_s.keys_w[i]
    w_s.keys_w[i] = None
    w_s.hashes[i] = DUMMY_HASH
    w_s.used -= 1
    w_s.finger = i + 1
    return w_key


def shuffle_bits(h: r_uint) -> r_uint:
    return ((h ^ r_uint(89869747)) ^ (h << 16)) * r_uint(3644798167)


def frozenset_hash(w_s: W_SetObject) -> int:
    """CPython's frozenset hash: order-independent, from the stored hashes of the keys."""
    h = r_uint(0)
    for i in range(len(w_s.keys_w)):
        if w_s.keys_w[i] is not None:
            h ^= shuffle_bits(r_uint(w_s.hashes[i]))
    h ^= (r_uint(w_s.used) + r_uint(1)) * r_uint(1927868237)
    h ^= (h >> 11) ^ (h >> 25)
    h = h * r_uint(69069) + r_uint(907133923)
    result = intmask(h)
    if result == -1:
        result = 590923713
    return result


# ---- iteration ----------------------------------------------------------------------------------------

class W_SetIterObject(W_AbstractIterator):
    def __init__(self, w_s: W_SetObject) -> None:
        self.w_s = w_s
        self.position = 0
        self.expected = w_s.used

    def next_w(self) -> W_Root | None:
        from languages.python.objspace import errors
        w_s = self.w_s
        if w_s.used != self.expected:
            self.expected = -1
            raise errors.runtime_error("Set changed size during iteration")
        keys_w = w_s.keys_w
        i = self.position
        while i < len(keys_w):
            w_key = keys_w[i]
            if w_key is not None:
                self.position = i + 1
                return w_key
            i += 1
        self.position = i
        return None

    def length_hint(self) -> int:
        return self.w_s.used


set_static_type(W_SetIterObject, w_set_iterator)
