# ruff: noqa
# a package for imports.py: runs once, exports a name, imports a submodule relatively
print("pkg_demo initialised")
VERSION = "1.0"
from . import util
