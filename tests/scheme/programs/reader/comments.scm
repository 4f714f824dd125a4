; line comment
(display "a") ; trailing comment
#| block comment
   #| nested |# still comment
|#
(display "b")
#;(display "skipped")
(display #;ignored "c")
(write '(1 #;2 3))
(newline)
(write '(x #;(a (b c)) y))
(newline)
#|multi-line|#(display "d")#|adjacent|#
(newline)
