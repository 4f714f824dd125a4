"""The meta-interpreter: traces the interpreter's jitcodes, keeps resume data for guards, and
finishes interrupted iterations in the blackhole interpreter (ARCHITECTURE §5)."""
