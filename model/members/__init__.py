"""Members: people, organisations, duplicates, mailing lists, municipalities, billing details."""
