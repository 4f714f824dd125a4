(display 1+2i)
