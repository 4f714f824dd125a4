;;; deriv: symbolic differentiation of polynomial expressions written as lists, with a
;;; simplifier (list construction, symbols, case dispatch, map with closures, garbage).
;;; Prints the total size of the derivatives built and the last derivative.
(import (scheme base) (scheme write) (scheme time) (scheme process-context))

;; sums and products with their constant parts folded and their neutral elements dropped
(define (make-sum terms)
  (let loop ((terms terms) (constant 0) (others '()))
    (cond ((null? terms)
           (let ((parts (if (= constant 0) (reverse others) (cons constant (reverse others)))))
             (cond ((null? parts) 0)
                   ((null? (cdr parts)) (car parts))
                   (else (cons '+ parts)))))
          ((number? (car terms)) (loop (cdr terms) (+ constant (car terms)) others))
          ((and (pair? (car terms)) (eq? (car (car terms)) '+))
           (loop (append (cdr (car terms)) (cdr terms)) constant others))
          (else (loop (cdr terms) constant (cons (car terms) others))))))

(define (make-product factors)
  (let loop ((factors factors) (constant 1) (others '()))
    (cond ((null? factors)
           (let ((parts (if (= constant 1) (reverse others) (cons constant (reverse others)))))
             (cond ((= constant 0) 0)
                   ((null? parts) 1)
                   ((null? (cdr parts)) (car parts))
                   (else (cons '* parts)))))
          ((number? (car factors)) (loop (cdr factors) (* constant (car factors)) others))
          (else (loop (cdr factors) constant (cons (car factors) others))))))

(define (make-power base exponent)
  (cond ((= exponent 0) 1)
        ((= exponent 1) base)
        (else (list 'expt base exponent))))

;; d/dvar of a product: the sum over i of the product with factor i replaced by its derivative
(define (deriv-product factors var)
  (let loop ((before '()) (after factors) (terms '()))
    (if (null? after)
        (make-sum (reverse terms))
        (loop (cons (car after) before)
              (cdr after)
              (cons (make-product (append (reverse before)
                                          (list (deriv (car after) var))
                                          (cdr after)))
                    terms)))))

(define (deriv expr var)
  (cond ((number? expr) 0)
        ((symbol? expr) (if (eq? expr var) 1 0))
        (else
         (case (car expr)
           ((+) (make-sum (map (lambda (term) (deriv term var)) (cdr expr))))
           ((-) (make-sum (list (deriv (cadr expr) var)
                                (make-product (list -1 (deriv (caddr expr) var))))))
           ((*) (deriv-product (cdr expr) var))
           ((expt) (let ((base (cadr expr)) (n (caddr expr)))
                     (make-product (list n (make-power base (- n 1)) (deriv base var)))))
           (else (error "deriv: unknown operator" (car expr)))))))

(define (size expr)
  (if (pair? expr) (+ (size (car expr)) (size (cdr expr))) 1))

(define polynomial
  '(+ (* 3 x x) (* a x x) (* b x) 5 (expt (+ x 1) 3) (- (* x y (+ x 2)) (* 7 y))
      (* (+ x a) (- x b) (expt x 4))))

;; inputs come from the command line when given, so no compiler can fold the work away
(define (argument k default)
  (let loop ((args (cdr (command-line))) (k k))
    (cond ((null? args) default)
          ((= k 1) (string->number (car args)))
          (else (loop (cdr args) (- k 1))))))

(define (run)
  (let ((rounds (argument 1 20000)))
    (let loop ((i 0) (total 0) (last '()))
      (if (= i rounds)
          (list total last)
          (let ((d (deriv polynomial 'x)))
            (loop (+ i 1) (+ total (size d)) d))))))

;; the result on stdout; the time of (run) on stderr, in jiffies
(let* ((start (current-jiffy))
       (result (run))
       (stop (current-jiffy)))
  (write result)
  (newline)
  (let ((err (current-error-port)))
    (display "elapsed-jiffies " err)
    (write (- stop start) err)
    (display " " err)
    (write (jiffies-per-second) err)
    (newline err)))
