"""What the window does beside editing: files, autosave, changes on disk, recovery after a
crash, revision mode. Each controller is given what it needs when it is made."""
