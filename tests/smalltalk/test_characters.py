"""The character classes of SOM strings (isLetters, isDigits, isWhiteSpace): the one-ASCII-character
fast path and the Unicode tables agree with Python's str methods."""

from hypothesis import given
from hypothesis import strategies as st

from languages.smalltalk.characters import all_digits, all_letters, all_white_space


def test_every_ascii_character_is_classified_as_python_does():
    for code in range(128):
        ch = chr(code)
        assert all_white_space(ch) == ch.isspace(), code
        assert all_digits(ch) == ch.isdecimal(), code
        assert all_letters(ch) == ch.isalpha(), code


@given(st.text(min_size=1, max_size=4))
def test_strings_are_classified_as_python_does(text):
    assert all_white_space(text) == text.isspace()
    assert all_digits(text) == text.isdecimal()
    assert all_letters(text) == text.isalpha()


def test_the_empty_string_is_in_no_class():
    assert not all_white_space("") and not all_digits("") and not all_letters("")
