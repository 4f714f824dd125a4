"""The compiler of the Python VM: symbol tables, then AST to our own bytecode (codegen), then the
assembler that resolves jumps and computes stack depths and exception tables.
"""
