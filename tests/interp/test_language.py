"""The Language base through the toy language: options, files, -c, the REPL on a pipe and on a
terminal, error reports and exit statuses."""

import os
import pty

import pytest

from kit.interp import EXIT_ERROR, EXIT_OK, EXIT_USAGE, LanguageError
from kit.interp.errors import ProgramExit, syntax_error
from kit.interp.files import FileError, LineReader, read_file
from kit.interp.language import check_jit_params
from kit.rlib.lexer import LexerGenerator
from kit.rlib.parsing import ParserGenerator, ParsingError
from tests.interp.toylang import Toy, entry_point

PRINT_2 = "LOAD_CONST 2\nPRINT\nLOAD_CONST 0\nRETURN_VALUE\n"


def run(argv, capfd, stdin=None):
    language = Toy()
    if stdin is not None:
        read, write = os.pipe()
        os.write(write, stdin.encode())
        os.close(write)
        language.input_fd = read
    status = language.main(["toy"] + argv)
    if stdin is not None:
        os.close(read)
    out, err = capfd.readouterr()
    return status, out, err, language


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return str(path)


def test_a_file_runs_and_gets_its_arguments(tmp_path, capfd):
    path = write(tmp_path, "p.toy", PRINT_2)
    status, out, err, language = run([path, "a", "-b"], capfd)
    assert (status, out, err) == (EXIT_OK, "2\n", "")
    assert language.argv == [path, "a", "-b"] and language.filename == path


def test_dash_c_runs_code(capfd):
    status, out, err, language = run(["-c", PRINT_2, "x"], capfd)
    assert (status, out, err) == (EXIT_OK, "2\n", "")
    assert language.argv == ["-c", "x"]


def test_a_language_error_is_reported_with_file_line_and_column(tmp_path, capfd):
    path = write(tmp_path, "bad.toy", "LOAD_CONST 1\n    FAIL 7\nRETURN_VALUE\n")
    status, out, err, _ = run([path], capfd)
    assert status == EXIT_ERROR
    assert err == f"{path}:2:5: ToyError: failed with 7\n"


def test_a_syntax_error(capfd):
    status, _, err, _ = run(["-c", "LOAD_CONST 1\nWHAT\n"], capfd)
    assert (status, err) == (EXIT_ERROR, "-c:2:1: SyntaxError: unknown instruction WHAT\n")


def test_code_the_builder_refuses_is_a_compiler_error(capfd):
    status, _, err, _ = run(["-c", "LOAD_CONST 1\n"], capfd)
    assert (status, err) == (EXIT_ERROR, "-c: CompilerError: the code of main runs off its end after LOAD_CONST\n")


def test_program_exit_sets_the_status(capfd):
    status, out, _, _ = run(["-c", "LOAD_CONST 2\nPRINT\nLOAD_CONST 9\nEXIT\nLOAD_CONST 0\nRETURN_VALUE"], capfd)
    assert (status, out) == (9, "2\n")


def test_a_missing_file(capfd):
    status, out, err, _ = run(["/no/such/file.toy"], capfd)
    assert (status, out) == (EXIT_ERROR, "")
    assert err == "toy: cannot read /no/such/file.toy: No such file or directory\n"


def test_a_directory_and_a_file_that_is_not_utf8(tmp_path, capfd):
    status, _, err, _ = run([str(tmp_path)], capfd)
    assert status == EXIT_ERROR and err == f"toy: cannot read {tmp_path}: Is a directory\n"
    (tmp_path / "latin.toy").write_bytes(b"; caf\xe9\n")
    status, _, err, _ = run([str(tmp_path / "latin.toy")], capfd)
    assert status == EXIT_ERROR and err == f"toy: cannot read {tmp_path / 'latin.toy'}: not UTF-8 text\n"


def test_dash_reads_the_program_from_standard_input(capfd):
    status, out, err, _ = run(["-"], capfd, stdin=PRINT_2)
    assert (status, out, err) == (EXIT_OK, "2\n", "")
    status, out, err, _ = run(["-"], capfd, stdin="FAIL 3\nLOAD_CONST 0\nRETURN_VALUE\n")
    assert (status, err) == (EXIT_ERROR, "<stdin>:1:1: ToyError: failed with 3\n")


def test_help_and_version(capfd):
    status, out, err, _ = run(["-h"], capfd)
    assert status == EXIT_OK and err == ""
    assert out.startswith("usage: toy [OPTIONS] [FILE [ARGS...]]\n")
    assert "(toy files end in .toy)" in out and "--jit PARAMS" in out
    assert out.endswith("  --repeat N         run the program N times\n")
    assert run(["--help"], capfd)[1] == out
    assert run(["--version"], capfd)[:3] == (EXIT_OK, "toy 0.3\n", "")


@pytest.mark.parametrize("argv, message", [
    (["--frobnicate"], "unknown option --frobnicate"),
    (["-c"], "-c needs the code to run"),
    (["--jit"], "--jit needs parameters"),
    (["--jit", "speed=3"], "unknown JIT parameter 'speed=3'"),
    (["--jit=threshold=x"], "the JIT parameter threshold needs a number, not 'x'"),
    (["--repeat"], "--repeat needs a number"),
])
def test_usage_errors_exit_with_2(argv, message, capfd):
    status, out, err, _ = run(argv, capfd)
    assert (status, out) == (EXIT_USAGE, "")
    assert err.startswith(f"toy: {message}") and err.endswith("\ntry 'toy -h' for help\n")


