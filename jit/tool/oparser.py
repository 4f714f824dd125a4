"""Parse the text form of a trace (see jit/metainterp/logger.py) into boxes and ResOperations, for
tests of the optimizer and the backends (untranslated only).

    trace = parse('''
        [i0, p1]
        i2 = int_add(i0, 1)
        guard_true(i2) [i0]
        p3 = getfield(p1, descr=fdescr)
        jump(i2, p3, descr=target)
    ''', namespace={"fdescr": FieldDescr(...), "target": ...})

Names: i*/p*/f* are boxes (created at first use); integers, floats and NULL are constants;
ConstPtr(name) and ConstClass(name) look `name` up in the namespace; descr=name too.
"""

from __future__ import annotations

import re
from typing import Any

from jit.metainterp.history import (
    AbstractValue,
    BoxFloat,
    BoxInt,
    BoxPtr,
    ConstFloat,
    ConstInt,
    ConstPtr,
    Trace,
)
from jit.metainterp.resoperation import ResOperation, rop
from kit.rtyper.lloperation import LL_OPERATIONS


class ParseError(Exception):
    pass


_OP_LINE = re.compile(r"^(?:(?P<result>[ipf]\w*)\s*=\s*)?(?P<name>\w+)\((?P<args>.*)\)(?:\s*\[(?P<fail>.*)\])?$")


def _split_args(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in text:
        if ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        current += ch
    if current.strip():
        parts.append(current.strip())
    return parts


class _Parser:
    def __init__(self, namespace: dict[str, Any]) -> None:
        self.namespace = namespace
        self.boxes: dict[str, AbstractValue] = {}

    def box(self, name: str) -> AbstractValue:
        found = self.boxes.get(name)
        if found is None:
            if name.startswith("i"):
                found = BoxInt()
            elif name.startswith("p"):
                found = BoxPtr()
            elif name.startswith("f"):
                found = BoxFloat()
            else:
                raise ParseError(f"bad box name {name!r}")
            self.boxes[name] = found
        return found

    def value(self, text: str) -> AbstractValue:
        if re.fullmatch(r"-?\d+", text):
            return ConstInt(int(text))
        if re.fullmatch(r"-?(\d+\.\d*(e-?\d+)?|inf|nan)", text):
            return ConstFloat(float(text))
        if text == "NULL":
            return ConstPtr(None)  # type: ignore[arg-type]
        m = re.fullmatch(r"Const(?:Ptr|Class)\((\w+)\)", text)
        if m:
            obj = self.namespace[m.group(1)]
            return obj if isinstance(obj, AbstractValue) else ConstPtr(obj)
        if re.fullmatch(r"[ipf]\w*", text):
            return self.box(text)
        raise ParseError(f"cannot read the value {text!r}")

    def operation(self, line: str) -> ResOperation:
        m = _OP_LINE.match(line)
        if not m:
            raise ParseError(f"cannot read the operation {line!r}")
        name = m.group("name")
        if name not in LL_OPERATIONS:
            raise ParseError(f"unknown operation {name!r}")
        args, descr = [], None
        for part in _split_args(m.group("args")):
            if part.startswith("descr="):
                descr = self.namespace[part[len("descr="):]]
            else:
                args.append(self.value(part))
        result = self.box(m.group("result")) if m.group("result") else None
        op = ResOperation(getattr(rop, name.upper()), args, result, descr)
        if m.group("fail") is not None:
            op.failargs = [self.value(p) for p in _split_args(m.group("fail"))]
        elif op.is_guard():
            op.failargs = []
        return op


def parse(text: str, namespace: dict[str, Any] | None = None) -> Trace:
    parser = _Parser(namespace or {})
    lines = [ln.split("#", 1)[0].strip() for ln in text.strip().splitlines()]
    lines = [ln for ln in lines if ln]
    if not lines or not lines[0].startswith("["):
        raise ParseError("a trace starts with its input boxes: [i0, p1, ...]")
    inputargs = [parser.box(n) for n in _split_args(lines[0][1:-1])]
    trace = Trace(inputargs, [parser.operation(ln) for ln in lines[1:]])
    trace.boxes = parser.boxes  # type: ignore[attr-defined]
    return trace
