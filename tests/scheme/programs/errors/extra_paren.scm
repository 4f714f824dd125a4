(display "ok")
(display "x"))
