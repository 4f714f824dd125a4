"""The Python VM's translation target: `kit translate languages/python/target.py` (or `kit build
python`) builds a native executable from entry_point; `kit run` runs it on CPython."""

from languages.python.main import entry_point

__all__ = ["entry_point"]
