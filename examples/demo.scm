;;; A short tour of kit-scheme (R7RS-small), each part timed with current-jiffy.
;;;     build/bin/kit-scheme examples/demo.scm        (translated: `kit build scheme`)
;;;     python -m languages.scheme examples/demo.scm  (the same VM on CPython, much slower)
(import (scheme base) (scheme char) (scheme lazy) (scheme time) (scheme write))

(define (milliseconds-since start)
  (/ (round (/ (* 10000 (- (current-jiffy) start)) (jiffies-per-second))) 10.0))

;; (part "title" body ...): run the body, show its value and how long it took
(define-syntax part
  (syntax-rules ()
    ((_ title body ...)
     (let* ((start (current-jiffy))
            (value (begin body ...))
            (elapsed (milliseconds-since start)))
       (display title)
       (display ": ")
       (write value)
       (display "   [")
       (display elapsed)
       (display " ms]")
       (newline)))))

(define demo-start (current-jiffy))

;; exact integers grow into bignums, and division gives exact rationals
(define (factorial n) (if (= n 0) 1 (* n (factorial (- n 1)))))
(part "digits of 1000!" (string-length (number->string (factorial 1000))))
(part "1 + 1/2 + ... + 1/20"
  (do ((k 1 (+ k 1)) (sum 0 (+ sum (/ 1 k)))) ((> k 20) sum)))
(part "exact and inexact" (list (exact->inexact 1/3) (exact 2.5) (sqrt 16) (expt 2 100)))

;; proper tail calls, and non-tail recursion as deep as memory allows (the stack is on the heap)
(part "a tail-recursive loop of 1,000,000 steps"
  (let loop ((i 0) (sum 0)) (if (= i 1000000) sum (loop (+ i 1) (+ sum i)))))
(define (count-up n) (if (= n 0) 0 (+ 1 (count-up (- n 1)))))
(part "1,000,000 nested non-tail calls" (count-up 1000000))
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(part "(fib 25), doubly recursive" (fib 25))

;; first-class continuations: a generator that walks a tree, resumed once per leaf
(define (tree-walker tree)
  (define return #f)
  (define (walk node)
    (cond ((null? node) 'skip)
          ((pair? node) (walk (car node)) (walk (cdr node)))
          (else (call/cc (lambda (resume)
                           (set! walk-rest (lambda () (resume #f)))
                           (return node))))))
  (define walk-rest (lambda () (walk tree) (return 'done)))
  (lambda () (call/cc (lambda (k) (set! return k) (walk-rest)))))
(part "leaves by a call/cc generator"
  (let ((next (tree-walker '((a (b)) c ((d) e)))))
    (let loop ((leaf (next)) (leaves '()))
      (if (eq? leaf 'done) (reverse leaves) (loop (next) (cons leaf leaves))))))

;; dynamic-wind runs its after thunk when a continuation escapes
(part "dynamic-wind and an escape"
  (let ((trace '()))
    (call/cc (lambda (escape)
               (dynamic-wind
                (lambda () (set! trace (cons 'in trace)))
                (lambda () (escape 'gone) (set! trace (cons 'not-here trace)))
                (lambda () (set! trace (cons 'out trace))))))
    (reverse trace)))

;; exceptions: guard catches an error raised by a primitive
(part "guard"
  (guard (e ((error-object? e) (list 'caught (error-object-message e))))
    (vector-ref (vector 1 2 3) 10)))

;; hygienic macros: swap! introduces its own `tmp`, which cannot capture the user's
(define-syntax swap!
  (syntax-rules () ((_ a b) (let ((tmp a)) (set! a b) (set! b tmp)))))
(part "swap! with a variable named tmp" (let ((tmp 1) (other 2)) (swap! tmp other) (list tmp other)))

;; records, and a merge sort written with named let
(define-record-type point (make-point x y) point? (x point-x) (y point-y))
(define (merge-sort items less?)
  (define (merge a b)
    (cond ((null? a) b)
          ((null? b) a)
          ((less? (car b) (car a)) (cons (car b) (merge a (cdr b))))
          (else (cons (car a) (merge (cdr a) b)))))
  (let sort ((items items) (n (length items)))
    (if (< n 2)
        (list-head items n)
        (let ((half (quotient n 2)))
          (merge (sort items half) (sort (list-tail items half) (- n half)))))))
(define (list-head items n) (if (= n 0) '() (cons (car items) (list-head (cdr items) (- n 1)))))
(define (distance p) (+ (* (point-x p) (point-x p)) (* (point-y p) (point-y p))))
(part "points sorted by distance"
  (map (lambda (p) (list (point-x p) (point-y p)))
       (merge-sort (list (make-point 3 4) (make-point 1 1) (make-point -2 0) (make-point 0 5))
                   (lambda (a b) (< (distance a) (distance b))))))

;; Unicode strings, and string ports
(part "Unicode case mapping" (list (string-upcase "straße") (string-downcase "ΧΑΟΣ") (char-upcase #\λ)))
(part "a string port"
  (let ((port (open-output-string)))
    (for-each (lambda (n) (write n port) (write-char #\space port)) '(1 1/2 0.5 "s" #\c sym))
    (get-output-string port)))

;; lazy evaluation: the first primes from an infinite stream
(define (integers-from n) (delay (cons n (integers-from (+ n 1)))))
(define (stream-filter keep? s)
  (delay-force (let ((cell (force s)))
                 (if (keep? (car cell))
                     (delay (cons (car cell) (stream-filter keep? (cdr cell))))
                     (stream-filter keep? (cdr cell))))))
(define (stream-take s n) (if (= n 0) '() (let ((cell (force s))) (cons (car cell) (stream-take (cdr cell) (- n 1))))))
(define (prime? n) (let loop ((d 2)) (cond ((> (* d d) n) #t) ((= 0 (remainder n d)) #f) (else (loop (+ d 1))))))
(part "the first 12 primes, lazily" (stream-take (stream-filter prime? (integers-from 2)) 12))

(display "whole demo: ")
(display (milliseconds-since demo-start))
(display " ms")
(newline)
