# ruff: noqa
import pkg_layers_nonexistent_dependency
