;;; string: a text-processing workload: make pseudo-random words, join them into one text, split
;;; it again, count the words in a hash table made of a vector of association lists, sort the
;;; distinct words (merge sort on string<?) and round-trip numbers through strings
;;; (string-append, substring, string=?, string<?, number->string, string->number, allocation).
;;; Prints the word count, the distinct count, the most frequent word and its count, the first
;;; words in order and a checksum.
(import (scheme base) (scheme char) (scheme write) (scheme time) (scheme process-context))

;; Park and Miller's minimal standard generator (products stay below 2^46)
(define (next-random seed) (modulo (* seed 16807) 2147483647))

(define letters "etaoinshrdlu")

;; a word of 2 to 5 letters chosen by `seed`
(define (make-word seed)
  (let loop ((seed seed) (n (+ 2 (modulo seed 4))) (chars '()))
    (if (= n 0)
        (list->string chars)
        (let ((next (next-random seed)))
          (loop next (- n 1) (cons (string-ref letters (modulo next 12)) chars))))))

(define (make-words count seed)
  (let loop ((i 0) (seed seed) (words '()))
    (if (= i count)
        words
        (loop (+ i 1) (next-random seed) (cons (make-word seed) words)))))

;; the words joined by spaces, appended in halves so the copying stays n log n
(define (join words)
  (cond ((null? words) "")
        ((null? (cdr words)) (car words))
        (else
         (let split ((left '()) (right words) (n (quotient (length words) 2)))
           (if (= n 0)
               (string-append (join (reverse left)) " " (join right))
               (split (cons (car right) left) (cdr right) (- n 1)))))))

(define (split-words text)
  (let loop ((i (- (string-length text) 1)) (end (string-length text)) (words '()))
    (cond ((< i 0) (cons (substring text 0 end) words))
          ((char=? (string-ref text i) #\space)
           (loop (- i 1) i (cons (substring text (+ i 1) end) words)))
          (else (loop (- i 1) end words)))))

(define (string-hash s buckets)
  (let loop ((i 0) (h 0))
    (if (= i (string-length s))
        (modulo h buckets)
        (loop (+ i 1) (modulo (+ (* h 31) (char->integer (string-ref s i))) 1000003)))))

;; a vector of buckets; each bucket is a list of (word . count) pairs
(define (count-words words buckets)
  (let ((table (make-vector buckets '())))
    (for-each
     (lambda (word)
       (let* ((h (string-hash word buckets))
              (entry (assoc word (vector-ref table h))))
         (if entry
             (set-cdr! entry (+ (cdr entry) 1))
             (vector-set! table h (cons (cons word 1) (vector-ref table h))))))
     words)
    (let collect ((h 0) (entries '()))
      (if (= h buckets)
          entries
          (collect (+ h 1) (append (vector-ref table h) entries))))))

(define (merge-sort items less?)
  (define (merge a b)
    (cond ((null? a) b)
          ((null? b) a)
          ((less? (car b) (car a)) (cons (car b) (merge a (cdr b))))
          (else (cons (car a) (merge (cdr a) b)))))
  (let sort ((items items) (n (length items)))
    (if (< n 2)
        (if (= n 0) '() (list (car items)))
        (let ((half (quotient n 2)))
          (merge (sort items half) (sort (list-tail items half) (- n half)))))))

(define (most-frequent entries)
  (let loop ((entries entries) (best (car entries)))
    (cond ((null? entries) best)
          ((or (> (cdr (car entries)) (cdr best))
               (and (= (cdr (car entries)) (cdr best)) (string<? (car (car entries)) (car best))))
           (loop (cdr entries) (car entries)))
          (else (loop (cdr entries) best)))))

(define (number-round-trips n)
  (let loop ((i 0) (sum 0))
    (if (= i n)
        sum
        (loop (+ i 1)
              (+ sum (string->number (string-append (number->string (* i 7)) "1")))))))

(define (checksum words)
  (let loop ((words words) (sum 0))
    (if (null? words)
        sum
        (loop (cdr words) (modulo (+ (* sum 7) (string-length (string-upcase (car words)))) 1000003)))))

(define (text-round count seed)
  (let* ((words (make-words count seed))
         (text (join words))
         (again (split-words text))
         (entries (count-words again 211))
         (sorted (merge-sort (map car entries) string<?))
         (top (most-frequent entries)))
    (list (length again) (length entries) (car top) (cdr top)
          (list (car sorted) (cadr sorted) (caddr sorted))
          (checksum again)
          (number-round-trips (quotient count 2)))))

;; inputs come from the command line when given, so no compiler can fold the work away
(define (argument k default)
  (let loop ((args (cdr (command-line))) (k k))
    (cond ((null? args) default)
          ((= k 1) (string->number (car args)))
          (else (loop (cdr args) (- k 1))))))

(define (run)
  (let ((rounds (argument 1 5)) (count (argument 2 20000)))
    (let loop ((i 1) (result '()))
      (if (> i rounds)
          result
          (loop (+ i 1) (text-round count i))))))

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
