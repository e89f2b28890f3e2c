"""What the window shows: forms, widgets, the board, the preview, the navigation, the panels
and the dialogs. Views lay out and render the model; they change it only through the
session's edits."""
