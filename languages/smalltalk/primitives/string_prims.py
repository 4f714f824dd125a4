"""Primitives of String and Symbol: concatenation, comparison, substrings, character classes.

`=` compares contents for strings, but a Symbol is equal only to itself, so `'foo' = #foo` is
true while `#foo = 'foo'` is false.
"""

from languages.smalltalk.characters import (
    all_digits,
    all_letters,
    all_white_space,
    code_is_digit,
    code_is_letter,
    code_is_white_space,
)
from languages.smalltalk.errors import SomError
from languages.smalltalk.objects import (
    W_AbstractObject,
    W_Char,
    W_Integer,
    W_String,
    W_Symbol,
    boolean,
    char_string,
    intern_symbol,
)
from languages.smalltalk.primitives import primitive
from languages.smalltalk.primitives.helpers import int_value, receiver_string, string_value


@primitive("String", "concatenate:")
def string_concatenate(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    text = receiver_string(receiver, "String>>#concatenate:")
    return W_String(text + string_value(args[0], "String>>#concatenate:"))


@primitive("String", "asSymbol")
def string_as_symbol(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return intern_symbol(receiver_string(receiver, "String>>#asSymbol"))


@primitive("String", "hashcode")
def string_hashcode(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    receiver_string(receiver, "String>>#hashcode")
    return W_Integer(receiver.som_hash())


@primitive("String", "length")
def string_length(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return W_Integer(len(receiver_string(receiver, "String>>#length")))


@primitive("String", "isWhiteSpace")
def string_is_white_space(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    if isinstance(receiver, W_Char):
        return boolean(code_is_white_space(receiver.code))
    text = receiver_string(receiver, "String>>#isWhiteSpace")
    return boolean(all_white_space(text))


@primitive("String", "isLetters")
def string_is_letters(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    if isinstance(receiver, W_Char) and receiver.code < 128:
        return boolean(code_is_letter(receiver.code))
    text = receiver_string(receiver, "String>>#isLetters")
    return boolean(all_letters(text))


@primitive("String", "isDigits")
def string_is_digits(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    if isinstance(receiver, W_Char) and receiver.code < 128:
        return boolean(code_is_digit(receiver.code))
    text = receiver_string(receiver, "String>>#isDigits")
    return boolean(all_digits(text))


@primitive("String", "=")
def string_equals(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    text = receiver_string(receiver, "String>>#=")
    arg = args[0]
    if isinstance(receiver, W_Symbol):
        return boolean(receiver is arg)
    if isinstance(arg, W_String):
        return boolean(text == arg.value)
    return boolean(False)


@primitive("String", "primSubstringFrom:to:")
def string_substring(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    name = "String>>#primSubstringFrom:to:"
    text = receiver_string(receiver, name)
    start = int_value(args[0], name)
    end = int_value(args[1], name)
    if start < 1 or end > len(text) or start > end + 1:
        raise SomError("%s: the range %d to %d is out of bounds for a string of length %d"
                       % (name, start, end, len(text)))
    return W_String(text[start - 1:end])


@primitive("String", "charAt:")
def string_char_at(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    """`charAt:` natively (the core library's definition, `substringFrom: i to: i`, costs three
    sends and a range check written in SOM per character); the same answer and the same error."""
    name = "String>>#charAt:"
    text = receiver_string(receiver, name)
    index = int_value(args[0], name)
    if index < 1 or index > len(text):
        raise SomError("substring from %d to %d is out of bounds for a string of length %d"
                       % (index, index, len(text)))
    return char_string(text, index - 1)


@primitive("Symbol", "asString")
def symbol_as_string(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return W_String(receiver_string(receiver, "Symbol>>#asString"))
