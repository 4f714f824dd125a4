(define-syntax two-args (syntax-rules () ((_ a b) (list a b))))
(two-args 1 2 3)
