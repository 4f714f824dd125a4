(define (show x) (write x) (newline))
(define range
  (case-lambda
    ((e) (range 0 e))
    ((b e) (do ((r '() (cons e r)) (e (- e 1) (- e 1))) ((< e b) r)))))
(show (range 3))
(show (range 3 5))
(define plus
  (case-lambda
    (() 0)
    ((x) x)
    ((x y) (+ x y))
    ((x y . rest) (apply plus (+ x y) rest))))
(show (list (plus) (plus 1) (plus 1 2) (plus 1 2 3 4)))
(define f (case-lambda ((a) 'one) ((a b) 'two) (args (length args))))
(show (list (f 1) (f 1 2) (f 1 2 3) (f)))
