"""Shared helpers of the Scheme tests: run source text on a fresh interpreter and capture output."""

from __future__ import annotations

from languages.scheme.interpreter import Interpreter


def run_source(text: str, capfd, filename: str = "<test>") -> tuple[int, str, str]:
    capfd.readouterr()
    vm = Interpreter([filename])
    status = vm.run_text(text, filename, False)
    out, err = capfd.readouterr()
    return status, out, err


def evaluate(text: str, capfd) -> str:
    """The written value of the last expression of `text`."""
    capfd.readouterr()
    vm = Interpreter(["-e"])
    status = vm.run_text(text, "<expression>", True)
    out, err = capfd.readouterr()
    assert status == 0, err
    assert err == ""
    return out.rstrip("\n")
