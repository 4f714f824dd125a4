"""The whole Scheme VM, from entry_point, passes kit's annotator (whole-program type inference)."""

import pytest

from kit.annotator.annrpython import RPythonAnnotator
from kit.annotator.listdef import ListDef
from kit.annotator.model import SomeInteger, SomeList, SomeString
from languages.scheme import primitives
from languages.scheme.objects import UNSPECIFIED, W_Object
from languages.scheme.target import entry_point

# primitives that use an OS call kit's RPython does not support yet, with the reason
NOT_YET_TRANSLATABLE = {
    "delete-file": "os.unlink is not among kit's supported external calls yet",
}


def unsupported_stand_in(m, args: list[W_Object]) -> W_Object:
    return UNSPECIFIED


@pytest.fixture
def translatable_primitives(monkeypatch):
    for spec in primitives.PRIMITIVES:
        if spec.name in NOT_YET_TRANSLATABLE:
            monkeypatch.setattr(spec, "func", unsupported_stand_in)


def test_entry_point_annotates(translatable_primitives):
    annotator = RPythonAnnotator()
    s_argv = SomeList(ListDef(annotator.bookkeeper, SomeString(), resized=True))
    result = annotator.build_types(entry_point, [s_argv])
    assert isinstance(result, SomeInteger)
    names = {graph.name for graph in annotator.graphs}
    # the evaluation loop, the compiler, the reader and the printer are all reached
    for name in ("Machine.run", "Compiler.compile", "Reader.read_datum", "Printer.run", "SyntaxRules.expand"):
        assert name in names
    assert len(annotator.graphs) > 700
