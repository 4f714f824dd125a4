;;; The prelude: standard procedures and macros written in Scheme itself.
;;; Everything here calls back into Scheme procedures (map, for-each, ...) or is easiest as a
;;; macro (guard, parameterize), so it runs on the machine with heap continuations like user code.
;;; Names starting with % are internal: they live in the system namespace only.

;; ---- lists ----------------------------------------------------------------------------------

(define (%cars lists)
  (if (null? lists) '() (cons (car (car lists)) (%cars (cdr lists)))))

(define (%cdrs lists)
  (if (null? lists) '() (cons (cdr (car lists)) (%cdrs (cdr lists)))))

(define (%all-pairs? lists)
  (cond ((null? lists) #t)
        ((pair? (car lists)) (%all-pairs? (cdr lists)))
        (else #f)))

(define (map f first . rest)
  (if (null? rest)
      (let loop ((l first) (acc '()))
        (if (pair? l)
            (loop (cdr l) (cons (f (car l)) acc))
            (reverse acc)))
      (let loop ((ls (cons first rest)) (acc '()))
        (if (%all-pairs? ls)
            (loop (%cdrs ls) (cons (apply f (%cars ls)) acc))
            (reverse acc)))))

(define (for-each f first . rest)
  (if (null? rest)
      (let loop ((l first))
        (if (pair? l)
            (begin (f (car l)) (loop (cdr l)))))
      (let loop ((ls (cons first rest)))
        (if (%all-pairs? ls)
            (begin (apply f (%cars ls)) (loop (%cdrs ls))))))
  (if #f #f))

(define (member x lst . compare)
  (if (null? compare)
      (%member x lst)
      (let ((same? (car compare)))
        (let loop ((l lst))
          (cond ((null? l) #f)
                ((same? x (car l)) l)
                (else (loop (cdr l))))))))

(define (assoc x alist . compare)
  (if (null? compare)
      (%assoc x alist)
      (let ((same? (car compare)))
        (let loop ((l alist))
          (cond ((null? l) #f)
                ((same? x (car (car l))) (car l))
                (else (loop (cdr l))))))))

;; ---- strings and vectors ---------------------------------------------------------------------

(define (%min-length lengths)
  (let loop ((ls (cdr lengths)) (best (car lengths)))
    (if (null? ls) best (loop (cdr ls) (if (< (car ls) best) (car ls) best)))))

(define (%refs ref seqs i)
  (if (null? seqs) '() (cons (ref (car seqs) i) (%refs ref (cdr seqs) i))))

(define (string-map f s . rest)
  (let* ((strings (cons s rest))
         (n (%min-length (map string-length strings))))
    (let loop ((i 0) (acc '()))
      (if (< i n)
          (loop (+ i 1) (cons (apply f (%refs string-ref strings i)) acc))
          (list->string (reverse acc))))))

(define (string-for-each f s . rest)
  (let* ((strings (cons s rest))
         (n (%min-length (map string-length strings))))
    (let loop ((i 0))
      (when (< i n)
        (apply f (%refs string-ref strings i))
        (loop (+ i 1))))))

(define (vector-map f v . rest)
  (let* ((vectors (cons v rest))
         (n (%min-length (map vector-length vectors))))
    (let loop ((i 0) (acc '()))
      (if (< i n)
          (loop (+ i 1) (cons (apply f (%refs vector-ref vectors i)) acc))
          (list->vector (reverse acc))))))

(define (vector-for-each f v . rest)
  (let* ((vectors (cons v rest))
         (n (%min-length (map vector-length vectors))))
    (let loop ((i 0))
      (when (< i n)
        (apply f (%refs vector-ref vectors i))
        (loop (+ i 1))))))

;; ---- promises (R7RS 4.2.5: iterative forcing keeps delay-force chains in constant space) ------

(define (force promise)
  (if (promise? promise) (%force promise) promise))

(define (%force promise)
  (if (%promise-done? promise)
      (%promise-value promise)
      (let ((next ((%promise-value promise))))
        (unless (%promise-done? promise)
          (%promise-update! next promise))
        (%force promise))))

;; ---- parameters ------------------------------------------------------------------------------

(define (make-parameter value . converter)
  (if (pair? converter)
      (%make-parameter ((car converter) value) (car converter))
      (%make-parameter value #f)))

(define (%convert-parameter param value)
  (let ((converter (%parameter-converter param)))
    (if converter (converter value) value)))

(define (%parameterize params values thunk)
  (%bind-parameters params (map %convert-parameter params values) thunk))

(define-syntax parameterize
  (syntax-rules ()
    ((_ () body ...) (let () body ...))
    ((_ ((param value) ...) body ...)
     (%parameterize (list param ...) (list value ...) (lambda () body ...)))))

;; ---- guard (R7RS 4.2.7): the handler escapes to the guard's continuation, and re-raises in the
;; dynamic environment of the raise when no clause matches --------------------------------------

(define-syntax guard
  (syntax-rules ()
    ((_ (var clause ...) body ...)
     ((call/cc
        (lambda (guard-k)
          (with-exception-handler
            (lambda (condition)
              ((call/cc
                 (lambda (handler-k)
                   (guard-k
                     (lambda ()
                       (let ((var condition))
                         (%guard-cond (handler-k (lambda () (raise-continuable condition)))
                                      ()
                                      clause ...))))))))
            (lambda ()
              (call-with-values
                (lambda () body ...)
                (lambda results
                  (guard-k (lambda () (apply values results)))))))))))))

(define-syntax %guard-cond
  (syntax-rules (else)
    ((_ reraise (done ...))
     (cond done ... (else reraise)))
    ((_ reraise (done ...) (else result ...))
     (cond done ... (else result ...)))
    ((_ reraise (done ...) clause more ...)
     (%guard-cond reraise (done ... clause) more ...))))

;; ---- ports -----------------------------------------------------------------------------------

(define (call-with-port port proc)
  (call-with-values
    (lambda () (proc port))
    (lambda results (close-port port) (apply values results))))

(define (call-with-input-file file proc)
  (call-with-port (open-input-file file) proc))

(define (call-with-output-file file proc)
  (call-with-port (open-output-file file) proc))

(define (with-input-from-file file thunk)
  (let ((port (open-input-file file)))
    (call-with-values
      (lambda () (parameterize ((current-input-port port)) (thunk)))
      (lambda results (close-port port) (apply values results)))))

(define (with-output-to-file file thunk)
  (let ((port (open-output-file file)))
    (call-with-values
      (lambda () (parameterize ((current-output-port port)) (thunk)))
      (lambda results (close-port port) (apply values results)))))

;; ---- (scheme complex) on the reals we have ----------------------------------------------------

(define (real-part z)
  (if (number? z) z (error "real-part: expected a number, got" z)))

(define (imag-part z)
  (if (number? z) 0 (error "imag-part: expected a number, got" z)))

(define (angle z)
  (cond ((not (number? z)) (error "angle: expected a number, got" z))
        ((negative? z) 3.141592653589793)
        ((exact? z) 0)
        (else 0.0)))

(define (make-rectangular x y)
  (if (and (exact? y) (zero? y))
      x
      (error "make-rectangular: complex numbers are not supported" x y)))

(define (make-polar r theta)
  (if (and (exact? theta) (zero? theta))
      r
      (error "make-polar: complex numbers are not supported" r theta)))
