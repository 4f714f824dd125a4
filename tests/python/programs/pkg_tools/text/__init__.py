# ruff: noqa
from .case import shout, whisper
from . import wrap
from .. import VERSION as PARENT_VERSION
