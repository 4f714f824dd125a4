"""Arbitrary input never crashes the VM: random token soup is a syntax error or runs, and random
message sends end in SOM results or SOM errors, never a Python exception."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from languages.smalltalk.target import entry_point

TOKENS = ["x", "y", "self", "super", "nil", "true", "false", "3", "-2", "4.5", "'s'", "#sym", "#(1 2)",
          ":=", "(", ")", "[", "]", ":a", "|", "^", ".", "+", "-", "*", "/", "//", "%", "=", "<", ",",
          "==", "at:", "put:", "ifTrue:", "ifFalse:", "and:", "or:", "value", "value:", "printString",
          "println", "new", "class", "size", "Array", "Object", "Vector", "to:", "do:", "#", "----"]

RECEIVERS = ["3", "-7", "2.5", "'str'", "#sym", "nil", "true", "Object new", "Array new: 2",
             "Vector new", "[ 1 ]", "[ :a | a ]", "Object", "Integer", "system", "(1 to: 3)", "Set new",
             "Dictionary new", "Pair new", "3 class class"]
SELECTORS = ["+ 1", "- 'x'", "* nil", "/ 0", "// 0", "% 0", "= 3", "< 'a'", ", 4", "at: 1", "at: 5 put: 2",
             "value", "value: 1", "length", "size", "first", "removeFirst", "asString", "asSymbol",
             "println", "printString:", "new", "superclass", "name", "methods", "fields", "instVarAt: 1",
             "perform: #foo", "perform: 3", "charAt: 9", "primSubstringFrom: 3 to: 1", "sqrt", "round",
             "asInteger", "ifTrue: [ 1 ]", "and: [ 2 ]", "to: 2 do: [ :i | i ]", "invokeOn: 1 with: 2",
             "keys", "add: 3", "concatenate: 3", "new: -1", "hashcode", "respondsTo: 3", "global: 4",
             "load: 'x'", "instVarNamed: #zz", "from: 1 to: 9 do: [ :e | e ]", "<< 3", ">>> -1"]

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def run_source(tmp_path, source, capfd):
    path = tmp_path / "Fuzz.som"
    path.write_text(source)
    status = entry_point(["som", str(path)])
    captured = capfd.readouterr()
    return status, captured


@SETTINGS
@given(tokens=st.lists(st.sampled_from(TOKENS), max_size=25))
def test_token_soup_is_a_syntax_error_or_runs(tmp_path_factory, capfd, tokens):
    tmp_path = tmp_path_factory.mktemp("fuzz")
    source = "Fuzz = ( | x y | run = ( " + " ".join(tokens) + " ) )\n"
    status, captured = run_source(tmp_path, source, capfd)
    assert status in (0, 1)
    if status == 1:
        assert "error:" in captured.err or "ERROR:" in captured.err


@SETTINGS
@given(receiver=st.sampled_from(RECEIVERS), message=st.sampled_from(SELECTORS))
def test_any_send_ends_in_a_result_or_a_som_error(tmp_path_factory, capfd, receiver, message):
    tmp_path = tmp_path_factory.mktemp("fuzz")
    source = "Fuzz = ( run = ( (%s) %s ) )\n" % (receiver, message)
    status, captured = run_source(tmp_path, source, capfd)
    assert status in (0, 1), captured.err
    if status == 1:
        assert captured.err.startswith("ERROR:") or ": error:" in captured.err, captured.err
