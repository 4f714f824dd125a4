;;; tak: Takeuchi's function, repeated (non-tail calls, three arguments, fixnum - <).
;;; Prints the sum of (tak x y z) over the repetitions: 7 per round.
(import (scheme base) (scheme write) (scheme time) (scheme process-context))

(define (tak x y z)
  (if (not (< y x))
      z
      (tak (tak (- x 1) y z)
           (tak (- y 1) z x)
           (tak (- z 1) x y))))

;; inputs come from the command line when given, so no compiler can fold the work away
(define (argument k default)
  (let loop ((args (cdr (command-line))) (k k))
    (cond ((null? args) default)
          ((= k 1) (string->number (car args)))
          (else (loop (cdr args) (- k 1))))))

(define (run)
  (let ((rounds (argument 1 150))
        (x (argument 2 18))
        (y (argument 3 12))
        (z (argument 4 6)))
    (let loop ((i 0) (sum 0))
      (if (= i rounds)
          sum
          (loop (+ i 1) (+ sum (tak x y z)))))))

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
