(display (guard (e ((error-object? e) (error-object-message e))) (make-vector 100000000000 0)))
(newline)
(make-string 100000000000 #\a)
