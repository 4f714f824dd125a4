;; calls nested in calls: primitive calls are computed on the spot, other calls go through the
;; machine; either way every operand is evaluated once, left to right
(define (show . items) (for-each display items) (newline))

(define counter 0)
(define (tick!) (set! counter (+ counter 1)) counter)
(define v (vector 0 0 0))

;; an effect of a primitive in an operand, then a closure call in a later operand
(show (cadr (list (vector-set! v 0 (+ (vector-ref v 0) 1)) (tick!))) " " v)
(show (+ (* 2 (vector-ref v 0)) (tick!) (- (tick!) 1)) " " counter)

;; output in an operand happens once, before the later closure call's output
(define (loud x) (display "[loud]") x)
(show (list (begin (display "[first]") 1) (loud 2) (car (list 3))))
(show (+ (string-length (symbol->string 'abc)) (loud 4)))

;; nested arithmetic over flonums and fixnums, and overflow into bignums in a nest
(define (norm2 x y) (+ (* x x) (* y y)))
(show (norm2 3 4) " " (norm2 1.5 2.0) " " (- (* 4611686018427387904 4) (* 2 2)))

;; an operator that is a local variable bound to a primitive, nested
(let ((f car) (g cdr))
  (show (f (g (g '(1 2 3)))) " " (+ (f '(10)) (f (g '(1 20))))))

;; a primitive redefined by the program: nested calls see the new definition, and a global
;; assigned from a primitive to a closure between two runs of the same code
(define (square x) (* x x))
(define old-abs abs)
(define (abs x) (if (< x 0) (- x) (square x)))
(show (+ 1 (abs 3) (abs -3)) " " (old-abs -7))
(define op car)
(define (first-plus-one lst) (+ 1 (op lst)))
(show (first-plus-one '(1 2)))
(set! op (lambda (lst) (display "[op]") 100))
(show (first-plus-one '(1 2)))

;; an error inside a nest: the innermost call is reported, effects before it happened once
(show (guard (e (#t (list 'caught (error-object-message e) (error-object-irritants e) counter)))
        (+ (tick!) (car (cdr (list 1))))))
(show (guard (e ((error-object? e) (error-object-message e)))
        (vector-ref v (+ 1 (* 2 (vector-length v))))))
