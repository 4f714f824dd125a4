(display "runs first")
(newline)
(define (f)
  (if))
