# ruff: noqa
# a formatted text report: str.format with positional/named/indexed/attribute fields, alignment,
# fill, sign, thousands separators, percentages, format_map, %-formatting with dicts and tuples
class Employee:
    def __init__(self, name, dept, salary, rating):
        self.name, self.dept, self.salary, self.rating = name, dept, salary, rating


staff = [
    Employee("Ada Lovelace", "Research", 125000, 0.97),
    Employee("Charles Babbage", "Research", 98000.5, 0.81),
    Employee("Grace Hopper", "Compilers", 143250, 0.995),
    Employee("Alan Turing", "Theory", 110000, 0.9),
    Employee("Edsger Dijkstra", "Compilers", 87500.25, 0.755),
]
header = "{:<18}|{:^11}|{:>13}|{:>8}".format("Name", "Dept", "Salary", "Rating")
print(header)
print("=" * len(header))
for e in staff:
    print("{0.name:<18}|{0.dept:^11}|{0.salary:>13,.2f}|{0.rating:>8.1%}".format(e))
total = sum(e.salary for e in staff)
print("{:-^{w}}".format(" totals ", w=len(header)))
print("{label:<18}|{count:^11d}|{total:>13,.2f}|{avg:>8.1%}".format(
    label="all", count=len(staff), total=total, avg=sum(e.rating for e in staff) / len(staff)))
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e)
for dept, members in by_dept.items():
    names = ", ".join(m.name.split()[1] for m in members)
    print("{dept!r:>12} -> {n} ({names})".format(dept=dept, n=len(members), names=names))
print("{0}{1}{0}".format("ab", "cd"), "{[1]}{[0][0]}".format("xyz", ["q"]), "{d[key]}".format(d={"key": 5}))
print("{:+d} {:+d} {: d} {: d} {:=+8d} {:08.3f} {:x<6} {:#010x}".format(5, -5, 5, -5, 42, -3.14159, 7, 255))
print("{:e} {:.2E} {:g} {:g} {:g} {:.3g} {:%} {:.0%}".format(12345.678, 0.000123, 1e-5, 123456789.0, 100.0, 2.0 / 3, 0.25, 0.999))
print("{:,} {:_} {:_x} {:,.1f} {:>+12,}".format(1234567890, 1234567890, 0xDEADBEEF, -9876543.21, 1000))
row = {"item": "tea", "qty": 3, "price": 4.5}
print("%(item)s x%(qty)d @ %(price).2f = %(total)8.2f" % dict(row, total=row["qty"] * row["price"]))
print("%s|%r|%5s|%-5s|%05d|%+.1e|%x|%X|%o|%c|%%" % ("s", "r", "ab", "ab", 42, 12345.6789, 255, 255, 8, 65))
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
template = "{greeting}, {name}! You have {count} new {noun}."
for count in (0, 1, 5):
    print(template.format_map({"greeting": "Hi", "name": "Sam", "count": count, "noun": "message" if count == 1 else "messages"}))


class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print("{a} and {b} and {c}".format_map(Default(a=1)))
for bad in ["{", "}", "{0} {}", "{:d}", "{x}"]:
    try:
        print(bad.format("str"))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    print("%d" % "text")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("one",))
except TypeError as e:
    print("TypeError:", e)
