"""PySide6 user interface: adapts model/ services and reports/ output."""
