(define s "abc\qdef")
