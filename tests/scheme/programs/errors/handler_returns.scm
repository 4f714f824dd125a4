(with-exception-handler
  (lambda (e) 'ignored)
  (lambda () (raise 'serious)))
