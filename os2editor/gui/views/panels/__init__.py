"""The window's docks: the warnings and the changes since a baseline."""
