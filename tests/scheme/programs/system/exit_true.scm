(exit #t)
(display "never")
