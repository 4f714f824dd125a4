# ruff: noqa
# importing a package of .py modules: __init__ runs once, relative imports, submodules as
# attributes, `import a.b as c`, `from a import b`, module objects and their names
import pkg_demo
import pkg_demo.shapes as shapes
from pkg_demo import util
from pkg_demo.shapes import Square
import pkg_demo.util

sq = Square(3)
print(pkg_demo.VERSION, sq.area(), sq.perimeter(), util.double(21), util.COUNTER)
print(shapes.Square is Square, pkg_demo.util is util, pkg_demo.shapes.__name__, util.__name__)
print(type(pkg_demo).__name__, pkg_demo.__package__, shapes.__package__)
try:
    import pkg_demo.missing
except ModuleNotFoundError as e:
    print(e)
try:
    from pkg_demo import nothing_here
except ImportError as e:
    print(type(e).__name__)
