"""Events: the list, agenda, registrations, participants, attendance, series, working groups,
participation history and calendar files."""
