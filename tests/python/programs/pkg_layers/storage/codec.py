# ruff: noqa
from . import MemoryStore
from .. import LOADED
LOADED.append(__name__)


def dump(store):
    lines = []
    for kind in store.kinds():
        for row in store.rows[kind]:
            lines.append("%s:%r" % (kind, sorted(vars(row).items())))
    return "\n".join(lines)
