;;; nqueens: counts the placements of n non-attacking queens on an n x n board, by backtracking
;;; over rows (list walking, fixnum arithmetic, non-tail recursion). Prints the count times rounds.
(import (scheme base) (scheme write) (scheme time) (scheme process-context))

;; can a queen go in column `col` of the next row, given the columns of the rows above
;; (nearest row first)?
(define (safe? col placed)
  (let loop ((rest placed) (distance 1))
    (cond ((null? rest) #t)
          ((let ((q (car rest)))
             (or (= q col) (= (- q col) distance) (= (- col q) distance)))
           #f)
          (else (loop (cdr rest) (+ distance 1))))))

(define (count-solutions n)
  (let place ((row 0) (placed '()))
    (if (= row n)
        1
        (let try ((col 0) (total 0))
          (if (= col n)
              total
              (try (+ col 1)
                   (if (safe? col placed)
                       (+ total (place (+ row 1) (cons col placed)))
                       total)))))))

;; inputs come from the command line when given, so no compiler can fold the work away
(define (argument k default)
  (let loop ((args (cdr (command-line))) (k k))
    (cond ((null? args) default)
          ((= k 1) (string->number (car args)))
          (else (loop (cdr args) (- k 1))))))

(define (run)
  (let ((rounds (argument 1 80)) (n (argument 2 8)))
    (let loop ((i 0) (sum 0))
      (if (= i rounds)
          sum
          (loop (+ i 1) (+ sum (count-solutions n)))))))

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
