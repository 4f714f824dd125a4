(define (show x) (write x) (newline))
#!fold-case
(show 'HELLO)
(show (eq? 'Abc 'abc))
(show #\SPACE)
#!no-fold-case
(show 'HELLO)
