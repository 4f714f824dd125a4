# ruff: noqa
# tic-tac-toe with minimax and memoization over board strings; plays a full game against itself
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return None
memo = {}
def minimax(board, player):
    key = board + player
    if key in memo:
        return memo[key]
    w = winner(board)
    if w:
        result = (1 if w == "X" else -1, None)
    elif "." not in board:
        result = (0, None)
    else:
        best = None
        for i, cell in enumerate(board):
            if cell == ".":
                nxt = board[:i] + player + board[i + 1:]
                score, _ = minimax(nxt, "O" if player == "X" else "X")
                if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                    best = (score, i)
        result = best
    memo[key] = result
    return result
board, player = "." * 9, "X"
while not winner(board) and "." in board:
    _, move = minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    player = "O" if player == "X" else "X"
for r in range(3):
    print(" ".join(board[r * 3:r * 3 + 3]))
print("winner:", winner(board), "positions evaluated:", len(memo))
print(minimax("XX.OO....", "X"), minimax("XX.OO....", "O"), minimax("XOXOXO...", "X"))
