"""The codewriter: the low-level graphs reachable from the interpreter's portal become jitcodes."""
