"""Help: the list of every shortcut (F1), walked from the real actions and shortcuts, and the manual."""
