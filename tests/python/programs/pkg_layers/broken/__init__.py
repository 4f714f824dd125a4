# ruff: noqa
from .. import LOADED
LOADED.append(__name__)
