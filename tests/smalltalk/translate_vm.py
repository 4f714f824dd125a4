"""Translate the SOM VM (languages/smalltalk/target.py) into an executable: `translate_vm.py OUT`.

WORKAROUND, to be removed when kit's annotator handles it: ClassDef.locate_attribute creates an
attribute on the subclass through which an inherited method is first read, so the base class's
definition is never seen ("getattr has no possible value yet"; a six-line repro is in the SOM
branch's report). The patch below places such an attribute on the most general class whose body
defines it, as PyPy's annotator does.
"""

import sys
from pathlib import Path

from kit.annotator import classdef

_locate_attribute = classdef.ClassDef.locate_attribute


def locate_attribute(self, name):
    for cdef in self.getmro():
        if name in cdef.attrs:
            return cdef
    top = None
    for cdef in self.getmro():
        found, _ = cdef.class_value(name)
        if found:
            top = cdef
    if top is not None and top is not self:
        return _locate_attribute(top, name)
    return _locate_attribute(self, name)


classdef.ClassDef.locate_attribute = locate_attribute

if __name__ == "__main__":
    from kit.cli import main
    root = Path(__file__).resolve().parents[2]
    sys.exit(main(["translate", str(root / "languages" / "smalltalk" / "target.py"), "-o", sys.argv[1]]))
