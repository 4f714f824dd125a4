"""The whole Scheme VM, from entry_point, passes kit's annotator (whole-program type inference)."""

from kit.annotator.annrpython import RPythonAnnotator
from kit.annotator.listdef import ListDef
from kit.annotator.model import SomeInteger, SomeList, SomeString
from languages.scheme.target import entry_point


def test_entry_point_annotates():
    annotator = RPythonAnnotator()
    s_argv = SomeList(ListDef(annotator.bookkeeper, SomeString(), resized=True))
    result = annotator.build_types(entry_point, [s_argv])
    assert isinstance(result, SomeInteger)
    names = {graph.name for graph in annotator.graphs}
    # the evaluation loop, the compiler, the reader and the printer are all reached
    for name in ("Machine.run", "Compiler.compile", "Reader.read_datum", "Printer.run", "SyntaxRules.expand"):
        assert name in names
    assert len(annotator.graphs) > 700
