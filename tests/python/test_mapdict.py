"""Instance maps (objspace/mapdict.py) and the cached lookups of globals (dictobject's watched
layouts), tested on the object space directly, untranslated."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from languages.python.objspace import dictobject, mapdict, strobject
from languages.python.objspace.typedescr import new_instance
from languages.python.objspace.typeobject import W_InstanceObject, W_TypeObject, w_object


def text_of(w_value) -> str | None:
    if w_value is None:
        return None
    assert isinstance(w_value, strobject.W_StrObject)
    return w_value.value


def user_class(name: str = "C") -> W_TypeObject:
    w_cls = W_TypeObject(name, [w_object], heaptype=True)
    w_cls.hasdict = True
    return w_cls


def test_instances_with_the_same_attribute_order_share_a_map():
    w_cls = user_class()
    a = new_instance(w_cls)
    b = new_instance(w_cls)
    assert isinstance(a, W_InstanceObject) and isinstance(b, W_InstanceObject)
    for w_obj in (a, b):
        w_obj.map_set("x", strobject.newstr("1"))
        w_obj.map_set("y", strobject.newstr("2"))
    assert a.map is b.map
    assert a.map is mapdict.EMPTY_MAP.with_attribute("x").with_attribute("y")
    assert a.map.index_of("y") == 1 and a.map.index_of("z") == -1
    c = new_instance(w_cls)
    assert isinstance(c, W_InstanceObject)
    c.map_set("y", strobject.newstr("2"))
    assert c.map is not a.map


def test_devolving_keeps_the_attributes_in_order():
    w_obj = new_instance(user_class())
    assert isinstance(w_obj, W_InstanceObject)
    for name in ["b", "a", "c"]:
        w_obj.map_set(name, strobject.newstr(name * 2))
    w_dict = w_obj.getdict()
    assert isinstance(w_dict, dictobject.W_DictObject)
    assert w_obj.map is None
    assert [text_of(w_k) for w_k in dictobject.keys(w_dict)] == ["b", "a", "c"]
    assert text_of(dictobject.getitem_str(w_dict, "a")) == "aa"


@given(st.lists(st.sampled_from(["a", "b", "c", "d", "e"]), max_size=20))
def test_a_map_agrees_with_a_dict(names):
    w_obj = new_instance(user_class())
    assert isinstance(w_obj, W_InstanceObject)
    expected: dict[str, str] = {}
    for i, name in enumerate(names):
        w_obj.map_set(name, strobject.newstr(str(i)))
        expected[name] = str(i)
    for name in ["a", "b", "c", "d", "e"]:
        assert text_of(w_obj.map_get(name)) == expected.get(name)
    assert w_obj.map is not None and list(w_obj.map.names) == list(expected)


def test_too_many_attributes_devolve_to_a_dict():
    w_obj = new_instance(user_class())
    assert isinstance(w_obj, W_InstanceObject)
    for i in range(mapdict.MAX_ATTRIBUTES + 5):
        if w_obj.map is not None:
            w_obj.map_set("a%d" % i, strobject.newstr(str(i)))
    assert w_obj.map is None
    w_dict = w_obj.getdict()
    assert isinstance(w_dict, dictobject.W_DictObject)
    assert w_dict.used == mapdict.MAX_ATTRIBUTES + 1


def test_watched_lookup_follows_insertions_and_deletions():
    w_d = dictobject.W_DictObject()
    assert dictobject.lookup_str_watched(w_d, strobject.interned("x")) is None
    version = w_d.layout_version
    assert version is not None
    before = version.value
    dictobject.setitem_str(w_d, "x", strobject.newstr("1"))
    assert version.value != before
    for i in range(30):                      # resizes move entries: the version changes each time
        dictobject.setitem_str(w_d, "k%d" % i, strobject.newstr(str(i)))
    assert text_of(dictobject.lookup_str_watched(w_d, strobject.interned("x"))) == "1"
    assert text_of(dictobject.lookup_str_watched(w_d, strobject.interned("k17"))) == "17"
    same = version.value
    dictobject.setitem_str(w_d, "x", strobject.newstr("2"))     # a new value: same layout
    assert version.value == same
    assert text_of(dictobject.lookup_str_watched(w_d, strobject.interned("x"))) == "2"
    dictobject.delitem(w_d, strobject.newstr("x"))
    assert version.value != same
    assert dictobject.lookup_str_watched(w_d, strobject.interned("x")) is None
