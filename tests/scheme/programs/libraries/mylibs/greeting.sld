(define-library (mylibs greeting)
  (export greet shout)
  (import (scheme base) (scheme char))
  (include "greeting-impl.inc"))
