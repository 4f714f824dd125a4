;;; fib: the doubly recursive Fibonacci function (non-tail calls, fixnum + - <).
;;; Prints (fib 32) = 2178309.
(import (scheme base) (scheme write) (scheme time) (scheme process-context))

(define (fib n)
  (if (< n 2)
      n
      (+ (fib (- n 1)) (fib (- n 2)))))

;; inputs come from the command line when given, so no compiler can fold the work away
(define (argument k default)
  (let loop ((args (cdr (command-line))) (k k))
    (cond ((null? args) default)
          ((= k 1) (string->number (car args)))
          (else (loop (cdr args) (- k 1))))))

(define (run) (fib (argument 1 32)))

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
