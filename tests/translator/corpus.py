"""The translation corpus: RPython programs with their expected output, run untranslated and translated.

Each program in programs/ defines entry_point(argv); its stdout is in NAME.out; `# status: N` and
`# stderr: TEXT` comments give the exit status and the last line of stderr when they are not 0/empty.
Translated, all programs are bundled into one executable that runs the one named by argv[1].
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PROGRAMS = Path(__file__).with_name("programs")
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Program:
    name: str
    path: Path
    expected_out: str
    status: int
    stderr: str | None


def load_programs() -> list[Program]:
    result = []
    for path in sorted(PROGRAMS.glob("p*.py")):
        text = path.read_text()
        m = re.search(r"^# status: (\d+)", text, re.M)
        status = int(m.group(1)) if m else 0
        m = re.search(r"^# stderr: (.*)$", text, re.M)
        stderr = m.group(1).strip() if m else None
        out_path = path.with_suffix(".out")
        expected = out_path.read_text() if out_path.exists() else ""
        result.append(Program(path.stem, path, expected, status, stderr))
    return result


def run_untranslated(program: Program) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kit", "run", str(program.path)], capture_output=True,
                          text=True, cwd=ROOT, timeout=300)


def write_bundle(programs: list[Program], directory: Path) -> Path:
    """A target that runs the program named by argv[1] (all programs in one executable)."""
    lines = ["import sys", f"sys.path.insert(0, {str(PROGRAMS)!r})"]
    lines += [f"import {p.name}" for p in programs]
    lines.append("")
    lines.append("def entry_point(argv):")
    lines.append("    if len(argv) < 2:")
    lines.append("        return 2")
    lines.append("    name = argv[1]")
    for p in programs:
        lines.append(f"    if name == {p.name!r}:")
        lines.append(f"        return {p.name}.entry_point([argv[0]])")
    lines.append("    return 2")
    path = directory / "corpus_bundle.py"
    path.write_text("\n".join(lines) + "\n")
    return path


def last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else ""
