"""Imports of the lists offices really have: spreadsheets, people, organisations, attendance,
online registrations and online attendance."""
