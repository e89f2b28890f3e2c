"""Reusable editing widgets: the list editor, the MoSCoW board and growing text fields."""
