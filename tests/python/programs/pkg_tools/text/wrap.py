# ruff: noqa
from .case import shout
from ..mathx.ops import clamp
def boxed(s, width=10):
    width = clamp(width, len(s) + 2, 40)
    return "[" + s.center(width - 2) + "]"
def loud_box(s):
    return boxed(shout(s))
