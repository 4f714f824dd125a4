"""Twin of Loops.som: nested integer loops (for inside for), then a while loop."""

import sys


def main(n: int) -> None:
    total = 0
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            total = total + (i * j % 7)
    count = 0
    k = n * n
    while k > 0:
        count = count + (k % 3)
        k = k - 1
    print(f"Loops: n={n} sum={total} count={count}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
