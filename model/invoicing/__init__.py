"""Invoices: the register, member fees, XRechnung documents and their validation."""
