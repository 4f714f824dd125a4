# ruff: noqa
from .. import LOADED
LOADED.append(__name__)
from .memory import MemoryStore
DEFAULT = "memory"
