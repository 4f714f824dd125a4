(define (show x) (write x) (newline))
(define-syntax flatten-pairs
  (syntax-rules () ((_ (a b ...) ...) '(a ... (b ... ...)))))
(show (flatten-pairs (1 2 3) (4) (5 6)))
(define-syntax my-let
  (syntax-rules () ((_ ((n v) ...) body ...) ((lambda (n ...) body ...) v ...))))
(show (my-let ((a 1) (b 2)) (+ a b)))
(define-syntax tail
  (syntax-rules () ((_ x ... last) 'last)))
(show (tail 1 2 3))
(define-syntax middle
  (syntax-rules () ((_ first x ... last) '(x ...))))
(show (middle 1 2 3 4))
(show (middle 1 2))
(define-syntax dotted
  (syntax-rules () ((_ a . rest) 'rest)))
(show (dotted 1 2 3))
(define-syntax dotted-ellipsis
  (syntax-rules () ((_ (x ... . r)) '((x ...) r))))
(show (dotted-ellipsis (1 2 . 3)))
(show (dotted-ellipsis (1 2)))
(define-syntax vec
  (syntax-rules () ((_ #(a b ...)) '(a (b ...)))))
(show (vec #(1 2 3)))
(define-syntax vec-out
  (syntax-rules () ((_ x ...) #(x ... end))))
(show (vec-out 1 2))
(define-syntax nested
  (syntax-rules () ((_ (k v ...) ...) '((k . (v ...)) ...))))
(show (nested (a 1 2) (b) (c 3)))
(define-syntax my-cond
  (syntax-rules (else)
    ((_ (else e ...)) (begin e ...))
    ((_ (c e ...) clause ...) (if c (begin e ...) (my-cond clause ...)))))
(show (my-cond (#f 1) ((= 1 1) 2) (else 3)))
(define-syntax custom
  (syntax-rules ::: () ((_ x :::) (list x ::: '...))))
(show (custom 1 2 3))
(define-syntax escaped
  (syntax-rules () ((_ x) '(x (... ...)))))
(show (escaped 5))
(define-syntax literal-datum
  (syntax-rules () ((_ 1 x) 'one) ((_ "s" x) 'string) ((_ y x) 'other)))
(show (list (literal-datum 1 0) (literal-datum "s" 0) (literal-datum 2 0)))
