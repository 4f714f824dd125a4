;;; ack: the Ackermann function A(3, n) (deep non-tail recursion, many calls).
;;; Prints (ack 3 9) = 4093.
(import (scheme base) (scheme write) (scheme time) (scheme process-context))

(define (ack m n)
  (cond ((= m 0) (+ n 1))
        ((= n 0) (ack (- m 1) 1))
        (else (ack (- m 1) (ack m (- n 1))))))

;; inputs come from the command line when given, so no compiler can fold the work away
(define (argument k default)
  (let loop ((args (cdr (command-line))) (k k))
    (cond ((null? args) default)
          ((= k 1) (string->number (car args)))
          (else (loop (cdr args) (- k 1))))))

(define (run) (ack (argument 1 3) (argument 2 9)))

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
