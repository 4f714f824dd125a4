(display (/ 10 2))
(newline)
(display (/ 10 0))
