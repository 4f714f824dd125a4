(define (f) (+ 1 undefined-thing))
(f)
