# ruff: noqa
# an abstract base class by hand: abstract methods checked at instantiation, polymorphic dispatch, templates
import math
def abstract(fn):
    fn.__isabstract__ = True
    return fn
class ABCMeta(type):
    def __call__(cls, *args, **kwargs):
        missing = sorted(name for name in dir(cls) if getattr(getattr(cls, name), "__isabstract__", False))
        if missing:
            raise TypeError("Can't instantiate abstract class %s with abstract methods %s" % (cls.__name__, ", ".join(missing)))
        return super().__call__(*args, **kwargs)
class Shape(metaclass=ABCMeta):
    @abstract
    def area(self):
        raise NotImplementedError
    @abstract
    def perimeter(self):
        raise NotImplementedError
    def describe(self):
        return "%s: area=%.2f perimeter=%.2f" % (type(self).__name__, self.area(), self.perimeter())
    def __lt__(self, other):
        return self.area() < other.area()
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
class Half(Shape):
    def area(self):
        return 0
for cls, args in [(Shape, ()), (Half, ())]:
    try:
        cls(*args)
    except TypeError as e:
        print("TypeError:", e)
shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5)]
for s in sorted(shapes):
    print(s.describe())
print(max(shapes).describe(), sum(s.area() for s in shapes) > 10, [type(s).__mro__[1].__name__ for s in shapes])
print(isinstance(Square(1), Rect), issubclass(Square, Shape), Square.__bases__[0].__name__)
