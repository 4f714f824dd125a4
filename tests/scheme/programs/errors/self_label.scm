(display '#5=#5#)
