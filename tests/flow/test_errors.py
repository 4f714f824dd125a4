"""Flow-time errors: each unsupported construct is reported as `file:line:col: error: ... (in function F)`."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from kit.errors import FlowError
from kit.flow import build_flow_graph

from . import unsupported

SOURCE = Path(unsupported.__file__)
EXPECTED = {}
_current = None
for lineno, line in enumerate(SOURCE.read_text().splitlines(), 1):
    m = re.match(r"(?:async )?def (\w+)", line)
    if m:
        _current = m.group(1)
    if "# error: " in line and _current is not None:
        words = line.split("# error: ")[1].split("  # noqa")[0].strip()
        EXPECTED[_current] = (lineno, words)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_error_names_file_line_and_reason(name):
    lineno, words = EXPECTED[name]
    with pytest.raises(FlowError) as info:
        build_flow_graph(getattr(unsupported, name))
    text = info.value.format()
    first = text.splitlines()[0]
    assert first.startswith(f"tests/flow/unsupported.py:{lineno}:"), first
    assert ": error: " in first
    assert words in first, first
    assert first.endswith(f"(in function {name})"), first


def test_error_has_source_line_and_hint():
    with pytest.raises(FlowError) as info:
        build_flow_graph(unsupported.generator)
    lines = info.value.format().splitlines()
    assert lines[1].strip() == "yield i  # error: generators ('yield') are not RPython"
    assert lines[2].strip() == "^"
    assert any(line.strip().startswith("hint:") for line in lines)


def test_every_unsupported_function_is_listed():
    names = {n for n, v in vars(unsupported).items() if callable(v) and getattr(v, "__module__", "") ==
             unsupported.__name__}
    assert names == set(EXPECTED)


def test_kit_graph_reports_error_without_traceback(tmp_path):
    out = tmp_path / "page.html"
    proc = subprocess.run([sys.executable, "-m", "kit", "graph", f"{SOURCE}:closure", "-o", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "error: nested function 'inner' is not RPython" in proc.stderr
