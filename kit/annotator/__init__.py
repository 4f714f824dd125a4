"""kit.annotator: whole-program type inference over flow graphs, from entry_point(argv) on.

`RPythonAnnotator.build_types(func, [annotations])` annotates every reachable graph; errors name the
source location and the chain of inferences that led to them.
"""
