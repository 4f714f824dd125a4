"""languages: the front ends built on kit (Python, Smalltalk/SOM, Scheme)."""
