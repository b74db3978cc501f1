"""Netzwerkstatt's domain layer: data model, database lifecycle and services.

Knows nothing of Qt, reportlab or the report writers; importable and testable headless.
"""
