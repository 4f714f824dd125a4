# ruff: noqa
# backtracking: N-queens counts and one board, a small sudoku solver (4x4 and a 9x9 with few blanks)
def queens(n):
    solutions = []
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    def place(row):
        if row == n:
            solutions.append(list(placement))
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c); placement.append(c)
            place(row + 1)
            cols.discard(c); diag1.discard(row - c); diag2.discard(row + c); placement.pop()
    place(0)
    return solutions
for n in range(1, 8):
    print(n, len(queens(n)))
first = queens(6)[0]
print("\n".join("".join("Q" if c == col else "." for c in range(6)) for col in first))
def solve(grid, size, box):
    for r in range(size):
        for c in range(size):
            if grid[r][c] == 0:
                for v in range(1, size + 1):
                    br, bc = r - r % box, c - c % box
                    if (v not in grid[r] and all(grid[i][c] != v for i in range(size)) and
                            all(grid[i][j] != v for i in range(br, br + box) for j in range(bc, bc + box))):
                        grid[r][c] = v
                        if solve(grid, size, box):
                            return True
                        grid[r][c] = 0
                return False
    return True
small = [[1, 0, 0, 0], [0, 0, 3, 0], [0, 4, 0, 0], [0, 0, 0, 2]]
print(solve(small, 4, 2), small)
big = [[5, 3, 4, 6, 7, 8, 9, 1, 2], [6, 7, 2, 1, 9, 5, 3, 4, 8], [1, 9, 8, 3, 4, 2, 5, 6, 7],
       [8, 5, 9, 7, 6, 1, 4, 2, 3], [4, 2, 6, 8, 5, 3, 7, 9, 1], [7, 1, 3, 9, 2, 4, 8, 5, 6],
       [9, 6, 1, 5, 3, 7, 2, 8, 4], [2, 8, 7, 4, 1, 9, 6, 3, 5], [3, 4, 5, 2, 8, 6, 1, 7, 9]]
for r, c in [(0, 0), (1, 3), (4, 4), (8, 8), (2, 6), (6, 2), (3, 7)]:
    big[r][c] = 0
print(solve(big, 9, 3), big[0], big[8], all(sorted(row) == list(range(1, 10)) for row in big))
