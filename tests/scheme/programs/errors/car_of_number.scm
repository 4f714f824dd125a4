(define (first x) (car x))
(first 42)
