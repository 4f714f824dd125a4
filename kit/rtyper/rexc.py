"""Exceptions at the low level: an exception is an instance (its class's vtable is its type); the
message given to a builtin exception is kept for printing; str(exc) returns it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kit.annotator.bookkeeper import EXC_MESSAGE
from kit.rtyper import lltype
from kit.rtyper.rmodel import TyperError, inputconst

if TYPE_CHECKING:
    from kit.rtyper.rmodel import HighLevelOp
    from kit.rtyper.rtyper import RPythonTyper

from kit.annotator.bookkeeper import STANDARD_EXCEPTIONS  # noqa: E402,F401


class ExceptionData:
    def __init__(self, rtyper: RPythonTyper) -> None:
        self.rtyper = rtyper
        from kit.rtyper.rclass import CLASSTYPE, OBJECTPTR
        self.lltype_of_exception_type = CLASSTYPE
        self.lltype_of_exception_value = OBJECTPTR
        self.prebuilt: dict[type, Any] = {}

    def prebuilt_instance(self, cls: type) -> lltype.LLPointer:
        """A prebuilt instance of a standard exception (raised by the runtime, e.g. MemoryError)."""
        inst = self.prebuilt.get(cls)
        if inst is None:
            inst = self.prebuilt[cls] = cls()
        r = self.rtyper.classes.instance_repr(self.rtyper.bookkeeper.getclassdef(cls))
        return r.convert_const(inst)


def init_builtin_exception(hop: HighLevelOp, classdef: Any, v_inst: Any) -> None:
    """ValueError(msg), OSError(errno, strerror): keep what the program can read back."""
    from kit.rtyper.rpbc import call_arguments
    rtyper = hop.rtyper
    pos, _, kw, star = call_arguments(hop)
    if kw or star is not None:
        raise TyperError("builtin exceptions take positional arguments only")
    r_inst = rtyper.classes.instance_repr(classdef)
    if issubclass(classdef.cls, OSError) and len(pos) >= 2:
        v_errno = hop.inputarg(rtyper.primitive_repr(lltype.Signed), pos[0])
        _setfield(hop, r_inst, v_inst, "errno", v_errno)
        info, _ = rtyper.classes.find_owner(r_inst.classdef, "strerror")
        v_strerror = hop.inputarg(info.inst_fields["strerror"], pos[1])
        v_owner = r_inst.cast_to(hop.llops, v_inst, info)
        hop.genop("setfield", [v_owner, inputconst(lltype.Void, "inst_strerror"), v_strerror])
    store_message(hop, classdef, v_inst, pos)


def store_message(hop: HighLevelOp, classdef: Any, v_inst: Any, positions: list[int]) -> None:
    """str(exc) as CPython computes it from the constructor's arguments."""
    from kit.rtyper.llstr import STRPTR
    from kit.rtyper.rstr import build_string, string_constant, to_str
    if not positions:
        return
    r_inst = hop.rtyper.classes.instance_repr(classdef)

    def const(text: str) -> Any:
        return inputconst(STRPTR, string_constant(hop.rtyper, text))

    def arg_text(i: int, repr_mode: bool) -> Any:
        return to_str(hop, hop.args_r[i], hop.inputarg(hop.args_r[i], i), repr_mode=repr_mode)

    try:
        parts = _message_parts(classdef, positions, const, arg_text)
    except TyperError:
        return  # a value that has no text form here (e.g. a low-level tuple): no message
    _setfield(hop, r_inst, v_inst, EXC_MESSAGE, build_string(hop.llops, parts))


def _message_parts(classdef: Any, positions: list[int], const: Any, arg_text: Any) -> list[Any]:
    if issubclass(classdef.cls, OSError) and len(positions) >= 2:
        parts = [const("[Errno "), arg_text(positions[0], False), const("] "), arg_text(positions[1], False)]
    elif len(positions) == 1:
        # str(KeyError(k)) is repr(k)
        parts = [arg_text(positions[0], issubclass(classdef.cls, KeyError))]
    else:
        parts = [const("(")]
        for k, i in enumerate(positions):
            if k:
                parts.append(const(", "))
            parts.append(arg_text(i, True))
        parts.append(const(")"))
    return parts


def _setfield(hop: HighLevelOp, r_inst: Any, v_inst: Any, name: str, v_value: Any) -> None:
    info, kind = hop.rtyper.classes.find_owner(r_inst.classdef, name)
    r = info.inst_fields[name]
    v_owner = r_inst.cast_to(hop.llops, v_inst, info)
    v_value = hop.llops.convertvar(v_value, hop.rtyper.primitive_repr(v_value.concretetype), r)
    hop.genop("setfield", [v_owner, inputconst(lltype.Void, "inst_" + name), v_value])


def exception_str(llops: Any, r_inst: Any, v: Any) -> Any:
    """str(exc): its message (the empty string if none)."""
    from kit.rtyper.rstr import ll_none_to_empty  # noqa: F401
    cdef = r_inst.classdef
    if cdef is None or not issubclass(cdef.cls, BaseException):
        raise TyperError(f"str() of an instance of {r_inst.info.name}")
    v_msg, _ = r_inst.getfield(llops, v, EXC_MESSAGE)
    return llops.gendirectcall(ll_message_or_empty, v_msg)


def ll_message_or_empty(s: Any) -> Any:
    from kit.rtyper.rstr import EMPTY_STR
    if not s:
        return EMPTY_STR
    return s
