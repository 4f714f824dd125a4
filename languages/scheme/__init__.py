"""languages.scheme: an R7RS-small Scheme on kit (not built yet).

Will hold the reader, the syntax expander (syntax-rules), a CEK-style evaluator with heap
continuations, the numeric tower and the standard libraries.
"""
