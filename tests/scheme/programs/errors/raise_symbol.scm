(raise 'custom-condition)
