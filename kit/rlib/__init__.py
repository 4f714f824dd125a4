"""kit.rlib: the library that interpreter code imports (RPython helpers usable untranslated).

Each module behaves the same on CPython and in a translated program; the toolchain recognises
its functions where they need special treatment (ovfcheck, unrolling_iterable, specialize, ...).
"""
