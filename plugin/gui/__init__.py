"""Dialogs and background tasks of the desktop plugin."""
