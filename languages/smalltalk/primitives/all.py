"""Imports every primitive module so that all primitives are registered (import time only)."""

from languages.smalltalk.primitives import (
    array_prims,
    block_prims,
    class_prims,
    double_prims,
    integer_prims,
    method_prims,
    object_prims,
    string_prims,
    system_prims,
)

MODULES = [array_prims, block_prims, class_prims, double_prims, integer_prims, method_prims, object_prims,
           string_prims, system_prims]
