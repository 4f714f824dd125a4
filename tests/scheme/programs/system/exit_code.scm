(display "before exit")
(newline)
(dynamic-wind
  (lambda () (display "in") (newline))
  (lambda () (exit 3))
  (lambda () (display "after thunk runs on exit") (newline)))
(display "never printed")
