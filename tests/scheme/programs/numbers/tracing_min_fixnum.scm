; The most negative fixnum through modulo and quotient while a loop is being traced (with an
; eager JIT the tracer runs these operations itself; abs of it is itself in 64-bit arithmetic).
(define least -9223372036854775808)
(do ((i 0 (+ i 1))) ((= i 2)) 1)
(write (list (modulo least 15) (remainder least 15) (quotient least 15) (modulo least -7) (quotient least 2)))
(newline)
(let loop ((i 0) (acc '()))
  (if (< i 6)
      (loop (+ i 1) (cons (modulo (+ least i) (+ i 3)) acc))
      (begin (write acc) (newline))))
