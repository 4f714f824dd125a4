(write (command-line))
(newline)
(write (cdr (command-line)))
(newline)
