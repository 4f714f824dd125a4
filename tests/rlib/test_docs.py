"""The examples in docs/rlib.md run and their assertions hold."""

import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "rlib.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(), re.S)


def test_the_page_has_examples():
    assert len(BLOCKS) >= 8


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_example_runs(index, tmp_path):
    # a file of its own, so that functions defined in the example have source (for the flow tools)
    path = tmp_path / f"example_{index}.py"
    path.write_text(BLOCKS[index])
    code = compile(BLOCKS[index], str(path), "exec")
    exec(code, {"__name__": f"doc_example_{index}"})
