"""The tutorial language's test programs (tests/tutorial/programs/*.tut) and what each must do:
`# expect: TEXT` comments give the lines of standard output in order; `# error: LINE:COL: Kind:
message` gives the error it must end with (reported as FILE:LINE:COL: ..., exit status 1)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PROGRAMS = Path(__file__).resolve().parent / "programs"


@dataclass
class Program:
    path: Path
    stdout: str
    stderr: str
    status: int

    @property
    def name(self) -> str:
        return self.path.stem


def load(path: Path) -> Program:
    expected, error = [], ""
    for line in path.read_text().splitlines():
        if "# expect: " in line:
            expected.append(line.split("# expect: ", 1)[1])
        elif line.startswith("# error: "):
            error = f"{path}:{line[len('# error: '):]}\n"
    return Program(path, "".join(text + "\n" for text in expected), error, 1 if error else 0)


def load_all() -> list[Program]:
    programs = [load(path) for path in sorted(PROGRAMS.glob("*.tut"))]
    assert programs, f"no programs in {PROGRAMS}"
    return programs
