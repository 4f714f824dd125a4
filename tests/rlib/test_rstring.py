"""StringBuilder and BytesBuilder produce what concatenation would."""

from hypothesis import given, settings
from hypothesis import strategies as st

from kit.rlib.rstring import BytesBuilder, StringBuilder

many = settings(max_examples=300, deadline=None)

text_ops = st.lists(st.one_of(
    st.tuples(st.just("append"), st.text(max_size=5)),
    st.tuples(st.just("slice"), st.text(max_size=8), st.integers(0, 8), st.integers(0, 8)),
    st.tuples(st.just("multiple"), st.characters(), st.integers(-1, 6)),
    st.tuples(st.just("build")),
), max_size=12)


@many
@given(text_ops)
def test_string_builder(ops):
    builder = StringBuilder()
    expected = ""
    for op in ops:
        if op[0] == "append":
            builder.append(op[1])
            expected += op[1]
        elif op[0] == "slice":
            s, a, b = op[1], min(op[2], len(op[1])), min(op[3], len(op[1]))
            a, b = min(a, b), max(a, b)
            builder.append_slice(s, a, b)
            expected += s[a:b]
        elif op[0] == "multiple":
            builder.append_multiple_char(op[1], op[2])
            expected += op[1] * max(op[2], 0)
        else:
            assert builder.build() == expected
        assert builder.getlength() == len(expected)
    assert builder.build() == expected
    assert builder.build() == expected


@many
@given(st.lists(st.one_of(st.binary(max_size=5), st.integers(0, 255)), max_size=12), st.integers(0, 4))
def test_bytes_builder(items, repeat):
    builder = BytesBuilder()
    expected = b""
    for item in items:
        if isinstance(item, int):
            builder.append_byte(item)
            expected += bytes([item])
        else:
            builder.append(item)
            builder.append_slice(item, 1 if item else 0, len(item))
            expected += item + item[1:]
    builder.append_multiple_char(b"z", repeat)
    expected += b"z" * repeat
    assert builder.getlength() == len(expected)
    assert builder.build() == expected


def test_char_append():
    builder = StringBuilder()
    builder.append_char("x")
    builder.append_char("\u20ac")
    assert builder.build() == "x\u20ac" and builder.getlength() == 2
