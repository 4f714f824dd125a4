"""Which arguments of a recursive portal are its greens: a trace meeting a call of the portal
knows from them which function of the user's program is entered (and whether it recurses)."""

from __future__ import annotations

import pytest

from jit.codewriter.codewriter import CodeWriter
from kit.annotator.annrpython import RPythonAnnotator
from kit.annotator.listdef import ListDef
from kit.annotator.model import SomeList, SomeString
from kit.rtyper.rtyper import RPythonTyper
from kit.target import find_entry_point, load_target
from kit.translator.driver import Translator


def jitdata_of(target: str):
    entry = find_entry_point(load_target(target))
    annotator = RPythonAnnotator()
    annotator.build_types(entry, [SomeList(ListDef(annotator.bookkeeper, SomeString(), resized=True))])
    rtyper = RPythonTyper(annotator)
    rtyper.specialize()
    translator = Translator(annotator, rtyper)
    cw = CodeWriter(rtyper, translator.type_registry, graphs=list(annotator.graphs))
    return cw.make_jitcodes(list(annotator.graphs))


@pytest.mark.parametrize("target, expected", [
    # interpret(frame, code, pc): the int green pc is int argument 0, the ref green code is ref
    # argument 1 (after frame)
    ("tests/jit/targets/portalcall.py", [0, 1]),
    # interpret(code, frame) starts at pc = 0, a constant: not known from the arguments
    ("tests/jit/targets/vablecalls.py", []),
])
def test_greens_found_among_the_portal_arguments(target, expected):
    driver = jitdata_of(target).drivers[0]
    assert driver.portal_greens_known == bool(expected)
    if expected:
        assert driver.portal_green_args == expected
