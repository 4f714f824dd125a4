;; a field spec whose accessor is not an identifier is a syntax error, not a crash
(define-record-type point (make-point x) point? (x (quote ())))
