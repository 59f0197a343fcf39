"""Is the file sound, and did a step add violations."""
