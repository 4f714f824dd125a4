# ruff: noqa
# calendar arithmetic by hand: leap years, day of week (Zeller), days between dates, adding days, month calendars
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS[m - 1]
def ordinal(y, m, d):
    days = d
    for year in range(1, y):
        days += 366 if is_leap(year) else 365
    for month in range(1, m):
        days += days_in_month(y, month)
    return days
def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"][h]
def add_days(y, m, d, n):
    d += n
    while d > days_in_month(y, m):
        d -= days_in_month(y, m)
        m += 1
        if m > 12:
            m, y = 1, y + 1
    return y, m, d
print([y for y in (1900, 2000, 2023, 2024, 2100) if is_leap(y)])
print(weekday(2024, 1, 1), weekday(2000, 2, 29), weekday(1969, 7, 20), weekday(2038, 1, 19))
print(ordinal(2024, 3, 1) - ordinal(2024, 2, 1), ordinal(2024, 12, 25) - ordinal(2000, 1, 1))
print(add_days(2024, 2, 20, 10), add_days(2023, 12, 30, 40), add_days(2024, 1, 1, 365))
def month_calendar(y, m):
    first = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].index(weekday(y, m, 1))
    cells = ["  "] * first + ["%2d" % d for d in range(1, days_in_month(y, m) + 1)]
    rows = [" ".join(cells[i:i + 7]) for i in range(0, len(cells), 7)]
    return "Mo Tu We Th Fr Sa Su\n" + "\n".join(rows)
print(month_calendar(2024, 2))
