"""The canonical schema model and its SQL text."""
