;; non-tail recursion a million calls deep: the continuation lives on the heap
(define (count-up n) (if (= n 0) 0 (+ 1 (count-up (- n 1)))))
(display (count-up 1000000))
(newline)
