(define (show x) (write x) (newline))
;; the macro's `if` is the real if, even where the user rebinds it
(define-syntax my-unless
  (syntax-rules () ((_ c body) (if c #f body))))
(show (let ((if (lambda args 'user-if))) (my-unless #f 'ran)))
;; a binding introduced by the macro does not capture the user's variable
(define-syntax with-temp
  (syntax-rules () ((_ e) (let ((x 100)) (+ x e)))))
(show (let ((x 1)) (with-temp x)))
;; a macro refers to the binding visible where it was defined
(define helper (lambda () 'global-helper))
(define-syntax call-helper (syntax-rules () ((_) (helper))))
(show (let ((helper (lambda () 'local-helper))) (call-helper)))
;; literals match by binding: a locally bound `else` is not the keyword
(define-syntax is-else
  (syntax-rules (else) ((_ else) 'keyword) ((_ other) 'not-keyword)))
(show (is-else else))
(show (let ((else 1)) (is-else else)))
;; local macros see local variables
(show (let ((y 7))
        (let-syntax ((get-y (syntax-rules () ((_) y))))
          (let ((y 8)) (get-y)))))
;; a user variable named like a macro-internal one
(define-syntax my-or2
  (syntax-rules () ((_ a b) (let ((t a)) (if t t b)))))
(show (let ((t 5)) (my-or2 #f t)))
;; quote inside a template yields a plain symbol
(define-syntax quoted (syntax-rules () ((_) 'tmp)))
(show (eq? (quoted) 'tmp))
(show (symbol? (quoted)))
;; define at top level through a macro
(define-syntax def (syntax-rules () ((_ name v) (define name v))))
(def answer 42)
(show answer)
