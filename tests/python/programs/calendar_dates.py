# ruff: noqa
# date arithmetic without the datetime module: leap years, day of week (Zeller and Sakamoto), ordinal days,
# adding days, ISO week numbers, month calendars, Easter dates, durations between dates
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def to_ordinal(y, m, d):
    """days since 0001-01-01 (which is day 1), like date.toordinal()"""
    y1 = y - 1
    days = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    days += sum(days_in_month(y, mm) for mm in range(1, m))
    return days + d
def from_ordinal(n):
    y = (n - 1) // 366 + 1
    while to_ordinal(y + 1, 1, 1) <= n:
        y += 1
    m = 1
    while m < 12 and to_ordinal(y, m + 1, 1) <= n:
        m += 1
    return y, m, n - to_ordinal(y, m, 1) + 1
def weekday(y, m, d):
    return (to_ordinal(y, m, d) + 6) % 7
def sakamoto(y, m, d):
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d) % 7   # 0 = Sunday
def zeller(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7   # 0 = Saturday
    return h
def iso_week(y, m, d):
    wd = weekday(y, m, d)
    thursday = to_ordinal(y, m, d) - wd + 3
    ty = from_ordinal(thursday)[0]
    first_thursday = to_ordinal(ty, 1, 1)
    return ty, (thursday - first_thursday) // 7 + 1, wd + 1
def easter(y):
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return month, day + 1
def fmt(y, m, d):
    return "%04d-%02d-%02d" % (y, m, d)
print([y for y in range(1896, 1913) if is_leap(y)], is_leap(2000), is_leap(2100), is_leap(2024))
dates = [(1970, 1, 1), (2000, 2, 29), (2024, 7, 4), (1969, 7, 20), (1, 1, 1), (9999, 12, 31), (2023, 12, 31), (2021, 1, 3)]
for date in dates:
    ordinal = to_ordinal(*date)
    print(fmt(*date), ordinal, DAY_NAMES[weekday(*date)], (sakamoto(*date) + 6) % 7 == weekday(*date),
          (zeller(*date) + 5) % 7 == weekday(*date), from_ordinal(ordinal) == date, iso_week(*date))
def add_days(date, n):
    return from_ordinal(to_ordinal(*date) + n)
print(fmt(*add_days((2024, 2, 28), 1)), fmt(*add_days((2023, 2, 28), 1)), fmt(*add_days((1999, 12, 31), 1)),
      fmt(*add_days((2024, 3, 1), -1)), fmt(*add_days((2000, 1, 1), 10000)))
print(to_ordinal(2024, 1, 1) - to_ordinal(1970, 1, 1), (to_ordinal(2024, 1, 1) - to_ordinal(1970, 1, 1)) * 86400)
def month_calendar(y, m):
    lines = [("%s %d" % (MONTH_NAMES[m - 1], y)).center(20).rstrip(), "Mo Tu We Th Fr Sa Su"]
    start = weekday(y, m, 1)
    cells = ["  "] * start + ["%2d" % d for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(month_calendar(2024, 2))
print(month_calendar(2021, 8))
print([("%d-%02d-%02d" % ((y,) + easter(y))) for y in (1961, 2000, 2008, 2019, 2024, 2038)])
def add_months(date, n):
    y, m, d = date
    total = y * 12 + (m - 1) + n
    y, m = divmod(total, 12)
    m += 1
    return y, m, min(d, days_in_month(y, m))
print([fmt(*add_months((2024, 1, 31), k)) for k in range(0, 14, 1)])
def age(birth, today):
    years = today[0] - birth[0] - ((today[1], today[2]) < (birth[1], birth[2]))
    return years
print(age((1990, 6, 15), (2024, 6, 14)), age((1990, 6, 15), (2024, 6, 15)), age((2000, 2, 29), (2023, 2, 28)))
# Friday the 13ths in a range of years
f13 = [fmt(y, m, 13) for y in range(2023, 2027) for m in range(1, 13) if weekday(y, m, 13) == 4]
print(f13)
# durations formatting
def duration(seconds):
    parts = []
    for name, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        count, seconds = divmod(seconds, size)
        if count:
            parts.append("%d%s" % (count, name))
    return " ".join(parts) or "0s"
print([duration(s) for s in (0, 59, 61, 3600, 3661, 86399, 90061, 10 ** 6)])
