# ruff: noqa
# an inventory system: nested dicts, sets of tags, sorting by several keys, restocking rules, reports
stock = {
    "apple": {"qty": 50, "price": 0.5, "tags": {"fruit", "fresh"}},
    "banana": {"qty": 5, "price": 0.25, "tags": {"fruit"}},
    "bread": {"qty": 0, "price": 2.75, "tags": {"bakery", "fresh"}},
    "cheese": {"qty": 12, "price": 7.0, "tags": {"dairy"}},
    "milk": {"qty": 3, "price": 1.2, "tags": {"dairy", "fresh"}},
}
orders = [("apple", 20), ("bread", 1), ("milk", 3), ("cheese", 13), ("kiwi", 1), ("banana", 5)]
log = []
for item, qty in orders:
    entry = stock.get(item)
    if entry is None:
        log.append("unknown item %s" % item)
    elif entry["qty"] < qty:
        log.append("short on %s: wanted %d, have %d" % (item, qty, entry["qty"]))
    else:
        entry["qty"] -= qty
        log.append("sold %d %s for %.2f" % (qty, item, qty * entry["price"]))
print("\n".join(log))
low = sorted((name for name, e in stock.items() if e["qty"] < 5), key=lambda n: (stock[n]["qty"], n))
print("low stock:", low)
for name in low:
    stock[name]["qty"] += 10 if "fresh" in stock[name]["tags"] else 5
by_tag = {}
for name, e in stock.items():
    for tag in e["tags"]:
        by_tag.setdefault(tag, []).append(name)
print({tag: sorted(names) for tag, names in sorted(by_tag.items())})
value = {name: round(e["qty"] * e["price"], 2) for name, e in stock.items()}
print(sorted(value.items(), key=lambda kv: (-kv[1], kv[0])), round(sum(value.values()), 2))
fresh_dairy = {n for n in stock if stock[n]["tags"] >= {"dairy", "fresh"}}
print(fresh_dairy, [n for n in stock if stock[n]["tags"].isdisjoint({"fresh"})])
