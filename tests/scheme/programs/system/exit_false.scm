(display "x")
(exit #f)
