# ruff: noqa
from ..core import Model, registry
from .. import LOADED
LOADED.append(__name__)


class MemoryStore:
    def __init__(self):
        self.rows = {}

    def save(self, obj):
        assert isinstance(obj, Model)
        kind = type(obj).__name__.lower()
        self.rows.setdefault(kind, []).append(obj)
        return len(self.rows[kind])

    def kinds(self):
        return sorted(k for k in self.rows if k in registry)
