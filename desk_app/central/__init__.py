"""The central server: receives every terminal's records exactly once (FastAPI, its own
database), publishes catalog, credit records, calendars and accounts back to terminals.
No Qt; nothing here is imported by the terminal."""
