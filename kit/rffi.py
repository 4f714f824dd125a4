"""External C functions, declared once: name, low-level signature, header.

Translated, a declaration becomes an LLVM `declare` and a direct call; untranslated, the same
declaration drives a cffi call into the C library, so code under test calls the same C.
"""

from __future__ import annotations

from typing import Any

from kit.rtyper.lltype import Address, Float, Int32, LowLevelType, Signed, Unsigned, Void

_C_NAMES = {Signed: "long", Unsigned: "unsigned long", Int32: "int", Float: "double", Address: "char *",
            Void: "void"}


class CFunction:
    """A C function the translated program calls directly."""

    def __init__(self, name: str, args: list[LowLevelType], result: LowLevelType, header: str = "",
                 variadic: bool = False, canraise: bool = False, cancollect: bool = False) -> None:
        self.name = name
        self.args = list(args)
        self.result = result
        self.header = header
        self.variadic = variadic
        # C functions never raise RPython exceptions; a few of kit's own runtime functions do
        self.canraise = canraise
        # a function that may run a collection (it calls back into the program): GC roots are saved
        self.cancollect = cancollect
        self._cffi_func: Any = None

    def c_declaration(self) -> str:
        args = ", ".join(_C_NAMES[a] for a in self.args) + (", ..." if self.variadic else "")
        return f"{_C_NAMES[self.result]} {self.name}({args or 'void'});"

    def __call__(self, *args: Any) -> Any:
        """Untranslated: call the C library through cffi (numbers and byte strings as char *)."""
        if self._cffi_func is None:
            import cffi
            ffi = cffi.FFI()
            ffi.cdef(self.c_declaration())
            self._cffi_func = (ffi, getattr(ffi.dlopen(None), self.name))
        ffi, func = self._cffi_func
        return func(*args)

    def llvm_definition(self) -> str | None:
        """LLVM IR defining the function in the program itself (None: it comes from C)."""
        return None

    def __repr__(self) -> str:
        return f"<C function {self.name}>"


# libc functions used by kit's runtime support code (kit/rtyper/ll_os.py and friends)
c_write = CFunction("write", [Int32, Address, Unsigned], Signed, "<unistd.h>")
c_read = CFunction("read", [Int32, Address, Unsigned], Signed, "<unistd.h>")
c_open = CFunction("open", [Address, Int32, Int32], Int32, "<fcntl.h>", variadic=True)
c_close = CFunction("close", [Int32], Int32, "<unistd.h>")
c_getenv = CFunction("getenv", [Address], Address, "<stdlib.h>")
c_strlen = CFunction("strlen", [Address], Unsigned, "<string.h>")
c_malloc = CFunction("malloc", [Unsigned], Address, "<stdlib.h>")
c_calloc = CFunction("calloc", [Unsigned, Unsigned], Address, "<stdlib.h>")
c_free = CFunction("free", [Address], Void, "<stdlib.h>")
c_memmove = CFunction("memmove", [Address, Address, Unsigned], Address, "<string.h>")
c_memset = CFunction("memset", [Address, Int32, Unsigned], Address, "<string.h>")
c_exit = CFunction("exit", [Int32], Void, "<stdlib.h>")
c_isatty = CFunction("isatty", [Int32], Int32, "<unistd.h>")
c_strerror = CFunction("strerror", [Int32], Address, "<string.h>")
c_unlink = CFunction("unlink", [Address], Int32, "<unistd.h>")
c_rmdir = CFunction("rmdir", [Address], Int32, "<unistd.h>")
c_mkdir = CFunction("mkdir", [Address, Int32], Int32, "<sys/stat.h>")
c_rename = CFunction("rename", [Address, Address], Int32, "<stdio.h>")
c_chdir = CFunction("chdir", [Address], Int32, "<unistd.h>")
c_getpid = CFunction("getpid", [], Int32, "<unistd.h>")
c_lseek = CFunction("lseek", [Int32, Signed, Int32], Signed, "<unistd.h>")
# from kit's small C runtime (kit/backend/llvm/runtime.c)
kit_errno = CFunction("kit_errno", [], Int32)
kit_time = CFunction("kit_time", [], Float)
kit_perf_counter = CFunction("kit_perf_counter", [], Float)
kit_monotonic = CFunction("kit_monotonic", [], Float)
kit_sleep = CFunction("kit_sleep", [Float], Void)
kit_format_double = CFunction("kit_format_double", [Address, Signed, Float, Int32, Int32], Signed)
kit_strtod = CFunction("kit_strtod", [Address, Signed, Address], Float)
kit_frexp_exponent = CFunction("kit_frexp_exponent", [Float], Signed)
kit_path_kind = CFunction("kit_path_kind", [Address], Signed)      # 0 missing, 1 file, 2 directory, 3 other
kit_getcwd = CFunction("kit_getcwd", [], Address)                  # malloc'ed; NULL with errno set

MATH_FUNCTIONS_1 = ["rint", "sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
                    "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "fabs", "floor", "ceil", "trunc",
                    "expm1", "log1p", "erf", "erfc", "tgamma", "lgamma", "cbrt"]
MATH_FUNCTIONS_2 = ["atan2", "pow", "fmod", "hypot", "copysign"]
c_math = {name: CFunction(name, [Float], Float, "<math.h>") for name in MATH_FUNCTIONS_1}
c_math.update({name: CFunction(name, [Float, Float], Float, "<math.h>") for name in MATH_FUNCTIONS_2})
c_math["ldexp"] = CFunction("ldexp", [Float, Int32], Float, "<math.h>")
