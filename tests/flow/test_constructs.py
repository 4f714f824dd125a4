"""One test per construct of ARCHITECTURE §2: the graph checks and means what the function means."""

import pytest

from kit.flow.model import Constant, c_last_exception

from . import samples as s
from .helpers import graph_of, opnames, same_as_python


def test_arithmetic():
    same_as_python(s.arithmetic, (7, 3), (-7, 3), (7, -3), (0, 5))
    same_as_python(s.arithmetic, (1, 0))  # ZeroDivisionError on both sides


def test_float_ops():
    same_as_python(s.float_ops, (7.5, 2.0), (-1.25, 0.5))


def test_comparisons_and_chains():
    same_as_python(s.comparisons, (1, 2), (2, 2), (3, 2))
    same_as_python(s.chained, (1, 2, 3), (3, 2, 1), (1, 5, 2), (0, 0, 0))


def test_truthiness():
    same_as_python(s.truthiness, (0, "", [], {}, None), (3, "x", [1], {1: 2}, 5))


def test_bool_ops_and_conditional_expression():
    same_as_python(s.boolean_ops, (0, 1, 2), (3, 0, 5), (3, 4, 0))
    same_as_python(s.conditional_expression, (-4,), (0,), (9,))
    same_as_python(s.if_elif_else, (-3,), (0,), (4,), (20,))


def test_constant_folding_removes_debug_branch():
    graph = graph_of(s.constant_folding)
    ops = opnames(graph)
    # `if DEBUG:` vanished and len(NAMES) * 2 was computed at flow time
    assert "simple_call" not in ops and "bool" not in ops
    assert ops == ["add"]
    assert any(isinstance(a, Constant) and a.value == 6 for _, op in graph.iteroperations() for a in op.args)
    same_as_python(s.constant_folding, (1,))


def test_builtins():
    same_as_python(s.builtins_use, ([3, 1, 2], "abc"))


def test_while_break_continue():
    same_as_python(s.while_loop, (0,), (10,), (100,))
    same_as_python(s.while_else, (3,), (20,))


def test_for_over_each_iterable():
    same_as_python(s.for_range, (0,), (10,))
    same_as_python(s.for_containers, ([1, 2], "ab", b"xy", {3: 4, 5: 6}, (7, 8)))
    same_as_python(s.for_else, ([1, 2, 3], 2), ([1, 2, 3], 9))
    same_as_python(s.nested_loops, (6,))


def test_for_uses_iterator_protocol():
    graph = graph_of(s.for_range)
    ops = opnames(graph)
    assert "iter" in ops and "next" in ops
    next_blocks = [b for b in graph.iterblocks() if b.operations and b.operations[-1].opname == "next"]
    assert next_blocks
    for block in next_blocks:
        assert block.exitswitch is c_last_exception
        assert [link.exitcase for link in block.exits] == [None, StopIteration]


def test_unrolling_iterable_unrolls():
    graph = graph_of(s.unrolled)
    ops = opnames(graph)
    assert "iter" not in ops and "next" not in ops
    assert ops.count("simple_call") == 3  # three appends, no loop, no string compares left
    assert "eq" not in ops
    same_as_python(s.unrolled, (5,))
    same_as_python(s.unrolled_break, (2,), (10,))


def test_try_except_else():
    same_as_python(s.try_except, (5,), (-3,), (0,), (13,))


def test_exception_links_carry_class_and_value():
    graph = graph_of(s.try_except)
    raising = [b for b in graph.iterblocks() if b.exitswitch is c_last_exception]
    assert raising
    cases = [link.exitcase for link in raising[0].exits]
    assert cases == [None, s.SubAppError, s.AppError, ValueError, KeyError]
    for link in raising[0].exits[1:]:
        assert link.last_exception is not None and link.last_exc_value is not None


def test_try_finally_paths():
    same_as_python(s.try_finally, (5, []), (0, []), (-1, []), (13, []))
    same_as_python(s.finally_through_break, (1, []), (6, []))


