# ruff: noqa
# an exception raised in a method, through several frames, while handling another
# exit: 1
# error: KeyError: 'missing'
class Store:
    def __init__(self):
        self.data = {"a": 1}

    def lookup(self, key):
        return self.data[key]


def fetch(store, key):
    try:
        return int(key)
    except ValueError:
        return store.lookup(key)


s = Store()
print(fetch(s, "12"))
print(fetch(s, "a"))
print(fetch(s, "missing"))
