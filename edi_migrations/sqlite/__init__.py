"""Opening, reading and waiting on a SQLite file."""
