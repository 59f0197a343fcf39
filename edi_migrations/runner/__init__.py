"""Apply migrations: the runner behind the public API."""
