# ruff: noqa
# formatting tables with f-strings and format(): numbers in every presentation type, alignment grid, nested widths
numbers = [0, 1, -1, 42, 255, -4096, 65535, 10 ** 9, 3.14159, -2.5, 1e-4, 123456.789]
header = f"{'value':>14} {'repr':>14} {'fixed':>12} {'sci':>12} {'general':>10} {'percent':>12}"
print(header)
print("-" * len(header))
for n in numbers:
    print(f"{n!s:>14} {n!r:>14} {n:>12.3f} {n:>12.2e} {n:>10.4g} {n:>12.1%}")
for n in [0, 1, 42, 255, 4096, -17]:
    print(f"{n:>6d}|{n:<#8x}|{n:^#12b}|{n:>#6o}|{n:+06d}|{n: d}|{n:_d}|{n:c}" if n >= 0 else f"{n:>6d}|{n:<#8x}|{n:^#12b}|{n:>#6o}|{n:+06d}|{n: d}")
for width in range(2, 12, 3):
    for align in "<^>":
        print(f"[{'ab':{align}{width}}]", end=" ")
    print()
for fill in "*0 .":
    print(f"[{7:{fill}>5}] [{'x':{fill}^5}] [{-3.5:{fill}=8.2f}]")
rows = [("alpha", 1.5, 3), ("beta", 22.25, 14), ("gamma-long-name", 333.125, 159)]
w = max(len(r[0]) for r in rows)
for name, price, qty in rows:
    print(f"{name:<{w}} | {price:>8.2f} | {qty:>4} | {price * qty:>10,.2f}")
print(f"{'total':<{w}} | {'':>8} | {sum(r[2] for r in rows):>4} | {sum(r[1] * r[2] for r in rows):>10,.2f}")
