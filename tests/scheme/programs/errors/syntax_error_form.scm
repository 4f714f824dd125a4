(define-syntax must-be-pair
  (syntax-rules ()
    ((_ (a . b)) 'ok)
    ((_ other) (syntax-error "must-be-pair: expected a pair, got" other))))
(display (must-be-pair (1 . 2)))
(newline)
(must-be-pair 5)
