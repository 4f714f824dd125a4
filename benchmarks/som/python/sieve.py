"""Twin of Sieve.som: the sieve of Eratosthenes over a list of booleans, run again and again."""

import sys


def primes_up_to(size: int, flags: list) -> int:
    count = 0
    for i in range(len(flags)):
        flags[i] = True
    for i in range(2, size + 1):
        if flags[i - 2]:
            count = count + 1
            k = i + i
            while k <= size:
                flags[k - 2] = False
                k = k + i
    return count


def main(rounds: int) -> None:
    flags = [None] * 5000
    total = 0
    count = 0
    for _ in range(rounds):
        count = primes_up_to(5000, flags)
        total = total + count
    print(f"Sieve: rounds={rounds} primes={count} total={total}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