def test_reraise_and_raise_from():
    same_as_python(s.reraise, (3,), (-2,), (13,))
    same_as_python(s.raise_in_try, (0,), (4,))
    same_as_python(s.nested_try, (3,), (13,), (-5,), (0,))


def test_implicit_exceptions_of_operations():
    same_as_python(s.indexing_errors, ([1, 2], {"a": 1}, 1, "a"), ([1, 2], {"a": 1}, 5, "b"),
                   ([1, 2], {}, 0, "x"))


def test_assert():
    same_as_python(s.asserts, (3,), (-1,), (5,))


def test_ovfcheck():
    graph = graph_of(s.overflow)
    assert "mul_ovf" in opnames(graph)
    same_as_python(s.overflow, (3, 4), (2 ** 40, 2 ** 40))
    same_as_python(s.overflow_add, (1, 2), (2 ** 62, 2 ** 62))


def test_lists():
    same_as_python(s.lists, (4,))


def test_dicts():
    same_as_python(s.dicts, (["a", "b", "a", "c"],))


def test_tuples_and_unpacking():
    same_as_python(s.tuples_and_unpacking, ((1, 2, 3),))
    same_as_python(s.tuples_and_unpacking, ((1, 2),))  # ValueError on both sides


def test_strings_and_bytes():
    same_as_python(s.strings, ("a,b,c",))
    same_as_python(s.bytes_ops, (b"abc,def",))


def test_formatting():
    same_as_python(s.formatting, (42, 3.14159, "hi"))
    assert "format_value" in opnames(graph_of(s.formatting))
    assert "build_string" in opnames(graph_of(s.formatting))


def test_comprehensions():
    same_as_python(s.comprehensions, ([1, 2, 3, 4],))
    same_as_python(s.dicts, (["x"],))


def test_walrus():
    same_as_python(s.walrus, ([1, 2, 3],), ([],))


def test_keyword_and_default_arguments():
    same_as_python(s.call_with_keywords, (1,))
    assert "call_args" in opnames(graph_of(s.call_with_keywords))


def test_star_args():
    same_as_python(s.call_star, ((1, 2, 3),))


def test_classes_methods_super():
    same_as_python(s.classes, (3,))


def test_prebuilt_instance_and_function_values():
    same_as_python(s.prebuilt_state, (3,))
    same_as_python(s.function_values, (True,), (False,))
    same_as_python(s.closure_from_import_time, (1,))


def test_we_are_translated_folds_to_true():
    graph = graph_of(s.os_and_time)
    ret = [link.args[0] for link in graph.iterlinks() if link.target is graph.returnblock]
    assert ret
    assert s.os_and_time()[1] is False


def test_imports_inside_functions():
    same_as_python(s.imports_inside, (2.5,))


def test_string_building():
    same_as_python(s.string_building, (5,))


@pytest.mark.parametrize("name", [n for n in dir(s) if callable(getattr(s, n))
                                  and getattr(getattr(s, n), "__module__", "") == s.__name__
                                  and not isinstance(getattr(s, n), type)
                                  and n not in s.IMPORT_TIME_ONLY])
def test_every_sample_function_checks(name):
    graph_of(getattr(s, name))


def test_mixins_and_class_attributes():
    same_as_python(s.mixins_and_class_attrs, ())


def test_print(capsys):
    same_as_python(s.printing, (3, 2.5))
    out = capsys.readouterr().out
    assert out == "value 3 2.5 True None\n\n" * 2


def test_time_math_env():
    same_as_python(s.time_math_env, (2.5,))


def test_tuple_keys_and_unsigned():
    same_as_python(s.tuple_keys_and_r_uint, (4,))


def test_list_equality_and_none_able_references():
    same_as_python(s.list_equality_and_repeat, ([1, 2],))
    same_as_python(s.none_able, (True,), (False,))
