# ruff: noqa
# a second parity sweep of expressions through eval
tests = [
 "(255).bit_length()", "'a,b,c'.rsplit(',', 1)",  "'12'.isnumeric()", 
 "sorted({'b': 1, 'a': 2}.items())", "list(reversed({'a': 1, 'b': 2}))", "'abc'.removeprefix('a')",
   "[1,2,3].__len__()", "'%s' % [1]", "str(1e300*1e10)",
 "float('-inf')",     "'é'.upper()",
 "hex(255)", "oct(8)", "bin(5)", "vars(type('A', (), {'x': 1}))['x']", "dir([])[:2]", "type('A', (), {})",
  "iter(range(3)).__next__()", "(1).__class__", "int.__name__", "'{0:b}'.format(5)",
 "f'{10:,}'", "round(2.5)", "round(0.125, 2)", "'abc' < 'abd'", "[1] * -1", "divmod(7.5, 2)",
 "max('abc', key=ord)", "sum(range(101))", "list(map(lambda a, b: a + b, [1, 2], [3, 4]))",
 "globals()['__name__']", "isinstance(None, type(None))", "'x' in {'x': 1}", "{1, 2}.union([3])",
 "[].sort() is None", "'a'.join('bcd')", "str(True)", "int(True)", "True + 1.5", "3 ** -2", "(-8) ** (1/3) if False else 1",
 "10 ** 18 * 10", "-(2**63)", "abs(-(2**63))", "2**63 // -1", "hash(2**64) == hash(2**64)", "1 == 1.0", "{1: 'a'}[1.0]",
]
for t in tests:
    try:
        print(t, "=>", repr(eval(t)))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
