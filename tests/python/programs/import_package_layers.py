# ruff: noqa
# importing a layered package: __init__ running once and importing submodules, relative imports
# across levels (. and ..), a submodule imported lazily with `from package import submodule`, an
# error inside a submodule's own imports surfacing as that module's ModuleNotFoundError (not as
# "cannot import name"), a failing module removed from sys.modules and retried
import sys
import pkg_layers
from pkg_layers import Model, registry, VERSION
print(pkg_layers.LOADED, VERSION, pkg_layers.__all__)


class User(Model):
    def __init__(self, name):
        self.name = name


class Order(Model):
    def __init__(self, user, total):
        self.user, self.total = user, total


from pkg_layers.storage import MemoryStore, DEFAULT
from pkg_layers.storage import codec
store = MemoryStore()
u = User("ann")
print(store.save(u), store.save(User("bob")), store.save(Order("ann", 12.5)))
print(sorted(registry), store.kinds(), DEFAULT)
print(codec.dump(store))
print(pkg_layers.LOADED)
print(sorted(name for name in sys.modules if name.startswith("pkg_layers")))
print(pkg_layers.storage.codec is codec, pkg_layers.storage.memory.MemoryStore is MemoryStore)
print(codec.__name__, codec.__package__, pkg_layers.storage.__package__, pkg_layers.core.__package__)
import pkg_layers.storage.memory as mem
print(mem.__name__, mem is sys.modules["pkg_layers.storage.memory"], repr(u))
try:
    from pkg_layers.broken import needs_missing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    from pkg_layers.broken import not_a_module
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], "| name:", e.name)
for attempt in range(2):
    try:
        from pkg_layers.broken import bad_value
    except ZeroDivisionError as e:
        print("attempt", attempt, "ZeroDivisionError:", e, "pkg_layers.broken.bad_value" in sys.modules)
print(pkg_layers.LOADED)


def lazy_codec():
    from .pkg_layers import core
    return core


try:
    lazy_codec()
except ImportError as e:
    print("ImportError:", e)
