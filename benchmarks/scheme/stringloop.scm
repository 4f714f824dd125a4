;;; stringloop: tight loops over one mutable string: fill it, then repeatedly shift every
;;; letter by one place in the alphabet (string-ref, string-set!, char->integer, integer->char)
;;; and count the vowels (char comparisons). Prints the vowel count summed over the rounds.
(import (scheme base) (scheme write) (scheme time) (scheme process-context))

(define (fill! s)
  (let loop ((i 0))
    (when (< i (string-length s))
      (string-set! s i (integer->char (+ 97 (modulo (* i 7) 26))))
      (loop (+ i 1)))))

;; every letter becomes the next one, z wraps to a
(define (shift! s)
  (let loop ((i 0))
    (when (< i (string-length s))
      (let ((code (char->integer (string-ref s i))))
        (string-set! s i (integer->char (if (= code 122) 97 (+ code 1)))))
      (loop (+ i 1)))))

(define (vowels s)
  (let loop ((i 0) (count 0))
    (if (= i (string-length s))
        count
        (let ((c (string-ref s i)))
          (loop (+ i 1)
                (if (or (char=? c #\a) (char=? c #\e) (char=? c #\i) (char=? c #\o) (char=? c #\u))
                    (+ count 1)
                    count))))))

;; inputs come from the command line when given, so no compiler can fold the work away
(define (argument k default)
  (let loop ((args (cdr (command-line))) (k k))
    (cond ((null? args) default)
          ((= k 1) (string->number (car args)))
          (else (loop (cdr args) (- k 1))))))

(define (run)
  (let ((rounds (argument 1 80)) (s (make-string (argument 2 10000) #\space)))
    (fill! s)
    (let loop ((i 0) (total 0))
      (if (= i rounds)
          total
          (begin
            (shift! s)
            (loop (+ i 1) (+ total (vowels s))))))))

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
