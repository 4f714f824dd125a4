# ruff: noqa
"""A layered package: core, storage (a subpackage) and a broken subpackage."""
LOADED = ["pkg_layers"]
from .core import Model, registry
__all__ = ["Model", "registry", "VERSION"]
VERSION = (1, 2)
