"""Code-quality transforms on real low-level graphs: error paths are cold for the inliner, constant
shifts are single machine operations (the translated programs' behaviour is checked by the corpus)."""

from __future__ import annotations

from kit.annotator.annrpython import RPythonAnnotator
from kit.annotator.model import SomeInteger
from kit.rtyper.rtyper import RPythonTyper
from kit.transform.exceptiontransform import transform_all
from kit.transform.inline import cold_blocks, hot_size, inline_small_functions


class Translated:
    """Annotate and rtype `func(int, ...)`, then apply the exception transform (as the driver does)."""

    def __init__(self, func, nargs=1):
        from kit.translator.driver import Translator
        self.annotator = RPythonAnnotator()
        self.annotator.build_types(func, [SomeInteger()] * nargs)
        self.rtyper = RPythonTyper(self.annotator)
        self.rtyper.specialize()
        self.graphs = list(self.annotator.graphs)
        transform_all(Translator(self.annotator, self.rtyper), self.graphs)

    def graph(self, name):
        return next(g for g in self.graphs if g.name == name)


def opnames(graph):
    return [op.opname for block in graph.iterblocks() for op in block.operations]


def shifts(x):
    return (x >> 3) + (x << 2)


def test_constant_shifts_are_machine_shifts():
    names = opnames(Translated(shifts).graph("shifts"))
    assert "int_rshift" in names and "int_lshift" in names
    assert "direct_call" not in names


def variable_shift(x):
    return 1 << x


def test_variable_shifts_keep_their_checks():
    assert "direct_call" in opnames(Translated(variable_shift).graph("variable_shift"))


def describe(n):
    return str(n)


def checked(n):
    if n < 0:
        raise ValueError(describe(n))
    return n + 1


def use_checked(n):
    return checked(n) * 2 + checked(n + 1) + len(describe(n))


def test_error_paths_are_cold():
    t = Translated(use_checked)
    graph = t.graph("checked")
    cold = cold_blocks(graph)
    cold_ops = {op.opname for block in cold for op in block.operations}
    assert "exc_set" in cold_ops and "direct_call" in cold_ops   # describe(n) is on the raising path
    assert hot_size(graph) <= 4   # int_lt, int_add (and nothing of the message)


def test_calls_on_error_paths_are_not_inlined():
    t = Translated(use_checked)
    inline_small_functions(t.graphs)
    graph = t.graph("use_checked")
    called = [op.args[0].value.graph.name for block in graph.iterblocks() for op in block.operations
              if op.opname == "direct_call"]
    # checked() disappeared into its caller twice, its call of describe() stayed a call each time;
    # the call of describe() on the normal path was inlined
    assert called.count("checked") == 0
    assert called.count("describe") == 2


class Shape:
    def area(self):
        return 0


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        if self.w < 0:
            raise ValueError("negative width")
        return self.w * self.h


def total_area(n):
    shapes = [Shape(), Square(n), Rect(n, 2)]
    total = 0
    for shape in shapes:
        total += shape.area()
    return total


def calls_in(graph):
    return [op for block in graph.iterblocks() for op in block.operations
            if op.opname in ("direct_call", "indirect_call")]


def test_method_calls_with_few_small_bodies_are_devirtualized_and_inlined():
    t = Translated(total_area)
    graph = t.graph("total_area")
    assert any(op.opname == "indirect_call" for op in calls_in(graph))
    inline_small_functions(t.graphs)
    remaining = calls_in(graph)
    assert not any(op.opname == "indirect_call" for op in remaining)
    assert not any(op.args[0].value.graph.name.endswith(".area") for op in remaining
                   if op.opname == "direct_call" and op.args[0].value.graph is not None)
    # the tests of the function pointer: one per target but the last
    assert sum(op.opname == "ptr_eq" for b in graph.iterblocks() for op in b.operations) == 2


class Many:
    def f(self):
        return 1


class Many2(Many):
    def f(self):
        return 2


class Many3(Many):
    def f(self):
        return 3


class Many4(Many):
    def f(self):
        return 4


def many_targets(n):
    objs = [Many(), Many2(), Many3(), Many4()]
    return objs[n].f()


def test_calls_with_many_targets_stay_indirect():
    t = Translated(many_targets)
    inline_small_functions(t.graphs)
    assert any(op.opname == "indirect_call" for op in calls_in(t.graph("many_targets")))


def test_inlined_bodies_test_the_exception_state_only_where_they_may_raise():
    from kit.transform.inline import return_states
    t = Translated(use_checked)
    states = set(return_states(t.graph("checked")).values())
    assert states == {True, False}   # a return that raises, a normal one; none unknown
    inline_small_functions(t.graphs)
    graph = t.graph("use_checked")
    # no block is left that only tests the state after an inlined call of checked()
    assert not [b for b in graph.iterblocks()
                if [op.opname for op in b.operations] == ["exc_occurred"] and b.inputargs]
