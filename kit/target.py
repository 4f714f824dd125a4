"""Loading a TARGET.py: import it as ordinary Python and find its `entry_point(argv) -> int`.

Module-level code runs here, once; that is the import-time stage where any Python is allowed.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from pathlib import Path
from typing import Any

from kit.errors import KitError


def _package_name(path: Path) -> str | None:
    """The dotted module name of `path` if it sits in packages importable from the current directory."""
    parts = [path.stem]
    folder = path.parent
    while (folder / "__init__.py").exists():
        parts.insert(0, folder.name)
        folder = folder.parent
    if len(parts) == 1:
        return None
    try:
        Path.cwd().resolve().relative_to(folder.resolve())
    except ValueError:
        return None
    if folder.resolve() != Path.cwd().resolve():
        return None
    return ".".join(parts)


def load_target(path_text: str) -> types.ModuleType:
    path = Path(path_text)
    if not path.exists():
        raise KitError(f"no such file: {path_text}")
    if path.suffix != ".py":
        raise KitError(f"a target must be a .py file: {path_text}")
    dotted = _package_name(path)
    try:
        if dotted is not None:
            if "" not in sys.path and str(Path.cwd()) not in sys.path:
                sys.path.insert(0, str(Path.cwd()))
            return importlib.import_module(dotted)
        folder = str(path.resolve().parent)
        if folder not in sys.path:
            sys.path.insert(0, folder)
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[path.stem] = module
        spec.loader.exec_module(module)
        return module
    except SyntaxError as exc:
        from kit.flow.model import Location
        loc = Location(exc.filename or path_text, exc.lineno or 0, exc.offset or 0)
        raise KitError(f"syntax error: {exc.msg}", loc) from None
    except KitError:
        raise
    except Exception as exc:
        raise KitError(f"importing {path_text} failed: {type(exc).__name__}: {exc}",
                       hint="module-level code of a target runs on CPython at import time; "
                            "run `python " + path_text + "` to see the full traceback") from None


def find_entry_point(module: types.ModuleType) -> Any:
    """`entry_point`, or what `target()` returns (a function, or a tuple whose first item is one)."""
    if hasattr(module, "target"):
        result = module.target()
        if isinstance(result, tuple):
            result = result[0]
        if not callable(result):
            raise KitError(f"{module.__name__}.target() must return the entry point function")
        return result
    entry = getattr(module, "entry_point", None)
    if entry is None:
        raise KitError(f"{module.__file__} defines neither entry_point(argv) nor target()",
                       hint="add `def entry_point(argv): ...; return 0`")
    return entry
