(display "ok")
(newline)
   no-such-variable
