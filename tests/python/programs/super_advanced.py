# ruff: noqa
# super() in depth: cooperative methods along the MRO, super in classmethods/staticmethod-free, properties, __class__
class Root:
    def greet(self):
        return ["Root"]
    @classmethod
    def create(cls):
        return ["Root.create(%s)" % cls.__name__]
    @property
    def label(self):
        return "root-label"
class Left(Root):
    def greet(self):
        return ["Left"] + super().greet()
    @classmethod
    def create(cls):
        return ["Left.create"] + super().create()
class Right(Root):
    def greet(self):
        return ["Right"] + super().greet()
    @property
    def label(self):
        return "right+" + super().label
class Bottom(Left, Right):
    def greet(self):
        return ["Bottom"] + super().greet()
    @classmethod
    def create(cls):
        return ["Bottom.create"] + super().create()
    def which(self):
        return __class__.__name__, type(self).__name__
class Lower(Bottom):
    pass
b = Bottom()
print(b.greet(), Bottom.create(), b.label, Lower().which(), Lower.create())
print(super(Left, b).greet(), super(Right, b).greet(), super(Bottom, Bottom).create())
class Logger:
    def __init__(self, **kw):
        self.log = ["Logger"]
        super().__init__(**kw)
class Named:
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
class Aged:
    def __init__(self, age, **kw):
        self.age = age
        super().__init__(**kw)
class Person(Logger, Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
p = Person(name="ann", age=30)
print(p.name, p.age, p.log, [c.__name__ for c in Person.__mro__])
class WithStatic:
    @staticmethod
    def helper():
        return "static"
class ChildStatic(WithStatic):
    @staticmethod
    def helper():
        return "child+" + super(ChildStatic, ChildStatic).helper()
print(ChildStatic.helper())
class Desc:
    def __get__(self, obj, owner):
        return "Desc from " + owner.__name__
class HasDesc:
    attr = Desc()
class ChildDesc(HasDesc):
    def read(self):
        return super().attr
print(ChildDesc().read())
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)
class AttrErr(Root):
    def missing(self):
        return super().nothing_here
try:
    AttrErr().missing()
except AttributeError as e:
    print("AttributeError:", e)
s = super(Bottom, b)
print(type(s).__name__, s.__self__ is b, s.__thisclass__.__name__, s.__self_class__.__name__)
