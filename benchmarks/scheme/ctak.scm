;;; ctak: Takeuchi's function where every return goes through a continuation captured with
;;; call/cc (continuation capture and invocation in a deep recursion). Prints the sum of
;;; (ctak x y z) over the repetitions: 7 per round.
(import (scheme base) (scheme write) (scheme time) (scheme process-context))

(define (ctak x y z)
  (call-with-current-continuation
   (lambda (return) (ctak-with return x y z))))

(define (ctak-with return x y z)
  (if (not (< y x))
      (return z)
      (ctak-with return
                 (call-with-current-continuation
                  (lambda (k) (ctak-with k (- x 1) y z)))
                 (call-with-current-continuation
                  (lambda (k) (ctak-with k (- y 1) z x)))
                 (call-with-current-continuation
                  (lambda (k) (ctak-with k (- z 1) x y))))))

;; inputs come from the command line when given, so no compiler can fold the work away
(define (argument k default)
  (let loop ((args (cdr (command-line))) (k k))
    (cond ((null? args) default)
          ((= k 1) (string->number (car args)))
          (else (loop (cdr args) (- k 1))))))

(define (run)
  (let ((rounds (argument 1 50))
        (x (argument 2 18))
        (y (argument 3 12))
        (z (argument 4 6)))
    (let loop ((i 0) (sum 0))
      (if (= i rounds)
          sum
          (loop (+ i 1) (+ sum (ctak x y z)))))))

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
