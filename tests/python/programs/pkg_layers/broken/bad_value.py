# ruff: noqa
from .. import LOADED
LOADED.append(__name__)
RATIO = 1 / 0
