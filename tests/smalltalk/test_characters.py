"""The character classes of SOM strings (isLetters, isDigits, isWhiteSpace): the one-ASCII-character
fast path and the Unicode tables agree with Python's str methods."""

from hypothesis import given
from hypothesis import strategies as st

from languages.smalltalk.characters import all_digits, all_letters, all_white_space
from languages.smalltalk.objects import W_Char, char_string


def test_every_latin1_character_is_classified_as_python_does():
    # (white space has a fast path for codes below 256, letters and digits below 128)
    for code in range(256):
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


def test_one_character_strings_of_codes_below_256_are_prebuilt():
    text = "a\u00e9\u0100"
    assert char_string(text, 0) is char_string("xa", 1)
    assert isinstance(char_string(text, 1), W_Char) and char_string(text, 1).code == 0xe9
    assert not isinstance(char_string(text, 2), W_Char) and char_string(text, 2).value == "\u0100"
