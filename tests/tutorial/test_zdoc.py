"""The slow commands of docs/tutorial.md: `kit build tutorial` from the document's own files, the
executable it makes, and the benchmark."""

import pytest

from tests.tutorial.doc import commands, make_workspace, output_matches, read_blocks, run_command

pytestmark = pytest.mark.slow
SLOW_CONSOLE = [b for b in read_blocks() if b.language == "console" and b.slow]


def test_there_are_slow_blocks():
    assert len(SLOW_CONSOLE) >= 2


@pytest.mark.parametrize("block", SLOW_CONSOLE, ids=[f"line{b.line}" for b in SLOW_CONSOLE])
def test_slow_console_block(block, tmp_path):
    make_workspace(tmp_path, read_blocks())
    for command, expected in commands(block):
        actual = run_command(command, tmp_path, timeout=1200)
        assert output_matches(expected, actual), f"docs/tutorial.md:{block.line}: $ {command}\n{actual}"
