"""Widgets, item models and dialogs: the only layer that shows things to the secretary."""
