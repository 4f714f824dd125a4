# ruff: noqa
# truth values of builtin objects and short-circuit operators returning operands
values = [0, 1, -1, 0.0, 0.1, -0.0, 0j, 1j, "", "0", " ", b"", b"\x00", bytearray(), [], [0], (), (0,), {}, {0: 0},
          set(), {0}, frozenset(), range(0), range(1), None, True, False, ..., NotImplemented if False else 1]
print([bool(v) for v in values])
print([v or "alt" for v in values[:8]])
print([v and "yes" for v in values[8:16]])
print(0 or 0.0 or "" or None, 1 and 2 and 3, None or [] or {} or (), [] and 1 / 0, 1 or 1 / 0)
print(not not [], not not [[]], (not 0) + (not 1), [x for x in values if not x].__len__())
