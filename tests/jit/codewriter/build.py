"""A test target's jitcodes made in this process (annotate, rtype, run the codewriter)."""

from __future__ import annotations

from jit.codewriter.codewriter import CodeWriter
from kit.annotator.annrpython import RPythonAnnotator
from kit.annotator.listdef import ListDef
from kit.annotator.model import SomeList, SomeString
from kit.rtyper.rtyper import RPythonTyper
from kit.target import find_entry_point, load_target
from kit.translator.driver import Translator


def codewriter_for(target: str) -> CodeWriter:
    """The codewriter after make_jitcodes on TARGET (a path to a file with entry_point(argv))."""
    entry = find_entry_point(load_target(target))
    annotator = RPythonAnnotator()
    annotator.build_types(entry, [SomeList(ListDef(annotator.bookkeeper, SomeString(), resized=True))])
    rtyper = RPythonTyper(annotator)
    rtyper.specialize()
    translator = Translator(annotator, rtyper)
    cw = CodeWriter(rtyper, translator.type_registry, graphs=list(annotator.graphs))
    cw.make_jitcodes(list(annotator.graphs))
    return cw
