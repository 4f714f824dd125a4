"""Large objects (allocated in the old generation directly, never moved): strings, lists and
float arrays, some kept, most dropped, with their contents checked after collections."""

from kit.rlib import rgc


def entry_point(argv):
    kept_strings = []
    kept_lists = []
    for i in range(300):
        s = chr(97 + i % 26) * (20000 + i)
        floats = [float(i)] * 10000
        if i % 30 == 0:
            kept_strings.append(s)
            kept_lists.append(floats)
    rgc.collect()
    total = 0
    for s in kept_strings:
        total += len(s) + ord(s[len(s) - 1])
    ftotal = 0.0
    for floats in kept_lists:
        ftotal += floats[9999] + floats[0]
    print(len(kept_strings), total, ftotal)
    matrix = [[j * 1.0 for j in range(5000)] for _ in range(20)]
    rgc.collect()
    print(sum([row[4999] for row in matrix]))
    return 0
