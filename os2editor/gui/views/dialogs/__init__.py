"""Every question the window asks (:mod:`.interaction`) and its dialogs, each loaded when it
is first shown."""
