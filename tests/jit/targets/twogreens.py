"""A driver whose greens are instances of two classes, shown by get_printable_location (the
translated JIT casts each green back to its own class)."""

from kit.rlib.jit import JitDriver


class Code:
    def __init__(self, name: str) -> None:
        self.name = name


class Block:
    def __init__(self, label: str) -> None:
        self.label = label


def where(code: Code, block: Block) -> str:
    return code.name + " " + block.label


driver = JitDriver(greens=["code", "block"], reds=["i", "n", "total"], get_printable_location=where, name="twogreens")


def run(code: Code, block: Block, n: int) -> int:
    i = 0
    total = 0
    while i < n:
        driver.jit_merge_point(code=code, block=block, i=i, n=n, total=total)
        total += i
        i += 1
        driver.can_enter_jit(code=code, block=block, i=i, n=n, total=total)
    return total


def entry_point(argv: list[str]) -> int:
    print(run(Code("c"), Block("b"), len(argv) * 100000))
    return 0
