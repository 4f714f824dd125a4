"""Malloc removal: range and list iterators of loops become variables in real rtyped graphs, and on
hand-built graphs objects that escape keep their malloc while removable ones compute the same results
(checked with a small evaluator of the few operations those graphs use)."""

from __future__ import annotations

import pytest

from kit.flow.checker import checkgraph
from kit.flow.model import Block, Constant, FunctionGraph, Link, SpaceOperation, Variable
from kit.rtyper import lltype
from kit.rtyper.lloperation import LL_OPERATIONS
from kit.transform.inline import cold_blocks, inline_small_functions
from kit.transform.mallocremoval import remove_mallocs, remove_mallocs_in_graph

from .test_fastpaths import Translated

# ---- real graphs -----------------------------------------------------------------------------------


def malloced_types(graph, hot_only=True):
    cold = cold_blocks(graph) if hot_only else set()
    return {op.args[0].value.name for block in graph.iterblocks() if block not in cold
            for op in block.operations if op.opname == "malloc"}


def lowered(func, nargs=1):
    t = Translated(func, nargs)
    inline_small_functions(t.graphs)
    return t


def range_sum(n):
    total = 0
    for k in range(n):
        total += k
    return total


def stepped(a, b, c):
    total = 0
    for k in range(a, b, c):
        total += k
    for k in range(b, a, -1):
        total -= k
    return total


def nested(n):
    total = 0
    for i in range(n):
        for j in range(i, n):
            total += i ^ j
    return total


def list_loop(n):
    items = [n, n + 1, n + 2]
    total = 0
    for x in items:
        total += x
    return total + len(items)


@pytest.mark.parametrize("func,nargs", [(range_sum, 1), (stepped, 3), (nested, 1)])
def test_range_loops_lose_their_mallocs(func, nargs):
    t = lowered(func, nargs)
    graph = t.graph(func.__name__)
    before = malloced_types(graph)
    assert {"range", "rangeiter"} & before
    assert remove_mallocs([graph]) >= 2
    checkgraph(graph, LL_OPERATIONS)
    # the only allocations left are on the error path of a zero step (a ValueError)
    assert malloced_types(graph) <= {"ValueError"}
    touched = {op.args[0].concretetype.TO.name for block in graph.iterblocks() for op in block.operations
               if op.opname in ("getfield", "setfield")}
    assert not {"range", "rangeiter"} & touched


def test_list_iterator_is_removed_but_not_the_list():
    t = lowered(list_loop)
    graph = t.graph("list_loop")
    before = malloced_types(graph)
    assert remove_mallocs([graph]) >= 1
    checkgraph(graph, LL_OPERATIONS)
    after = malloced_types(graph)
    assert after and after < before        # the list (passed to helpers) stays, its iterator goes


def test_all_graphs_of_a_program_stay_valid():
    t = lowered(stepped, 3)
    remove_mallocs(t.graphs)
    for graph in t.graphs:
        checkgraph(graph, LL_OPERATIONS)


# ---- hand-built graphs ---------------------------------------------------------------------------

S = lltype.GcStruct("S", ("x", lltype.Signed), ("flag", lltype.Bool))
PS = lltype.Ptr(S)
HOLDER = lltype.GcStruct("Holder", ("ref", PS))
PHOLDER = lltype.Ptr(HOLDER)


def var(T, hint="v"):
    v = Variable(hint)
    v.concretetype = T
    return v


def const(value, T=lltype.Signed):
    return Constant(value, concretetype=T)


def op(block, name, args, T=lltype.Void):
    result = var(T)
    block.operations.append(SpaceOperation(name, args, result))
    return result


def switch(block, cond, if_false, if_true):
    block.exitswitch = cond
    if_false.exitcase, if_true.exitcase = False, True
    block.closeblock(if_false, if_true)


def graph_of(name, start, returnblock_var=None):
    g = FunctionGraph(name, start)
    g.returnblock.inputargs[0].concretetype = lltype.Signed
    return g


def _value(env, a):
    return a.value if isinstance(a, Constant) else env[a]


