# ruff: noqa
# exit: 1
# error: AttributeError: 'NoneType' object has no attribute 'email'
# a lookup that returns None on a miss, used without a check: the classic uncaught
# AttributeError on None after some successful lookups
class User:
    def __init__(self, uid, name, email):
        self.uid, self.name, self.email = uid, name, email

    def __repr__(self):
        return "User(%d, %r)" % (self.uid, self.name)


class Directory:
    def __init__(self, users):
        self.by_id = {u.uid: u for u in users}
        self.by_name = {u.name.lower(): u for u in users}

    def find(self, key):
        if isinstance(key, int):
            return self.by_id.get(key)
        return self.by_name.get(key.lower())

    def emails(self, keys):
        out = []
        for key in keys:
            user = self.find(key)
            out.append(user.email)
        return out


d = Directory([User(1, "Ann", "ann@example.org"), User(2, "Bob", "bob@example.org"), User(7, "Cy", "cy@example.org")])
print(d.find(1), d.find("BOB"), d.find(3), d.find("nobody"))
print(d.emails([1, "cy", "ann"]))
safe = [u.email if (u := d.find(k)) else "<missing %r>" % (k,) for k in [2, 5, "Cy"]]
print(safe)
print(d.emails([7, "Ann", 42]))
