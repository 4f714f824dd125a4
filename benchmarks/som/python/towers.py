"""Twin of Towers.som: Towers of Hanoi with three piles of linked disk objects."""

import sys


class TowersDisk:
    def __init__(self, size: int) -> None:
        self.size = size
        self.next = None


class Towers:
    def __init__(self) -> None:
        self.piles = [None, None, None]
        self.moves = 0

    def push_disk(self, disk: TowersDisk, index: int) -> None:
        top = self.piles[index]
        if top is not None and disk.size >= top.size:
            raise RuntimeError("cannot put a big disk on a smaller one")
        disk.next = top
        self.piles[index] = disk

    def pop_disk_from(self, index: int) -> TowersDisk:
        top = self.piles[index]
        if top is None:
            raise RuntimeError("the pile is empty")
        self.piles[index] = top.next
        top.next = None
        return top

    def move_top_disk(self, source: int, destination: int) -> None:
        self.push_disk(self.pop_disk_from(source), destination)
        self.moves = self.moves + 1

    def move_disks(self, count: int, source: int, destination: int) -> None:
        if count == 1:
            self.move_top_disk(source, destination)
        else:
            other = 3 - source - destination
            self.move_disks(count - 1, source, other)
            self.move_top_disk(source, destination)
            self.move_disks(count - 1, other, destination)

    def build_tower_at(self, index: int, count: int) -> None:
        for size in range(count, 0, -1):
            self.push_disk(TowersDisk(size), index)

    def solve(self, disks: int) -> int:
        self.piles = [None, None, None]
        self.build_tower_at(0, disks)
        self.moves = 0
        self.move_disks(disks, 0, 2)
        return self.moves


def main(rounds: int) -> None:
    towers = Towers()
    total = 0
    result = 0
    for _ in range(rounds):
        result = towers.solve(13)
        total = total + result
    print(f"Towers: rounds={rounds} moves={result} total={total} top={towers.piles[2].size}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 800)
