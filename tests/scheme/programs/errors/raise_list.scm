(define x 1)
(raise-continuable (list 'my-error "detail" 42))
