"""Helpers for the optimizer's tests: a namespace of descrs for the text traces, running the
optimizer on a text trace, and comparing traces structurally (boxes renamed in order)."""

from __future__ import annotations

from jit.metainterp.descr import (
    EF_CAN_RAISE,
    EF_CANNOT_RAISE,
    EF_ELIDABLE,
    EF_LOOPINVARIANT,
    ArrayDescr,
    CallDescr,
    FieldDescr,
    SizeDescr,
)
from jit.metainterp.history import ConstInt, TargetToken
from jit.metainterp.logger import Names, value_text
from jit.metainterp.resoperation import OPNAMES
from jit.optimizer import OptOptions, optimize_bridge, optimize_loop
from jit.tool.oparser import parse


class Obj:
    """A prebuilt object the tests' traces name as ConstPtr(name)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


NODE_VTABLE = 1000
OTHER_VTABLE = 2000


def make_namespace() -> dict:
    node = SizeDescr("Node", 24, 1, vtable=NODE_VTABLE)
    value = FieldDescr("value", 8, 8, "i")
    nxt = FieldDescr("next", 16, 8, "r")
    node.all_fielddescrs = [value, nxt]
    other = SizeDescr("Other", 16, 2, vtable=OTHER_VTABLE)
    plain = SizeDescr("Plain", 16, 3)
    ns = {
        "node": node, "other": other, "plain": plain,
        "value": value, "next": nxt,
        "fvalue": FieldDescr("fvalue", 8, 8, "f"),
        "byte": FieldDescr("byte", 8, 1, "i", is_signed=False),
        "imm": FieldDescr("imm", 8, 8, "i", is_immutable=True),
        "immref": FieldDescr("immref", 16, 8, "r", is_immutable=True),
        "quasi": FieldDescr("quasi", 8, 8, "i", is_quasi_immutable=True),
        "hash": FieldDescr("hash", 8, 8, "i"),
        # the class pointer as the metainterp writes it after `new` (OptOptions.typeptr_descr)
        "typeptr": FieldDescr("typeptr", 0, 8, "i"),
        "bare": SizeDescr("Bare", 24, 4),       # an instance allocated by `new` + typeptr store
        "ints": ArrayDescr("ints", 16, 8, 8, "i"),
        "refs": ArrayDescr("refs", 16, 8, 8, "r"),
        "immints": ArrayDescr("immints", 16, 8, 8, "i", items_immutable=True),
        "str": ArrayDescr("str", 24, 1, 16, "i", is_signed=False, items_immutable=True, fixedsize=24),
        "target": TargetToken(1),
        "target2": TargetToken(2),
        "peeled": TargetToken(3),       # stands for the label the optimizer makes in expected texts
        "NodeClass": ConstInt(NODE_VTABLE),
        "OtherClass": ConstInt(OTHER_VTABLE),
        "obj": Obj("obj"), "obj2": Obj("obj2"),
    }
    ns["elidable"] = CallDescr("elidable", "ii", "i", EF_ELIDABLE)
    ns["invariant"] = CallDescr("invariant", "", "i", EF_LOOPINVARIANT)
    ns["noraise"] = CallDescr("noraise", "i", "i", EF_CANNOT_RAISE, write_descrs=[])
    ns["writes_value"] = CallDescr("writes_value", "r", "v", EF_CANNOT_RAISE, write_descrs=[ns["value"]])
    ns["anything"] = CallDescr("anything", "r", "i", EF_CAN_RAISE)
    ns["anyvoid"] = CallDescr("anyvoid", "r", "v", EF_CAN_RAISE)
    return ns


def trace_repr(trace, names: Names | None = None, with_descrs: bool = True) -> str:
    """The trace's text with boxes named in order of appearance (so equal structure gives equal
    text); guards print without their resume descrs."""
    names = names or Names()
    targets: dict = {}
    lines = ["[" + ", ".join(value_text(a, names) for a in trace.inputargs) + "]"]
    for op in trace.operations:
        args = [value_text(a, names) for a in op.args]
        if isinstance(op.descr, TargetToken):
            args.append("descr=T%d" % targets.setdefault(op.descr, len(targets)))
        elif op.descr is not None and not op.is_guard() and with_descrs:
            args.append("descr=" + op.descr.repr_of_descr())
        text = OPNAMES[op.opnum] + "(" + ", ".join(args) + ")"
        if op.result is not None:
            text = value_text(op.result, names) + " = " + text
        if op.failargs is not None:
            text += " [" + ", ".join(value_text(a, names) for a in op.failargs) + "]"
        lines.append(text)
    return "\n".join(lines) + "\n"


def options(**flags) -> OptOptions:
    opts = OptOptions()
    for name, value in flags.items():
        assert hasattr(opts, name), name
        setattr(opts, name, value)
    return opts


class Checker:
    """Optimizes text traces with one namespace and compares them with expected text."""

    def __init__(self, **flags) -> None:
        self.ns = make_namespace()
        self.options = options(**flags)

    def parse(self, text: str):
        return parse(text, self.ns)

    def bridge(self, text: str, targets=None):
        return optimize_bridge(self.parse(text), self.options, targets or [])

    def loop(self, text: str):
        return optimize_loop(self.parse(text), self.options)

    def assert_equal(self, got, expected_text: str) -> None:
        got_text = trace_repr(got)
        wanted_text = trace_repr(self.parse(expected_text))
        assert got_text == wanted_text, "got:\n%s\nexpected:\n%s" % (got_text, wanted_text)

    def check_bridge(self, text: str, expected_text: str, targets=None):
        got = self.bridge(text, targets)
        self.assert_equal(got, expected_text)
        return got

    def check_loop(self, text: str, expected_text: str):
        got = self.loop(text)
        self.assert_equal(got, expected_text)
        return got
