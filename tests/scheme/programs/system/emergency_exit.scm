(dynamic-wind
  (lambda () (display "in") (newline))
  (lambda () (emergency-exit 4))
  (lambda () (display "not run by emergency-exit") (newline)))
