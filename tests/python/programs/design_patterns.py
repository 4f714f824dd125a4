# ruff: noqa
# classic design patterns in Python: observer with weak-ish unsubscribe, strategy via first-class functions,
# visitor with getattr dispatch on class names, state machine objects, command pattern with undo/redo,
# composite with recursion, decorator objects wrapping behaviour, singleton via __new__, builder with chaining
class EventBus:
    def __init__(self):
        self.handlers = {}
    def subscribe(self, event, handler):
        self.handlers.setdefault(event, []).append(handler)
        return lambda: self.handlers[event].remove(handler)
    def publish(self, event, **payload):
        return [h(**payload) for h in list(self.handlers.get(event, []))]
bus = EventBus()
log = []
unsub = bus.subscribe("order", lambda **p: log.append("audit %(id)s" % p) or "audited")
bus.subscribe("order", lambda **p: "mailed %s to %s" % (p["id"], p["who"]))
print(bus.publish("order", id=1, who="ann"))
unsub()
print(bus.publish("order", id=2, who="bob"), bus.publish("none"), log)
STRATEGIES = {
    "flat": lambda price, qty: price * qty,
    "bulk": lambda price, qty: price * qty * (0.9 if qty >= 10 else 1),
    "bogo": lambda price, qty: price * (qty - qty // 2),
}
print({name: round(fn(2.5, 12), 2) for name, fn in STRATEGIES.items()})
class Num:
    def __init__(self, v):
        self.v = v
class Add:
    def __init__(self, a, b):
        self.a, self.b = a, b
class Mul(Add):
    pass
class Neg:
    def __init__(self, e):
        self.e = e
class Visitor:
    def visit(self, node):
        method = getattr(self, "visit_" + type(node).__name__, self.generic)
        return method(node)
    def generic(self, node):
        raise TypeError("no visitor for " + type(node).__name__)
class Evaluator(Visitor):
    def visit_Num(self, n):
        return n.v
    def visit_Add(self, n):
        return self.visit(n.a) + self.visit(n.b)
    def visit_Mul(self, n):
        return self.visit(n.a) * self.visit(n.b)
    def visit_Neg(self, n):
        return -self.visit(n.e)
class Printer(Visitor):
    def visit_Num(self, n):
        return str(n.v)
    def visit_Add(self, n):
        return "(%s + %s)" % (self.visit(n.a), self.visit(n.b))
    def visit_Mul(self, n):
        return "%s * %s" % (self.visit(n.a), self.visit(n.b))
tree = Add(Mul(Num(3), Num(4)), Neg(Num(5)))
print(Evaluator().visit(tree))
try:
    Printer().visit(tree)
except TypeError as e:
    print("TypeError:", e)
class State:
    transitions = {}
    def on(self, event):
        target = self.transitions.get(event)
        if target is None:
            raise ValueError("%s cannot handle %s" % (type(self).__name__, event))
        return target()
class Idle(State):
    pass
class Running(State):
    pass
class Paused(State):
    pass
class Stopped(State):
    pass
Idle.transitions = {"start": Running}
Running.transitions = {"pause": Paused, "stop": Stopped}
Paused.transitions = {"resume": Running, "stop": Stopped}
state = Idle()
for ev in ["start", "pause", "resume", "pause", "stop", "start"]:
    try:
        state = state.on(ev)
        print(ev, "->", type(state).__name__)
    except ValueError as e:
        print("error:", e)
class Editor:
    def __init__(self):
        self.text = ""
        self.undo_stack, self.redo_stack = [], []
    def execute(self, cmd):
        cmd.do(self)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()
    def undo(self):
        if self.undo_stack:
            cmd = self.undo_stack.pop()
            cmd.undo(self)
            self.redo_stack.append(cmd)
    def redo(self):
        if self.redo_stack:
            cmd = self.redo_stack.pop()
            cmd.do(self)
            self.undo_stack.append(cmd)
class Insert:
    def __init__(self, pos, s):
        self.pos, self.s = pos, s
    def do(self, ed):
        ed.text = ed.text[:self.pos] + self.s + ed.text[self.pos:]
    def undo(self, ed):
        ed.text = ed.text[:self.pos] + ed.text[self.pos + len(self.s):]
class Delete:
    def __init__(self, pos, n):
        self.pos, self.n = pos, n
        self.removed = ""
    def do(self, ed):
        self.removed = ed.text[self.pos:self.pos + self.n]
        ed.text = ed.text[:self.pos] + ed.text[self.pos + self.n:]
    def undo(self, ed):
        ed.text = ed.text[:self.pos] + self.removed + ed.text[self.pos:]
ed = Editor()
history = []
for cmd in [Insert(0, "hello"), Insert(5, " world"), Delete(0, 1), Insert(0, "J")]:
    ed.execute(cmd)
    history.append(ed.text)
ed.undo()
history.append(ed.text)
ed.undo()
history.append(ed.text)
ed.redo()
history.append(ed.text)
ed.execute(Insert(len(ed.text), "!"))
ed.redo()
history.append(ed.text)
print(history)
class Component:
    def __init__(self, name, size=0, children=()):
        self.name, self.own, self.children = name, size, list(children)
    def size(self):
        return self.own + sum(c.size() for c in self.children)
    def render(self, depth=0):
        lines = ["%s%s (%d)" % ("  " * depth, self.name, self.size())]
        for c in sorted(self.children, key=lambda c: -c.size()):
            lines.extend(c.render(depth + 1))
        return lines
fs = Component("/", children=[Component("bin", children=[Component("ls", 120), Component("cat", 80)]),
                              Component("home", children=[Component("ann", children=[Component("notes.txt", 5)]),
                                                          Component("big.iso", 700)]), Component("README", 3)])
print("\n".join(fs.render()))
class Logged:
    def __init__(self, fn):
        self.fn = fn
        self.calls = []
    def __call__(self, *args):
        result = self.fn(*args)
        self.calls.append((args, result))
        return result
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return lambda *args: self(obj, *args)
class Calc:
    @Logged
    def add(self, a, b):
        return a + b
c = Calc()
print(c.add(1, 2), c.add(3, 4), [(args[1:], r) for args, r in Calc.add.calls])
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.created_with = args
        return cls._instance
a, b = Singleton(1), Singleton(2)
print(a is b, a.created_with)
class QueryBuilder:
    def __init__(self):
        self.parts = {"select": [], "where": [], "order": None, "limit": None}
    def select(self, *cols):
        self.parts["select"].extend(cols)
        return self
    def where(self, cond):
        self.parts["where"].append(cond)
        return self
    def order_by(self, col):
        self.parts["order"] = col
        return self
    def limit(self, n):
        self.parts["limit"] = n
        return self
    def build(self, table):
        sql = "SELECT %s FROM %s" % (", ".join(self.parts["select"]) or "*", table)
        if self.parts["where"]:
            sql += " WHERE " + " AND ".join(self.parts["where"])
        if self.parts["order"]:
            sql += " ORDER BY " + self.parts["order"]
        if self.parts["limit"] is not None:
            sql += " LIMIT %d" % self.parts["limit"]
        return sql
print(QueryBuilder().select("id", "name").where("age > 3").where("active").order_by("name").limit(10).build("users"))
print(QueryBuilder().build("t"))