def test_jit_parameters_are_accepted(capfd):
    for argv in (["--jit", "off"], ["--jit", "threshold=200,trace_limit=9000"], ["--jit=default"]):
        assert run(argv + ["-c", PRINT_2], capfd)[:2] == (EXIT_OK, "2\n")
    assert check_jit_params("threshold=1,function_threshold=2") == ""
    assert check_jit_params("threshold") != "" and check_jit_params("threshold=") != ""


def test_a_language_option_and_the_end_of_options(tmp_path, capfd, monkeypatch):
    assert run(["--repeat", "3", "-c", PRINT_2], capfd)[:2] == (EXIT_OK, "2\n2\n2\n")
    write(tmp_path, "-odd.toy", PRINT_2)
    monkeypatch.chdir(tmp_path)
    assert run(["--", "-odd.toy"], capfd)[:2] == (EXIT_OK, "2\n")


def test_the_repl_on_a_pipe_runs_each_input_without_prompts(capfd):
    status, out, err, _ = run([], capfd, stdin=PRINT_2 + "FAIL 1\nLOAD_CONST 0\nRETURN_VALUE\n" + PRINT_2)
    assert out == "2\n2\n"
    assert err == "<stdin>:1:1: ToyError: failed with 1\n"
    assert status == EXIT_ERROR                   # like a script: an error makes the status 1


def test_the_repl_waits_for_the_rest_of_an_incomplete_input(capfd):
    # a toy input ending in a label is incomplete: the next line completes it
    status, out, err, _ = run([], capfd, stdin="LOAD_CONST 5\nJUMP end\nend:\nPRINT\nLOAD_CONST 0\nRETURN_VALUE\n")
    assert (status, out, err) == (EXIT_OK, "5\n", "")


def test_the_repl_reports_input_left_incomplete_at_the_end(capfd):
    status, out, err, _ = run([], capfd, stdin="LOAD_CONST 5\nend:")
    assert status == EXIT_ERROR
    assert err == "<stdin>:2:1: SyntaxError: a label needs an instruction after it\n"


def test_the_repl_on_a_terminal_shows_a_banner_and_prompts(capfd):
    master, slave = pty.openpty()
    os.write(master, b"LOAD_CONST 7\nPRINT\nLOAD_CONST 0\nRETURN_VALUE\n\x04")
    language = Toy()
    language.input_fd = slave
    status = language.main(["toy"])
    os.close(master)
    os.close(slave)
    out = capfd.readouterr().out
    assert status == EXIT_OK
    assert out.startswith("toy 0.3 (kit) - end with Ctrl-D\n> ")
    assert "7\n> " in out and out.endswith("> \n")


def test_entry_point_makes_a_fresh_language_per_run(capfd):
    assert entry_point(["toy", "-c", PRINT_2]) == EXIT_OK
    assert entry_point(["toy", "--version"]) == EXIT_OK
    assert capfd.readouterr().out == "2\ntoy 0.3\n"


def test_kit_parser_errors_become_syntax_errors():
    lexer_generator = LexerGenerator()
    lexer_generator.add("A", "a")
    lexer = lexer_generator.build()
    parser_generator = ParserGenerator(["A"])
    parser_generator.production("s : A A")(lambda p: p[0])
    parser = parser_generator.build()
    with pytest.raises(ParsingError) as info:
        parser.parse(lexer.lex("a"))
    error = syntax_error(info.value)
    assert (error.kind, error.line, error.column, error.incomplete) == ("SyntaxError", 1, 2, True)
    assert error.message == "unexpected end of input; expected A"
    with pytest.raises(ParsingError) as info:
        parser.parse(lexer.lex("aaa"))
    assert syntax_error(info.value).incomplete is False
    with pytest.raises(Exception) as info:
        parser.parse(lexer.lex("ab"))
    lexer_error = syntax_error(info.value)
    assert (lexer_error.line, lexer_error.column, lexer_error.message) == (1, 2, "unexpected character 'b'")


def test_error_formats():
    assert LanguageError("E", "m").format("f") == "f: E: m"
    assert LanguageError("E", "m", 3).format("f") == "f:3: E: m"
    assert LanguageError("E", "m", 3, 4).format("f") == "f:3:4: E: m"
    error = LanguageError("E", "m")
    error.set_position(5, 6)
    error.set_position(7, 8)                      # the first (innermost) position stays
    assert str(error) == "<input>:5:6: E: m"
    assert ProgramExit(3).status == 3


def test_line_reader_and_read_file(tmp_path):
    read, write_end = os.pipe()
    os.write(write_end, "one\ntwo\n\nthré".encode())
    os.close(write_end)
    reader = LineReader(read)
    assert [reader.read_line() for _ in range(5)] == ["one", "two", "", "thré", None]
    os.close(read)
    path = tmp_path / "f.txt"
    path.write_text("x" * 200000)
    assert read_file(str(path)) == "x" * 200000
    with pytest.raises(FileError, match="No such file"):
        read_file(str(tmp_path / "missing"))
