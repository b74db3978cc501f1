"""Figures and data for reports and lists: statistics, start page, listings, postal
recipients, member directory, meeting packs."""
