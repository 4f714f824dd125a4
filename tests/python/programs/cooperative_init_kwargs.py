# ruff: noqa
# cooperative multiple inheritance: every __init__ takes **kwargs and passes the rest up with
# super(), mixins adding behaviour around a method, the MRO deciding the call order, a mixin
# calling super() into a sibling, and the TypeError when an unknown keyword reaches object
class Base:
    def __init__(self, *, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.trail = getattr(self, "trail", []) + ["Base"]

    def describe(self):
        return [self.name]


class Timestamped(Base):
    def __init__(self, *, created=0, **kwargs):
        self.trail = ["Timestamped"]
        super().__init__(**kwargs)
        self.created = created

    def describe(self):
        return super().describe() + ["created@%d" % self.created]


class Tagged(Base):
    def __init__(self, *, tags=(), **kwargs):
        super().__init__(**kwargs)
        self.tags = list(tags)
        self.trail.append("Tagged")

    def describe(self):
        return super().describe() + ["tags=" + ",".join(self.tags)]


class Audited:
    def __init__(self, *, auditor="system", **kwargs):
        super().__init__(**kwargs)
        self.auditor = auditor

    def describe(self):
        return ["[audited by %s]" % self.auditor] + super().describe()


class Document(Audited, Timestamped, Tagged):
    def __init__(self, *, body="", **kwargs):
        super().__init__(**kwargs)
        self.body = body

    def describe(self):
        return super().describe() + ["%d chars" % len(self.body)]


print([c.__name__ for c in Document.__mro__])
doc = Document(name="report", created=17, tags=["q3", "draft"], auditor="eve", body="hello world")
print(doc.describe())
print(doc.trail, doc.auditor, doc.tags, doc.created)
plain = Document(name="memo")
print(plain.describe(), plain.trail)
try:
    Document(name="x", colour="red")
except TypeError as e:
    print("TypeError:", e)
try:
    Document(created=1)
except TypeError as e:
    print("TypeError:", e)


class LoggingMixin:
    log = []

    def save(self, store):
        LoggingMixin.log.append("saving " + type(self).__name__)
        result = super().save(store)
        LoggingMixin.log.append("saved as %r" % (result,))
        return result


class ValidatingMixin:
    def save(self, store):
        if not getattr(self, "name", ""):
            raise ValueError("cannot save without a name")
        return super().save(store)


class Storable:
    def save(self, store):
        key = len(store)
        store[key] = self
        return key


class Record(LoggingMixin, ValidatingMixin, Storable):
    def __init__(self, name):
        self.name = name


store = {}
print(Record("a").save(store), Record("b").save(store), sorted(store))
try:
    Record("").save(store)
except ValueError as e:
    print("ValueError:", e)
print(LoggingMixin.log)
print(super(Record, Record("z")).save.__qualname__, super(LoggingMixin, Record("q")).save.__qualname__)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(D().who(), B().who(), super(B, D()).who(), super(C, D()).who())
