"""The old generation of the generational collector (RPython): small objects live in cells of
size-class pages, large ones in blocks of their own; allocation, sweeping and accounting.
"""

from __future__ import annotations

from gcs import base
from gcs.rawmem import WORD, allocate_zeroed, load, object_size, release, store

SMALL_MAX = 256                       # bytes: larger objects get a block of their own
PAGE_SIZE = 64 * 1024
PAGE_HEADER = 16                      # the next page of the same size class, then unused
NCLASSES = SMALL_MAX // WORD + 1      # size class c holds cells of c * 8 bytes
LARGE_HEADER = 16                     # before a large object: the next large object, its block's start
CARD_SHIFT = 7                        # one card byte per 128 items of a large array of pointers
CARD_MIN_LENGTH = 1024                # arrays shorter than this are rescanned whole


class OldGeneration:
    """Free cells are chained through their second word and have a zero header."""

    def __init__(self) -> None:
        self.free_cells = 0        # raw table, per size class: the first free cell
        self.pages = 0             # raw table, per size class: the first page
        self.bump = 0              # raw table, per size class: the next never-used cell of the newest page
        self.bump_end = 0          # raw table, per size class: the end of the newest page's cells
        self.large_objects = 0     # the newest large object, chained through the word at obj - 16
        self.small_bytes = 0       # bytes of cells in use
        self.large_bytes = 0       # bytes of large blocks
        self.page_bytes = 0        # bytes of pages held

    def setup(self) -> None:
        self.free_cells = allocate_zeroed(NCLASSES * WORD)
        self.pages = allocate_zeroed(NCLASSES * WORD)
        self.bump = allocate_zeroed(NCLASSES * WORD)
        self.bump_end = allocate_zeroed(NCLASSES * WORD)
        if self.free_cells == 0 or self.pages == 0 or self.bump == 0 or self.bump_end == 0:
            base.gc_fatal(1)

    def total_bytes(self) -> int:
        return self.small_bytes + self.large_bytes

    # ---- allocation (returns 0 when the memory is not there) -------------------------------------

    def allocate_small(self, size: int) -> int:
        """A cell of `size` bytes (a multiple of 8, at most SMALL_MAX); its contents are garbage."""
        index = (size >> 3) * WORD
        cell = load(self.free_cells, index)
        if cell != 0:
            store(self.free_cells, index, load(cell, WORD))
            self.small_bytes += size
            return cell
        cell = load(self.bump, index)
        if cell != 0 and cell + size <= load(self.bump_end, index):
            store(self.bump, index, cell + size)
            self.small_bytes += size
            return cell
        page = allocate_zeroed(PAGE_SIZE)
        if page == 0:
            return 0
        self.page_bytes += PAGE_SIZE
        store(page, 0, load(self.pages, index))
        store(self.pages, index, page)
        cell = page + PAGE_HEADER
        ncells = (PAGE_SIZE - PAGE_HEADER) // size
        store(self.bump, index, cell + size)
        store(self.bump_end, index, cell + ncells * size)
        self.small_bytes += size
        return cell

    def allocate_large(self, size: int, card_bytes: int) -> int:
        """A zeroed block of its own, with `card_bytes` of card table at the start of the block."""
        block = allocate_zeroed(card_bytes + LARGE_HEADER + size)
        if block == 0:
            return 0
        obj = block + card_bytes + LARGE_HEADER
        store(obj, -16, self.large_objects)
        store(obj, -8, block)
        self.large_objects = obj
        self.large_bytes += card_bytes + size
        return obj

    # ---- sweeping --------------------------------------------------------------------------------

    def sweep(self) -> int:
        """Free what the marking did not reach, unmark the rest; returns the bytes still in use."""
        live = self._sweep_small() + self._sweep_large()
        return live

    def _sweep_small(self) -> int:
        live_total = 0
        size = 2 * WORD
        while size <= SMALL_MAX:
            index = (size >> 3) * WORD
            ncells = (PAGE_SIZE - PAGE_HEADER) // size
            free = 0
            kept_pages = 0
            page = load(self.pages, index)
            while page != 0:
                next_page = load(page, 0)
                # walk backwards so that the free list hands out cells in address order
                page_free = free
                live = 0
                cell = page + PAGE_HEADER + (ncells - 1) * size
                while cell >= page + PAGE_HEADER:
                    header = load(cell, 0)
                    if header & base.FLAG_MARKED:
                        store(cell, 0, header & ~base.FLAG_MARKED)
                        live += size
                    else:
                        store(cell, 0, 0)
                        store(cell, WORD, page_free)
                        page_free = cell
                    cell -= size
                if live == 0:
                    release(page)          # nothing alive: give the page back
                    self.page_bytes -= PAGE_SIZE
                else:
                    free = page_free
                    store(page, 0, kept_pages)
                    kept_pages = page
                    live_total += live
                page = next_page
            store(self.pages, index, kept_pages)
            store(self.free_cells, index, free)
            store(self.bump, index, 0)
            store(self.bump_end, index, 0)
            size += WORD
        self.small_bytes = live_total
        return live_total

    def _sweep_large(self) -> int:
        live = 0
        previous = 0
        obj = self.large_objects
        while obj != 0:
            following = load(obj, -16)
            header = load(obj, 0)
            if header & base.FLAG_MARKED:
                store(obj, 0, header & ~base.FLAG_MARKED)
                live += object_size(obj) + (obj - LARGE_HEADER - load(obj, -8))
                previous = obj
            else:
                if previous == 0:
                    self.large_objects = following
                else:
                    store(previous, -16, following)
                release(load(obj, -8))
            obj = following
        self.large_bytes = live
        return live
