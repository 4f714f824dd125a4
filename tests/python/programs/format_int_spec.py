# ruff: noqa
# format specs for ints: fill, align, sign, #, 0, width, grouping (, and _), types b c d o x X n
values = [0, 7, -7, 42, -42, 255, 1234567, -1234567, 2 ** 64, -(2 ** 70) + 1]
specs = ["", "d", "5d", "<6", ">6", "^7", "*^9", "=+8", "+", "-", " ", "08", "+08", "#x", "#X", "#o", "#b",
         "x", "X", "o", "b", ",", "_", "_x", "_b", "#_o", ",d", "012,", "0=12", "#010x", "n", "e", ".2f", "%", "g"]
for v in values:
    print(v, " ".join("[%s]" % format(v, s) for s in specs))
print(format(65, "c"), format(0x1F600, "c"), format(97, "^5c"), format(True, "d"), format(False, ""), format(True, ">6"))
for bad in ["s", ".3", "z", "+c", ",c", "#c"]:
    try:
        format(42, bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError:", e)
print(f"{12345:_}", f"{12345678:,}", f"{0xdeadbeef:_x}", f"{255:08b}", f"{-255:#010b}")
