# ruff: noqa
# an in-memory query engine over lists of dicts: a fluent API with where/select/order_by/group_by/join/limit,
# aggregate functions, NULL (None) handling, a tiny SQL-ish parser built on str methods, result formatting
EMPLOYEES = [
    {"id": 1, "name": "Ada", "dept": "eng", "salary": 120, "manager": None, "city": "London"},
    {"id": 2, "name": "Bob", "dept": "eng", "salary": 95, "manager": 1, "city": "Paris"},
    {"id": 3, "name": "Cy", "dept": "ops", "salary": 70, "manager": 1, "city": "London"},
    {"id": 4, "name": "Dee", "dept": "ops", "salary": 82, "manager": 3, "city": None},
    {"id": 5, "name": "Eve", "dept": "sales", "salary": 60, "manager": 1, "city": "Berlin"},
    {"id": 6, "name": "Fay", "dept": "eng", "salary": 105, "manager": 2, "city": "Berlin"},
    {"id": 7, "name": "Gus", "dept": "sales", "salary": None, "manager": 5, "city": "Paris"},
]
DEPTS = [{"dept": "eng", "floor": 3, "head": "Ada"}, {"dept": "ops", "floor": 1, "head": "Cy"},
         {"dept": "hr", "floor": 2, "head": "Hal"}]
class Query:
    def __init__(self, rows):
        self.rows = list(rows)
    def where(self, pred):
        return Query(r for r in self.rows if pred(r))
    def select(self, *cols, **computed):
        out = []
        for r in self.rows:
            row = {c: r.get(c) for c in cols}
            for name, fn in computed.items():
                row[name] = fn(r)
            out.append(row)
        return Query(out)
    def order_by(self, *keys):
        rows = list(self.rows)
        for key in reversed(keys):
            desc = key.startswith("-")
            col = key.lstrip("-")
            present = [r for r in rows if r.get(col) is not None]
            missing = [r for r in rows if r.get(col) is None]
            present.sort(key=lambda r: r[col], reverse=desc)
            rows = present + missing
        return Query(rows)
    def group_by(self, col, **aggs):
        groups = {}
        for r in self.rows:
            groups.setdefault(r.get(col), []).append(r)
        out = []
        for key, members in groups.items():
            row = {col: key}
            for name, (fn, field) in aggs.items():
                values = [m.get(field) for m in members if m.get(field) is not None] if field else members
                row[name] = fn(values) if values else None
            out.append(row)
        return Query(out)
    def join(self, other, on, how="inner"):
        index = {}
        for r in other:
            index.setdefault(r[on], []).append(r)
        out = []
        for r in self.rows:
            matches = index.get(r.get(on), [])
            if matches:
                for m in matches:
                    merged = dict(r)
                    merged.update({k: v for k, v in m.items() if k != on})
                    out.append(merged)
            elif how == "left":
                merged = dict(r)
                for k in (other[0] if other else {}):
                    if k != on:
                        merged.setdefault(k, None)
                out.append(merged)
        return Query(out)
    def limit(self, n, offset=0):
        return Query(self.rows[offset:offset + n])
    def distinct(self):
        seen, out = set(), []
        for r in self.rows:
            key = tuple(sorted(r.items(), key=lambda kv: kv[0]))
            if key not in seen:
                seen.add(key)
                out.append(r)
        return Query(out)
    def __iter__(self):
        return iter(self.rows)
    def __len__(self):
        return len(self.rows)
    def table(self):
        if not self.rows:
            return "(no rows)"
        cols = list(self.rows[0])
        cells = [[("NULL" if r.get(c) is None else str(r.get(c))) for c in cols] for r in self.rows]
        widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
        line = "+".join("-" * (w + 2) for w in widths)
        out = [" | ".join(c.ljust(w) for c, w in zip(cols, widths)), line]
        for row in cells:
            out.append(" | ".join(v.rjust(w) if v.lstrip("-").isdigit() else v.ljust(w) for v, w in zip(row, widths)))
        return "\n".join(out)
avg = lambda vs: round(sum(vs) / len(vs), 2)
q = Query(EMPLOYEES)
print(q.where(lambda r: r["dept"] == "eng").select("name", "salary").order_by("-salary").table())
print(q.group_by("dept", n=(len, None), total=(sum, "salary"), avg=(avg, "salary"), top=(max, "salary")).order_by("dept").table())
print(q.join(DEPTS, "dept").select("name", "dept", "floor", "head").order_by("floor", "name").table())
print(q.join(DEPTS, "dept", how="left").select("name", "floor").order_by("floor", "name").limit(4, 1).table())
print(q.select("city").distinct().order_by("city").table())
print(q.select("name", raise_=lambda r: None if r["salary"] is None else r["salary"] * 1.1).order_by("-raise_").limit(3).table())
by_id = {r["id"]: r for r in EMPLOYEES}
def chain(r):
    out = []
    while r["manager"] is not None:
        r = by_id[r["manager"]]
        out.append(r["name"])
    return "/".join(out) or "-"
print(q.select("name", chain=chain).order_by("name").table())
def parse_where(expr):
    ops = {"=": lambda a, b: a == b, "!=": lambda a, b: a != b, ">": lambda a, b: a is not None and a > b,
           "<": lambda a, b: a is not None and a < b}
    clauses = [c.strip() for c in expr.split(" and ")]
    preds = []
    for clause in clauses:
        for sym in ("!=", "=", ">", "<"):
            if sym in clause:
                col, value = [p.strip() for p in clause.split(sym, 1)]
                value = int(value) if value.isdigit() else (None if value == "null" else value.strip("'"))
                preds.append((col, ops[sym], value))
                break
    return lambda r: all(op(r.get(col), value) for col, op, value in preds)
def run_sql(sql):
    sql = " ".join(sql.split())
    lower = sql.lower()
    assert lower.startswith("select ")
    cols_part, _, rest = sql[7:].partition(" from ")
    where = order = None
    limit = None
    if " where " in rest:
        rest, _, where = rest.partition(" where ")
    if where and " order by " in where:
        where, _, order = where.partition(" order by ")
    elif " order by " in rest:
        rest, _, order = rest.partition(" order by ")
    if order and " limit " in order:
        order, _, limit = order.partition(" limit ")
    result = Query(EMPLOYEES if rest.strip() == "employees" else DEPTS)
    if where:
        result = result.where(parse_where(where))
    if order:
        keys = []
        for part in order.split(","):
            bits = part.split()
            keys.append(("-" if len(bits) > 1 and bits[1].lower() == "desc" else "") + bits[0])
        result = result.order_by(*keys)
    cols = [c.strip() for c in cols_part.split(",")]
    if cols != ["*"]:
        result = result.select(*cols)
    if limit:
        result = result.limit(int(limit))
    return result
for sql in ["select name, salary from employees where salary > 80 and dept != 'ops' order by salary desc",
            "select name, city from employees where city = null",
            "select * from depts order by floor desc limit 2",
            "select name from employees where manager = 1 order by name limit 3"]:
    print(sql)
    print(run_sql(sql).table())
