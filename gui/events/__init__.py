"""Veranstaltungen and Arbeitsgruppen: events, agendas, registrations, attendance, series, working groups."""
