"""languages.python.parser: the Python 3.11 tokenizer, parser and AST, written in RPython.

`parse(source, filename, mode)` returns an astnodes.mod or raises errors.PySyntaxError;
`dump(tree)` gives the text of CPython's ast.dump(tree).
"""
