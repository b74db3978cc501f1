"""Errors a user can act on. Their message is German, one line, and shown as it is."""


class UserError(Exception):
    """A known failure with a message for the user (no traceback)."""


class NotANetzwerkstattDatabase(UserError):
    """The file exists but is not (or not yet) a Netzwerkstatt database."""


class ValidationError(UserError):
    """Input that breaks a rule; names the field (and row, for imports)."""

    def __init__(self, message: str, field: str | None = None, row: int | None = None):
        super().__init__(message)
        self.field = field
        self.row = row
