"""The tutorial language: a small language built on kit in one page (docs/tutorial.md).
Numbers, strings, variables, if/else, while, functions with recursion, print."""