def evaluate(graph, args):
    """Run a hand-built graph: mallocs give dicts, fields are dict entries."""
    env = dict(zip(graph.startblock.inputargs, args, strict=True))
    block = graph.startblock
    steps = 0
    while block is not graph.returnblock:
        steps += 1
        assert steps < 10000

        for o in block.operations:
            a = [_value(env, x) for x in o.args]
            if o.opname == "malloc":
                r = {name: lltype.default_value(T) for name, T in o.args[0].value.fields()}
            elif o.opname == "getfield":
                r = a[0][a[1]]
            elif o.opname == "setfield":
                a[0][a[1]] = a[2]
                r = None
            elif o.opname == "same_as":
                r = a[0]
            elif o.opname == "int_add":
                r = a[0] + a[1]
            elif o.opname == "int_mul":
                r = a[0] * a[1]
            elif o.opname == "int_lt":
                r = a[0] < a[1]
            elif o.opname == "ptr_nonzero":
                r = a[0] is not None
            else:
                raise AssertionError(o.opname)
            env[o.result] = r
        if block.exitswitch is None:
            link = block.exits[0]
        else:
            link = block.exits[int(bool(_value(env, block.exitswitch)))]
        values = [_value(env, x) for x in link.args]
        block = link.target
        env = dict(zip(block.inputargs, values, strict=True))
    return env[graph.returnblock.inputargs[0]]


def mallocs(graph):
    return sum(1 for b in graph.iterblocks() for o in b.operations if o.opname == "malloc")


def swapped_aliases():
    """One object entering the loop twice (a, b); writes through one are read through the other."""
    n = var(lltype.Signed, "n")
    start = Block([n])
    a, b, n1, i = var(PS, "a"), var(PS, "b"), var(lltype.Signed), var(lltype.Signed)
    loop = Block([a, b, n1, i])
    a2, b2, n2, i2 = var(PS, "a"), var(PS, "b"), var(lltype.Signed), var(lltype.Signed)
    body = Block([a2, b2, n2, i2])
    b3 = var(PS, "b")
    end = Block([b3])
    g = graph_of("swapped_aliases", start)
    p = op(start, "malloc", [Constant(S, lltype.Void)], PS)
    op(start, "setfield", [p, Constant("x", lltype.Void), const(100)])
    start.closeblock(Link([p, p, n, const(0)], loop))
    c = op(loop, "int_lt", [i, n1], lltype.Bool)
    switch(loop, c, Link([b], end), Link([a, b, n1, i], body))
    x = op(body, "getfield", [b2, Constant("x", lltype.Void)], lltype.Signed)
    x2 = op(body, "int_add", [x, i2], lltype.Signed)
    op(body, "setfield", [a2, Constant("x", lltype.Void), x2])
    i3 = op(body, "int_add", [i2, const(1)], lltype.Signed)
    body.closeblock(Link([b2, a2, n2, i3], loop))
    r = op(end, "getfield", [b3, Constant("x", lltype.Void)], lltype.Signed)
    end.closeblock(Link([r], g.returnblock))
    return g


def fresh_each_iteration(carry_both=False, escape=None):
    """A new object per iteration computed from the previous one (x doubles n times)."""
    n = var(lltype.Signed, "n")
    start = Block([n])
    p, n1, i = var(PS, "p"), var(lltype.Signed), var(lltype.Signed)
    loop = Block([p, n1, i])
    p2, n2, i2 = var(PS, "p"), var(lltype.Signed), var(lltype.Signed)
    body = Block([p2, n2, i2])
    p3 = var(PS, "p")
    end = Block([p3])
    g = graph_of("fresh_each_iteration", start)
    p0 = op(start, "malloc", [Constant(S, lltype.Void)], PS)
    op(start, "setfield", [p0, Constant("x", lltype.Void), const(1)])
    start.closeblock(Link([p0, n, const(0)], loop))
    c = op(loop, "int_lt", [i, n1], lltype.Bool)
    switch(loop, c, Link([p], end), Link([p, n1, i], body))
    q = op(body, "malloc", [Constant(S, lltype.Void)], PS)
    x = op(body, "getfield", [p2, Constant("x", lltype.Void)], lltype.Signed)
    x2 = op(body, "int_mul", [x, const(2)], lltype.Signed)
    op(body, "setfield", [q, Constant("x", lltype.Void), x2])
    i3 = op(body, "int_add", [i2, const(1)], lltype.Signed)
    if carry_both:     # the old and the new object travel together: must stay allocated
        old, new, n3, i4 = var(PS), var(PS), var(lltype.Signed), var(lltype.Signed)
        step = Block([old, new, n3, i4])
        body.closeblock(Link([p2, q, n2, i3], step))
        step.closeblock(Link([new, n3, i4], loop))
    else:
        body.closeblock(Link([q, n2, i3], loop))
    r = op(end, "getfield", [p3, Constant("x", lltype.Void)], lltype.Signed)
    if escape == "flag":    # the bool field was never set: reads as False
        f = op(end, "getfield", [p3, Constant("flag", lltype.Void)], lltype.Bool)
        r2 = var(lltype.Signed)
        end.operations.append(SpaceOperation("same_as", [r], r2))
        del f
        r = r2
    end.closeblock(Link([r], g.returnblock))
    return g


