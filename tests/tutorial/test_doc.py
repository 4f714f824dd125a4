"""docs/tutorial.md cannot rot: its file blocks are exactly languages/tutorial/, and every command it
shows gives the output it shows (the slow ones, which translate, are in test_zdoc.py)."""

from pathlib import Path

import pytest

import tests.tutorial.doc as doc

BLOCKS = doc.read_blocks()
FAST_CONSOLE = [b for b in BLOCKS if b.language == "console" and not b.slow]


def test_every_python_block_is_a_file_and_every_block_is_used():
    for block in BLOCKS:
        assert block.language in ("python", "tut", "console"), f"line {block.line}: {block.info}"
        if block.language in ("python", "tut"):
            assert block.file is not None, f"docs/tutorial.md:{block.line}: a code block that is not a file"


def test_the_document_builds_exactly_the_tutorial_package():
    files = {path: text for path, text in doc.assemble(BLOCKS).items() if path.startswith(doc.PACKAGE + "/")}
    package = {f"{doc.PACKAGE}/{p.name}": p.read_text() for p in sorted((doc.ROOT / doc.PACKAGE).glob("*.py"))}
    assert sorted(files) == sorted(package)
    for path, text in package.items():
        assert files[path] == text, f"{path} differs from its code blocks in docs/tutorial.md"


def test_the_tutorial_language_stays_small():
    """Under 300 lines of code (blank lines not counted), as the tutorial promises."""
    files = (doc.ROOT / doc.PACKAGE).glob("*.py")
    assert sum(1 for path in files for line in path.read_text().splitlines() if line.strip()) <= 300


def test_pieces_are_joined_with_pep8_blank_lines():
    assert doc.join_pieces(["import os\n", "X = 1\n"]) == "import os\n\nX = 1\n"
    assert doc.join_pieces(["X = 1\n", "def f():\n    pass\n", "Y = 2\n"]) == \
        "X = 1\n\n\ndef f():\n    pass\n\n\nY = 2\n"
    assert doc.join_pieces(["class C:\n    a = 1\n", "    def f(self):\n        pass\n"]) == \
        "class C:\n    a = 1\n\n    def f(self):\n        pass\n"


def test_output_patterns():
    assert doc.output_matches(["a", "...", "d"], "a\nb\nc\nd\n")
    assert doc.output_matches(["a ... c"], "a bb c\n")
    assert not doc.output_matches(["a", "c"], "a\nb\nc\n")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    assert doc.python_on_path()
    folder = tmp_path_factory.mktemp("tutorial-doc")
    doc.make_workspace(folder, BLOCKS)
    return folder


@pytest.mark.parametrize("block", FAST_CONSOLE, ids=[f"line{b.line}" for b in FAST_CONSOLE])
def test_console_block(block, workspace: Path):
    for command, expected in doc.commands(block):
        actual = doc.run_command(command, workspace, timeout=120)
        assert doc.output_matches(expected, actual), f"docs/tutorial.md:{block.line}: $ {command}\n{actual}"
