"""Classes: single inheritance, overriding, class attributes, isinstance, type names, super()."""


class Animal:
    legs = 4
    sound = "..."

    def __init__(self, name):
        self.name = name
        self.age = 0

    def speak(self):
        return self.name + " says " + self.sound

    def describe(self):
        return "%s has %d legs and is %d" % (self.name, self.legs, self.age)


class Dog(Animal):
    sound = "woof"

    def __init__(self, name, breed):
        Animal.__init__(self, name)
        self.breed = breed


class Bird(Animal):
    legs = 2
    sound = "tweet"

    def speak(self):
        return super().speak() + "!"


class Parrot(Bird):
    def __init__(self, name, word):
        super().__init__(name)
        self.word = word

    def speak(self):
        return self.name + " says " + self.word


def entry_point(argv):
    zoo = [Dog("rex", "lab"), Bird("tweety"), Parrot("polly", "hello"), Animal("blob")]
    for i, a in enumerate(zoo):
        a.age = i * 2
        print(a.speak(), "|", a.describe(), "|", type(a).__name__)
        print(isinstance(a, Bird), isinstance(a, Dog), isinstance(a, Animal))
    d = zoo[0]
    if isinstance(d, Dog):
        print(d.breed)
    p = zoo[2]
    if isinstance(p, Parrot):
        print(p.word, p.legs)
    print(Bird.legs, Dog.sound, zoo[1].legs)
    same = zoo[0] is zoo[0]
    other = zoo[0] is zoo[1]
    print(same, other, zoo[0] == zoo[0])
    return 0
