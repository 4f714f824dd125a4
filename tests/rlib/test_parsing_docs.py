"""The example in docs/rlib-parsing.md runs as the page says, and its functions are RPython."""

import re
import types
from pathlib import Path

import pytest

from kit.flow import build_flow_graph
from kit.flow.checker import checkgraph

DOC = Path(__file__).resolve().parents[2] / "docs" / "rlib-parsing.md"


def load_example():
    source = re.search(r"```python\n(.*?)```", DOC.read_text(), re.S).group(1)
    module = types.ModuleType("doc_example")
    module.__file__ = str(DOC)
    exec(compile(source, "doc_example", "exec"), module.__dict__)
    return module, source


example, EXAMPLE_SOURCE = load_example()


@pytest.mark.parametrize("text,status,out,err", [
    ("1 + 2 - 4", 0, "-1\n", ""),
    ("10 # comment", 0, "10\n", ""),
    ("1 + + 2", 1, "", "1:5: unexpected PLUS '+'; expected NUMBER\n"),
    ("1 ?", 1, "", "1:3: unexpected character '?'\n"),
])
def test_doc_example(text, status, out, err, capfd):
    assert example.entry_point(["sums", text]) == status
    assert capfd.readouterr() == (out, err)


def test_the_page_quotes_the_example_output():
    page = DOC.read_text()
    assert "prints `-1`" in page and "`1:5: unexpected PLUS '+'; expected NUMBER`" in page


def test_doc_example_functions_are_rpython():
    # the flow builder reads source through inspect; give it the snippet
    import linecache
    linecache.cache["doc_example"] = (len(EXAMPLE_SOURCE), None, EXAMPLE_SOURCE.splitlines(True), "doc_example")
    functions = [example.expr_sum, example.expr_number, example.entry_point,
                 example.Sum.evaluate, example.Sum.__init__, example.Number.evaluate]
    for func in functions:
        checkgraph(build_flow_graph(func))
