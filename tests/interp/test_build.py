"""`kit build NAME`: the registry of shipped languages and its errors (the translation itself is in
test_zbuild.py)."""

import importlib

import pytest

from kit.cli import LANGUAGES, main
from kit.target import find_entry_point


def test_the_registry_names_the_shipped_languages():
    assert list(LANGUAGES) == ["tutorial", "scheme", "smalltalk", "python"]


@pytest.mark.parametrize("name", list(LANGUAGES))
def test_every_registered_language_has_an_entry_point(name):
    entry = find_entry_point(importlib.import_module(LANGUAGES[name]))
    assert callable(entry)


def test_an_unknown_name_lists_the_known_ones(capsys):
    assert main(["build", "cobol"]) == 1
    err = capsys.readouterr().err
    assert "unknown language 'cobol'" in err and "tutorial, scheme, smalltalk, python" in err


def test_help_lists_the_names(capsys):
    with pytest.raises(SystemExit):
        main(["build", "-h"])
    assert "tutorial, scheme, smalltalk" in capsys.readouterr().out
