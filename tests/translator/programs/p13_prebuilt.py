"""Prebuilt objects: module-level instances, lists and dicts become constants and can be mutated."""


class Config:
    def __init__(self):
        self.verbose = False
        self.level = 3
        self.names = ["a", "b"]


CONFIG = Config()
TABLE = [1, 2, 3]
LOOKUP = {"x": 10, "y": 20}
NAMES = ("alpha", "beta")


def entry_point(argv):
    print(CONFIG.level, CONFIG.verbose, CONFIG.names, TABLE, LOOKUP["y"], NAMES[1])
    CONFIG.level += 1
    CONFIG.verbose = True
    CONFIG.names.append("c")
    TABLE.append(4)
    LOOKUP["z"] = 30
    print(CONFIG.level, CONFIG.verbose, CONFIG.names, TABLE, sorted(LOOKUP.items()), len(NAMES))
    return 0
