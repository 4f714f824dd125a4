"""The tutorial language's REPL and command line, untranslated: globals last from one input to the
next, an input that stops in the middle of a statement waits for more lines."""

import os

from languages.tutorial.target import Tutorial, entry_point


def repl(text, capfd):
    read, write = os.pipe()
    os.write(write, text.encode())
    os.close(write)
    language = Tutorial()
    language.input_fd = read
    status = language.main(["tutorial"])
    os.close(read)
    out, err = capfd.readouterr()
    return status, out, err


def test_globals_and_functions_last_across_inputs(capfd):
    text = "x = 20;\nfn double(n) {\n    return n * 2;\n}\nprint double(x) + 2;\nprint x;\n"
    assert repl(text, capfd) == (0, "42\n20\n", "")


def test_errors_are_reported_and_the_repl_goes_on(capfd):
    status, out, err = repl("print nope;\nprint 1 +;\nprint 5;\n", capfd)
    assert out == "5\n"
    assert err == ("<stdin>:1:7: NameError: name 'nope' is not defined\n"
                   "<stdin>:1:10: SyntaxError: unexpected SEMI ';'; expected one of INT, STRING, NAME, MINUS, LPAREN\n")
    assert status == 1


def test_dash_c_and_version(capfd):
    assert entry_point(["tutorial", "-c", "print 6 * 7;"]) == 0
    assert entry_point(["tutorial", "--version"]) == 0
    assert capfd.readouterr().out == "42\ntutorial 1.0\n"
