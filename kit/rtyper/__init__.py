"""kit.rtyper: lowers annotated flow graphs to low-level graphs over machine types.

Each annotation gets a Repr (its low-level representation); each high-level operation becomes
low-level operations from the one table in lloperation.py, or calls of low-level helpers.
"""
