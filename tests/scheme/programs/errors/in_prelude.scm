(define (go)
  (map car '(1 2)))
(display (go))
