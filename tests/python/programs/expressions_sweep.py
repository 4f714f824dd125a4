# ruff: noqa
# many small expressions through eval, printed with their repr or their error (a parity sweep)
tests = [
 "'{:>{w}}|'.format('x', w=5)", "'%(name)s is %(age)d' % {'name': 'A', 'age': 3}", "list(enumerate('ab', start=1))",
 "isinstance(3, int | str)", "''.join(str(i) for i in range(3))", "[x for x in range(3)] == list(range(3))",
 "str(ValueError('a', 'b'))", "repr(ValueError())", "repr(KeyError('k'))", "str(KeyError('k'))",
 "sorted([3, 1, 2], key=None)", "list(range(5))[::2]", "max([], default=0)", "min(3, 1, key=lambda v: -v)",
 "divmod(-7.5, 2)", "float(10 ** 20)", "int(1e20)", "int('  -12  ')", "round(-2.5)", "round(1234, -2)",
 "5 .__add__(3)", "(2).__mul__('ab')", "'ab'.__mul__(2)", "[1].__eq__([1])", "None.__eq__(None)",
 "object.__eq__(1, 1)", "str.join(',', ['a'])", "dict(a=1) | {'b': 2}", "{**{'a': 1}, 'a': 2}",
 "[*'ab', *[1]]", "print('x', 'y', sep='')", "print()", "1 if 0 else 2 if 0 else 3",
 "not 1 == 2", "1 < 2 < 3 > 2", "'a' 'b'", "0.1 + 0.7", "1/3", "2/3", "100.0", "1e22", "1.5e300 * 1e10",
 "-1 ** 2", "(-1) ** 0.5 if False else 0", "7 % -3", "-7 // 3", "7.0 % -3", "True * 3", "[True, False].count(0)",
 "sum([True, True])", "str(-0.0)", "abs(-0.0)", "int.from_bytes(b'\\x01\\x00', 'big') if False else 256",
 "len({1, 1.0, True})", "hash(1) == hash(1.0)", "{1.0: 'a'}", "3 in {3: 4}", "'%5.1f%%' % 12.345",
 "'%c' % 65", "'%03d' % 7", "'%x' % 255", "'%-4d|' % 3", "'%s %s' % (1, [2])",
]
for t in tests:
    try:
        print(t, "=>", repr(eval(t)))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
