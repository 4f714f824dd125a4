;;; floatloop: flonum arithmetic in loops: the Mandelbrot iteration over a grid (counting the
;;; iterations) and a midpoint-rule integral of 4/(1+x^2) over [0, 1] (which is pi).
;;; Prints the iteration count and the integral times 10^9, rounded to an exact integer.
(import (scheme base) (scheme write) (scheme time) (scheme process-context))

;; iterations of z := z^2 + c before |z| > 2, at most `limit`
(define (escape-time cr ci limit)
  (let loop ((zr 0.0) (zi 0.0) (i 0))
    (if (or (= i limit) (> (+ (* zr zr) (* zi zi)) 4.0))
        i
        (loop (+ (- (* zr zr) (* zi zi)) cr)
              (+ (* 2.0 zr zi) ci)
              (+ i 1)))))

(define (mandelbrot-total size limit)
  (let ((step (/ 3.0 size)))
    (let rows ((y 0) (total 0))
      (if (= y size)
          total
          (let columns ((x 0) (total total))
            (if (= x size)
                (rows (+ y 1) total)
                (columns (+ x 1)
                         (+ total (escape-time (- (* x step) 2.0)
                                               (- (* y step) 1.5)
                                               limit)))))))))

(define (integrate-pi steps)
  (let ((width (/ 1.0 steps)))
    (let loop ((i 0) (sum 0.0))
      (if (= i steps)
          (* sum width)
          (let ((x (* (+ i 0.5) width)))
            (loop (+ i 1) (+ sum (/ 4.0 (+ 1.0 (* x x))))))))))

;; inputs come from the command line when given, so no compiler can fold the work away
(define (argument k default)
  (let loop ((args (cdr (command-line))) (k k))
    (cond ((null? args) default)
          ((= k 1) (string->number (car args)))
          (else (loop (cdr args) (- k 1))))))

(define (run)
  (let ((size (argument 1 200)) (limit (argument 2 150)) (steps (argument 3 1000000)))
    (list (mandelbrot-total size limit)
          (exact (round (* (integrate-pi steps) 1e9))))))

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
