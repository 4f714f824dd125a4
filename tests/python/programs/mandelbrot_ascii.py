# ruff: noqa
# float loops: an ASCII Mandelbrot set, a Julia set row, and escape-time statistics
def mandel(cx, cy, limit=60):
    x = y = 0.0
    for i in range(limit):
        x, y = x * x - y * y + cx, 2 * x * y + cy
        if x * x + y * y > 4.0:
            return i
    return limit
chars = " .:-=+*#%@"
rows = []
for row in range(18):
    cy = -1.2 + row * 0.14
    line = ""
    for col in range(56):
        cx = -2.1 + col * 0.05
        n = mandel(cx, cy)
        line += chars[min(n * len(chars) // 61, len(chars) - 1)]
    rows.append(line)
print("\n".join(rows))
inside = sum(line.count("@") for line in rows)
print("inside cells:", inside)
def julia_row(cy, c=(-0.8, 0.156)):
    out = []
    for col in range(40):
        x, y = -1.6 + col * 0.08, cy
        n = 0
        while n < 30 and x * x + y * y < 4:
            x, y = x * x - y * y + c[0], 2 * x * y + c[1]
            n += 1
        out.append(n)
    return out
print(julia_row(0.0)[:20], sum(julia_row(0.3)))
