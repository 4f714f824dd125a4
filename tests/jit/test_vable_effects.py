"""The codewriter's effect info for the virtualizable: which parts of the frame (its scalar fields,
its arrays) a residually called function may read and write, found from the low-level graphs."""

from __future__ import annotations

import pytest

from jit.codewriter.effectinfo import VableParts
from jit.metainterp.virtualizable import part_bit
from kit.rtyper import lltype
from tests.jit.codewriter.build import codewriter_for

ACC = part_bit(0)       # Frame._virtualizable_ = ["acc", "slots[*]"]
SLOTS = part_bit(1)


@pytest.fixture(scope="module")
def codewriter():
    return codewriter_for("tests/jit/targets/vablecalls.py")


def graph_named(cw, name):
    return next(g for g in cw.graphs if g.name == name)


@pytest.mark.parametrize("name, reads, writes", [
    ("mix", 0, 0),                           # writes another object's field only
    ("peek_acc", ACC, 0),
    ("poke", ACC | SLOTS, ACC | SLOTS),      # (the list's items, by their type)
    ("maybe_fail", SLOTS, SLOTS),
])
def test_effects_of_the_helpers(codewriter, name, reads, writes):
    assert codewriter.vable_effects.of_graph(graph_named(codewriter, name)) == (reads, writes)


def test_call_descrs_carry_the_effects(codewriter):
    cw = codewriter
    descrs = {}
    for name in ("mix", "peek_acc", "poke"):
        fn = cw.rtyper.getllfunction(graph_named(cw, name))
        descrs[name] = cw.residual_function(fn)[1]
    assert (descrs["mix"].vable_reads, descrs["mix"].vable_writes) == (0, 0)
    assert (descrs["peek_acc"].vable_reads, descrs["peek_acc"].vable_writes) == (ACC, 0)
    # every part: -1, one descr for "everything"
    assert (descrs["poke"].vable_reads, descrs["poke"].vable_writes) == (-1, -1)


def test_callers_inherit_the_effects_of_their_callees(codewriter):
    # the portal reads and writes the frame; so does everything that calls it
    cw = codewriter
    reads, writes = cw.vable_effects.of_graph(graph_named(cw, "interpret"))
    assert reads == writes == ACC | SLOTS
    reads, writes = cw.vable_effects.of_graph(graph_named(cw, "entry_point"))
    assert reads & ACC and writes & SLOTS


def test_addresses_of_frame_objects_count_as_access():
    S = lltype.GcStruct("Frame", ("acc", lltype.Signed))
    ITEMS = lltype.GcArray(lltype.Signed)
    LIST = lltype.GcStruct("list", ("length", lltype.Signed), ("items", lltype.Ptr(ITEMS)))
    OTHER = lltype.GcStruct("Other", ("x", lltype.Signed))
    parts = VableParts([(S, "acc")], [(S, "slots")], [LIST], [ITEMS])
    assert parts.address_bits(lltype.Ptr(S)) == parts.all_bits
    assert parts.address_bits(lltype.Ptr(ITEMS)) == part_bit(1)
    assert parts.address_bits(lltype.Ptr(OTHER)) == 0
    assert parts.address_bits(lltype.GCREF) == parts.all_bits
    assert parts.field_bits(LIST, "length") == part_bit(1)
    assert parts.field_bits(OTHER, "x") == 0


def test_frames_with_many_parts_share_the_last_bit():
    names = [f"f{k}" for k in range(70)]
    S = lltype.GcStruct("Big", *[(name, lltype.Signed) for name in names])
    parts = VableParts([(S, name) for name in names], [], [], [])
    assert parts.field_bits(S, "f3") == part_bit(3) == 1 << 3
    assert parts.field_bits(S, "f65") == parts.field_bits(S, "f62") == part_bit(62)
    assert parts.all_bits == (1 << 63) - 1
