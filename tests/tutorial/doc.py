"""Reading docs/tutorial.md as a test: its code blocks marked `file=PATH` are the files of the
tutorial language (pieces of one file are joined with blank lines as PEP 8 has them), and its
`console` blocks are commands (`$ ...`) with their output (`...` stands for any text, alone on a
line for any lines)."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
DOC = ROOT / "docs" / "tutorial.md"
PACKAGE = "languages/tutorial"


@dataclass
class Block:
    info: str           # what follows the opening fence: "python file=languages/tutorial/lexer.py"
    text: str
    line: int           # where the block starts in the document

    @property
    def language(self) -> str:
        return self.info.split()[0] if self.info else ""

    @property
    def file(self) -> str | None:
        for word in self.info.split()[1:]:
            if word.startswith("file="):
                return word[len("file="):]
        return None

    @property
    def slow(self) -> bool:
        return "slow" in self.info.split()[1:]


def read_blocks(text: str | None = None) -> list[Block]:
    lines = (DOC.read_text() if text is None else text).splitlines()
    blocks, i = [], 0
    while i < len(lines):
        if lines[i].startswith("```") and lines[i] != "```":
            start, body = i, []
            i += 1
            while lines[i] != "```":
                body.append(lines[i])
                i += 1
            blocks.append(Block(lines[start][3:].strip(), "\n".join(body) + "\n", start + 1))
        elif lines[i] == "```":
            raise ValueError(f"docs/tutorial.md:{i + 1}: a code block without a language")
        i += 1
    return blocks


def join_pieces(pieces: list[str]) -> str:
    """A file from its pieces: an indented piece continues a class (one blank line before it); a
    top-level definition, or whatever follows one, gets two blank lines; anything else one."""
    text = pieces[0]
    for piece in pieces[1:]:
        previous = ast.parse(text).body
        if piece.startswith(" "):
            blank = 1
        elif re.match(r"(def |class |@)", piece) or isinstance(previous[-1], ast.FunctionDef | ast.ClassDef):
            blank = 2
        else:
            blank = 1
        text = text + "\n" * blank + piece
    return text


def assemble(blocks: list[Block]) -> dict[str, str]:
    pieces: dict[str, list[str]] = {}
    for block in blocks:
        if block.file is not None:
            pieces.setdefault(block.file, []).append(block.text)
    return {path: join_pieces(parts) if path.endswith(".py") else "".join(parts) for path, parts in pieces.items()}


def commands(block: Block) -> list[tuple[str, list[str]]]:
    """The `$ command` lines of a console block, each with the lines of output that follow it."""
    result: list[tuple[str, list[str]]] = []
    for line in block.text.splitlines():
        if line.startswith("$ "):
            result.append((line[2:], []))
        elif result:
            result[-1][1].append(line)
        else:
            raise ValueError(f"docs/tutorial.md:{block.line}: output before any command")
    return result


def output_matches(expected: list[str], actual: str) -> bool:
    pattern = ""
    for line in expected:
        if line == "...":
            pattern += r"(?:.*\n)*?"
        else:
            pattern += ".*".join(re.escape(part) for part in line.split("...")) + r"\n"
    return re.fullmatch(pattern, actual if actual.endswith("\n") or not actual else actual + "\n") is not None


def make_workspace(folder: Path, blocks: list[Block]) -> None:
    """A folder with the document's files in place: `languages.tutorial` imports from here."""
    (folder / "languages").mkdir(parents=True, exist_ok=True)
    (folder / "languages" / "__init__.py").write_text("")
    for path, text in assemble(blocks).items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    if not (folder / "benchmarks").exists():
        (folder / "benchmarks").symlink_to(ROOT / "benchmarks")


def run_command(command: str, folder: Path, timeout: int = 600) -> str:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(folder)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    proc = subprocess.run(["bash", "-c", command], cwd=folder, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, timeout=timeout)
    return proc.stdout


def python_on_path() -> bool:
    """`python` in the commands is the test's interpreter (the venv's bin is put first on PATH)."""
    return shutil.which("python", path=str(Path(sys.executable).parent)) is not None
