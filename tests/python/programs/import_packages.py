# ruff: noqa
# packages with subpackages: relative imports (., ..), __all__ with star imports, module caching in sys.modules,
# attribute access on packages, import-time side effects happening once, importing inside functions
import sys
from pkg_tools import *
print(greet("world"), VERSION, "_private" in dir(), "greet" in dir())
import pkg_tools.text
import pkg_tools.text as text_pkg
from pkg_tools.text import wrap, shout
from pkg_tools.mathx import ops as mops
print(text_pkg is pkg_tools.text, pkg_tools.text.PARENT_VERSION, shout("hey"), pkg_tools.text.whisper("HUSH"))
print(wrap.boxed("hi"), wrap.loud_box("ok"), wrap.boxed("x", 3), mops.CALLS)
print(mops.hyp(3, 4), sorted(k for k in sys.modules if k.startswith("pkg_tools")))
import pkg_tools
print(pkg_tools.__name__, pkg_tools.text.__name__, wrap.__name__, pkg_tools.text.case.__name__, wrap.__package__)
print(pkg_tools.__doc__, pkg_tools.__all__, pkg_tools._private())
def lazy():
    import pkg_tools.mathx.ops as again
    return again is mops
print(lazy())
try:
    from pkg_tools.text import nonexistent
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
try:
    import pkg_tools.nope
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
