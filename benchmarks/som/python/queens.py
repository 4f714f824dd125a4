"""Twin of Queens.som: counts every solution of the eight queens puzzle by backtracking."""

import sys


class Queens:
    def __init__(self) -> None:
        self.size = 0
        self.free_rows: list = []
        self.free_rising: list = []
        self.free_falling: list = []
        self.solutions = 0

    def is_free(self, row: int, column: int) -> bool:
        return (self.free_rows[row] and self.free_rising[row + column]
                and self.free_falling[column - row + self.size - 1])

    def mark(self, row: int, column: int, free: bool) -> None:
        self.free_rows[row] = free
        self.free_rising[row + column] = free
        self.free_falling[column - row + self.size - 1] = free

    def place_column(self, column: int) -> None:
        if column >= self.size:
            self.solutions = self.solutions + 1
            return
        for row in range(self.size):
            if self.is_free(row, column):
                self.mark(row, column, False)
                self.place_column(column + 1)
                self.mark(row, column, True)

    def solve(self, n: int) -> int:
        self.size = n
        self.free_rows = [True] * n
        self.free_rising = [True] * (2 * n)
        self.free_falling = [True] * (2 * n)
        self.solutions = 0
        self.place_column(0)
        return self.solutions


def main(rounds: int) -> None:
    queens = Queens()
    total = 0
    result = 0
    for _ in range(rounds):
        result = queens.solve(8)
        total = total + result
    print(f"Queens: rounds={rounds} solutions={result} total={total}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
