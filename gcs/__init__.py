"""gcs: the garbage collectors, written in RPython and translated into every program (not built yet).

Will hold `marksweep` (non-moving, the reference) and `generational` (the default: nursery,
copying minor collections, mark-sweep old generation, write barrier); see ARCHITECTURE.md §3.
"""
