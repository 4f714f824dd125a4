(include-ci "upper.inc")
(display (list (loud-name) 'abc))
(newline)
