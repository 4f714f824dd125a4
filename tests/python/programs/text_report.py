# ruff: noqa
# text processing: parse CSV-like records, aggregate with dicts, format an aligned report with str.format and %
data = """name,dept,salary,start
Alice,Engineering,120000,2015
Bob,Engineering,95000,2019
Carol,Sales,70000,2018
Dan,Sales,65000,2021
Eve,Marketing,80000,2017
Frank,Engineering,105000,2016
Grace,Marketing,72000,2020"""
lines = data.splitlines()
header = lines[0].split(",")
rows = [dict(zip(header, line.split(","))) for line in lines[1:]]
for r in rows:
    r["salary"] = int(r["salary"])
    r["start"] = int(r["start"])
by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(r)
print("{:<12}|{:>6}|{:>12}|{:>10}".format("dept", "count", "total", "average"))
print("-" * 43)
for dept in sorted(by_dept):
    people = by_dept[dept]
    total = sum(p["salary"] for p in people)
    print("{:<12}|{:>6}|{:>12,}|{:>10.1f}".format(dept, len(people), total, total / len(people)))
print("=" * 43)
senior = sorted((r for r in rows if r["start"] < 2018), key=lambda r: r["start"])
for r in senior:
    print("%-8s %-12s %8d since %d (%2d years)" % (r["name"], r["dept"], r["salary"], r["start"], 2024 - r["start"]))
top = max(rows, key=lambda r: r["salary"])
print(f"top earner: {top['name']} ({top['salary']:,})", f"median: {sorted(r['salary'] for r in rows)[len(rows) // 2]}")
print(" | ".join("%s=%d" % (k, len(v)) for k, v in sorted(by_dept.items(), key=lambda kv: -len(kv[1]))))
raise_pct = {"Engineering": 0.05, "Sales": 0.03}
for r in rows:
    r["new"] = round(r["salary"] * (1 + raise_pct.get(r["dept"], 0.0)))
print([(r["name"], r["new"]) for r in rows if r["new"] != r["salary"]])
