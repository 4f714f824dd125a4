# ruff: noqa
# data descriptors with __set_name__: typed and bounded fields, a lazily computed non-data
# descriptor that caches in the instance dict, __delete__, access through the class
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.storage = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return getattr(obj, self.storage)
        except AttributeError:
            raise AttributeError("%s.%s is not set" % (self.owner, self.name)) from None

    def __set__(self, obj, value):
        setattr(obj, self.storage, self.validate(value))

    def __delete__(self, obj):
        print("  deleting", self.name)
        delattr(obj, self.storage)

    def validate(self, value):
        return value

    def __repr__(self):
        return "<%s %s.%s>" % (type(self).__name__, self.owner, self.name)


class Typed(Field):
    kind = object

    def validate(self, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, not %s" % (self.name, self.kind.__name__, type(value).__name__))
        return value


class Integer(Typed):
    kind = int


class Text(Typed):
    kind = str


class Bounded(Integer):
    def __init__(self, low, high):
        self.low, self.high = low, high

    def validate(self, value):
        value = super().validate(value)
        if not self.low <= value <= self.high:
            raise ValueError("%s=%d outside [%d, %d]" % (self.name, value, self.low, self.high))
        return value


class lazy:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        self.calls += 1
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Product:
    name = Text()
    qty = Bounded(0, 1000)
    price = Integer()

    def __init__(self, name, qty, price):
        self.name, self.qty, self.price = name, qty, price

    @lazy
    def total(self):
        return self.qty * self.price


p = Product("widget", 12, 250)
print(p.name, p.qty, p.price, p.total, p.total, Product.total.calls)
print(sorted(vars(p)))
print(Product.qty, Product.name, Product.__dict__["price"].storage)
for attr, value in [("qty", 2000), ("qty", "many"), ("name", 42), ("price", 3.5), ("qty", 999)]:
    try:
        setattr(p, attr, value)
        print("set", attr, "=", getattr(p, attr))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
del p.price
try:
    p.price
except AttributeError as e:
    print("AttributeError:", e)
p.total = 7
print(p.total, Product.total.calls)
q = Product("gadget", 3, 10)
print(q.total, Product.total.calls, hasattr(q, "_price"), "total" in vars(q))
