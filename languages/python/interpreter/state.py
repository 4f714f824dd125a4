"""The program's global state, one prebuilt instance: the frame stack and recursion depth, the
exception being handled, the builtins and sys modules, object ids, the command line.
"""

from __future__ import annotations

from kit.rlib.objectmodel import compute_identity_hash
from languages.python.interpreter.pyframe import PyFrame
from languages.python.objspace.root import W_Root


class State:
    def __init__(self) -> None:
        self.topframe: W_Root | None = None
        self.topframe_frame: PyFrame | None = None   # the innermost running frame
        self.depth = 0
        self.recursion_limit = 1000
        self.w_handled: W_Root | None = None      # the exception being handled (sys.exc_info())
        self.w_builtins: W_Root | None = None     # the builtins module's dict
        self.w_builtins_module: W_Root | None = None
        self.w_modules: W_Root | None = None      # sys.modules
        self.w_sys: W_Root | None = None
        self.w_main: W_Root | None = None
        self.ids: dict[W_Root, int] = {}
        self.next_id = 0x7f0000001000
        self.argv: list[str] = []
        self.path: list[str] = [""]       # where imports look: the main script's directory
        self.executable = ""
        self.initialized = False
        self.source_cache: dict[str, str] = {}   # filename -> source text, for tracebacks
        self.w_stdout: W_Root | None = None
        self.w_stderr: W_Root | None = None
        self.w_stdin: W_Root | None = None
        self.exit_status = 0
        self.in_recursion_error = False

    def id_of(self, w_obj: W_Root) -> int:
        if w_obj in self.ids:
            return self.ids[w_obj]
        result = self.next_id
        self.next_id += 32
        self.ids[w_obj] = result
        return result

    def identity_hash(self, w_obj: W_Root) -> int:
        return compute_identity_hash(w_obj)


state = State()
