"""Calling a function by address with a signature known only at run time (the JIT's residual calls
from the metainterp and the blackhole interpreter).

For every signature the codewriter meets, the translated program contains a small stub, written
here as LLVM IR, that loads the arguments from three raw buffers (words, GC pointers, floats, each
in the signature's order within its kind) and calls the address; one dispatcher per result kind
picks the stub by the signature's number.
"""

from __future__ import annotations

from kit.rffi import CFunction
from kit.rtyper import lltype

# signatures: argument codes then "_" and the result code; codes: l i64, b i1, c i8, u i32 unsigned,
# s i32 signed, a raw pointer, r GC pointer, f double, v void
SIGNATURES: list[str] = []
_INDEX: dict[str, int] = {}

_LLVM = {"l": "i64", "b": "i1", "c": "i8", "u": "i32", "s": "i32", "a": "ptr", "r": "ptr", "f": "double",
         "v": "void"}
MAX_ARGS = 32


def signature_index(sig: str) -> int:
    index = _INDEX.get(sig)
    if index is None:
        index = len(SIGNATURES)
        SIGNATURES.append(sig)
        _INDEX[sig] = index
    return index


def _stub_ir(index: int, sig: str) -> str:
    arg_codes, result = sig.split("_")
    lines = []
    ret_t = _LLVM[result]
    wide = {"l": "i64", "b": "i64", "c": "i64", "u": "i64", "s": "i64", "a": "i64", "r": "ptr", "f": "double",
            "v": "void"}[result]
    lines.append(f"define internal {wide} @kit_call_stub_{index}(i64 %fn, ptr %bi, ptr %br, ptr %bf) {{")
    counts = {"i": 0, "r": 0, "f": 0}
    args = []
    for k, code in enumerate(arg_codes):
        if code == "r":
            buf, kind, load_t = "%br", "r", "ptr"
        elif code == "f":
            buf, kind, load_t = "%bf", "f", "double"
        else:
            buf, kind, load_t = "%bi", "i", "i64"
        lines.append(f"  %p{k} = getelementptr i64, ptr {buf}, i64 {counts[kind]}")
        counts[kind] += 1
        lines.append(f"  %w{k} = load {load_t}, ptr %p{k}")
        t = _LLVM[code]
        if code in ("b", "c", "u", "s"):
            lines.append(f"  %a{k} = trunc i64 %w{k} to {t}")
            args.append(f"{t} %a{k}")
        elif code == "a":
            lines.append(f"  %a{k} = inttoptr i64 %w{k} to ptr")
            args.append(f"ptr %a{k}")
        else:
            args.append(f"{t} %w{k}")
    lines.append("  %f = inttoptr i64 %fn to ptr")
    call = f"call {ret_t} %f({', '.join(args)})"
    if result == "v":
        lines.append("  " + call)
        lines.append("  ret void")
    else:
        lines.append("  %r = " + call)
        if result in ("b", "c", "u"):
            lines.append(f"  %x = zext {ret_t} %r to i64")
            lines.append("  ret i64 %x")
        elif result == "s":
            lines.append("  %x = sext i32 %r to i64")
            lines.append("  ret i64 %x")
        elif result == "a":
            lines.append("  %x = ptrtoint ptr %r to i64")
            lines.append("  ret i64 %x")
        else:
            lines.append(f"  ret {ret_t} %r")
    lines.append("}")
    return "\n".join(lines)


class CallDispatcher(CFunction):
    """kit_call_dispatch_<kind>(signature number, address, words, refs, floats) -> result."""

    def __init__(self, kind: str, result: lltype.LowLevelType) -> None:
        super().__init__(f"kit_call_dispatch_{kind}", [lltype.Signed, lltype.Signed, lltype.Address,
                                                       lltype.Address, lltype.Address], result,
                         canraise=True, cancollect=True)
        self.kind = kind

    def _matches(self, sig: str) -> bool:
        result = sig.split("_")[1]
        if self.kind == "r":
            return result == "r"
        if self.kind == "f":
            return result == "f"
        if self.kind == "v":
            return result == "v"
        return result not in ("r", "f", "v")

    def llvm_definition(self) -> str:
        ret = {"i": "i64", "r": "ptr", "f": "double", "v": "void"}[self.kind]
        parts = []
        cases = []
        body = []
        for index, sig in enumerate(SIGNATURES):
            if not self._matches(sig):
                continue
            parts.append(_stub_ir(index, sig))
            cases.append(f"i64 {index}, label %s{index}")
            if self.kind == "v":
                body.append(f"s{index}:\n  call void @kit_call_stub_{index}(i64 %fn, ptr %bi, ptr %br, ptr %bf)\n"
                            "  ret void")
            else:
                body.append(f"s{index}:\n  %r{index} = call {ret} @kit_call_stub_{index}(i64 %fn, ptr %bi, ptr %br,"
                            f" ptr %bf)\n  ret {ret} %r{index}")
        parts.append(f"define internal {ret} @{self.name}(i64 %sig, i64 %fn, ptr %bi, ptr %br, ptr %bf) {{")
        parts.append(f"  switch i64 %sig, label %bad [ {' '.join(cases)} ]")
        parts.extend(body)
        parts.append("bad:\n  unreachable\n}")
        return "\n".join(parts)


call_dispatch_i = CallDispatcher("i", lltype.Signed)
call_dispatch_r = CallDispatcher("r", lltype.GCREF)
call_dispatch_f = CallDispatcher("f", lltype.Float)
call_dispatch_v = CallDispatcher("v", lltype.Void)
