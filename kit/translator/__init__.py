"""kit.translator: the driver of `kit translate`, from a target module to an executable.

It runs the stages in order (annotate, rtype, transforms, LLVM), shows progress, and reports
non-RPython code as errors with their source locations.
"""
