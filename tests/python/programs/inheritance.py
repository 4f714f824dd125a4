# ruff: noqa
# multiple inheritance and the MRO, super() chains, class attributes, overriding, isinstance
class Base:
    kind = "base"

    def __init__(self):
        self.log = ["Base"]

    def who(self):
        return "Base"


class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")

    def who(self):
        return "Left>" + super().who()


class Right(Base):
    kind = "right"

    def __init__(self):
        super().__init__()
        self.log.append("Right")

    def who(self):
        return "Right>" + super().who()


class Diamond(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Diamond")

    def who(self):
        return "Diamond>" + super().who()


d = Diamond()
print(d.log, d.who(), d.kind, [k.__name__ for k in Diamond.__mro__])
print(isinstance(d, Left), isinstance(d, Right), isinstance(d, Base), issubclass(Diamond, Right))


class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")

    def describe(self):
        return "%s with area %.2f" % (type(self).__name__, self.area())


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


for shape in [Circle(1), Square(3)]:
    print(shape.describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)


class Registry:
    entries = []

    @classmethod
    def register(cls, item):
        cls.entries.append(item)
        return cls

    @staticmethod
    def normalize(text):
        return text.strip().lower()


Registry.register("a").register("b")
print(Registry.entries, Registry.normalize("  HeLLo "))


class MyList(list):
    def total(self):
        return sum(self)


ml = MyList([1, 2, 3])
ml.append(4)
print(ml.total(), len(ml), ml[0], isinstance(ml, list))


class MyError(ValueError):
    pass


try:
    raise MyError("bad value")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, Exception))
print(str(Circle(2).area())[:6], Square.__name__, Square.__bases__[0].__name__)
