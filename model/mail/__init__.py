"""Mail: server settings, templates, sending, invitations and registration mail."""