@pytest.mark.parametrize("build,expected", [
    (swapped_aliases, lambda n: 100 + n * (n - 1) // 2),
    (fresh_each_iteration, lambda n: 2 ** n),
    (lambda: fresh_each_iteration(escape="flag"), lambda n: 2 ** n),
])
def test_removed_mallocs_compute_the_same(build, expected):
    for n in (0, 1, 5):
        g = build()
        assert evaluate(g, [n]) == expected(n)
        assert remove_mallocs_in_graph(g) >= 1
        checkgraph(g, LL_OPERATIONS)
        assert mallocs(g) == 0
        assert evaluate(g, [n]) == expected(n)


def test_two_objects_on_one_link_are_kept():
    g = fresh_each_iteration(carry_both=True)
    assert evaluate(g, [4]) == 16
    remove_mallocs_in_graph(g)
    assert mallocs(g) == 2
    assert evaluate(g, [4]) == 16


def escaping(kind):
    """start: p = malloc(S); p.x = 7; then one use of p that lets it escape (or not, for 'none')."""
    start = Block([var(lltype.Signed, "n")])
    g = graph_of(f"escape_{kind}", start)
    p = op(start, "malloc", [Constant(S, lltype.Void)], PS)
    op(start, "setfield", [p, Constant("x", lltype.Void), const(7)])
    if kind == "returned":
        g.returnblock.inputargs[0].concretetype = PS
        start.closeblock(Link([p], g.returnblock))
        return g
    if kind == "stored":
        h = op(start, "malloc", [Constant(HOLDER, lltype.Void)], PHOLDER)
        op(start, "setfield", [h, Constant("ref", lltype.Void), p])
        q = op(start, "getfield", [h, Constant("ref", lltype.Void)], PS)
        r = op(start, "getfield", [q, Constant("x", lltype.Void)], lltype.Signed)
        start.closeblock(Link([r], g.returnblock))
        return g
    if kind == "tested":
        op(start, "ptr_nonzero", [p], lltype.Bool)
    elif kind == "cast":
        op(start, "cast_pointer", [Constant(PS, lltype.Void), p], PS)
    elif kind == "hashed":
        op(start, "identityhash", [p], lltype.Signed)
    elif kind == "null_joins":
        p2 = var(PS, "p")
        join = Block([p2])
        c = op(start, "int_lt", [start.inputargs[0], const(0)], lltype.Bool)
        switch(start, c, Link([p], join), Link([Constant(lltype.nullptr(PS), PS)], join))
        r = op(join, "getfield", [p2, Constant("x", lltype.Void)], lltype.Signed)
        join.closeblock(Link([r], g.returnblock))
        return g
    r = op(start, "getfield", [p, Constant("x", lltype.Void)], lltype.Signed)
    start.closeblock(Link([r], g.returnblock))
    return g


@pytest.mark.parametrize("kind", ["returned", "tested", "cast", "hashed", "null_joins"])
def test_escaping_objects_keep_their_malloc(kind):
    g = escaping(kind)
    assert remove_mallocs_in_graph(g) == 0
    assert mallocs(g) == 1
    checkgraph(g, LL_OPERATIONS)


def test_object_stored_in_a_removed_object_goes_too():
    g = escaping("stored")
    assert evaluate(g, [0]) == 7
    assert remove_mallocs_in_graph(g) == 2      # the holder first, then what it held
    assert mallocs(g) == 0
    checkgraph(g, LL_OPERATIONS)
    assert evaluate(g, [0]) == 7


def test_unescaped_object_goes():
    g = escaping("none")
    assert remove_mallocs_in_graph(g) == 1
    assert mallocs(g) == 0
    assert evaluate(g, [3]) == 7
