"""The office's settings that several areas read: the office profile and the chambers'
further-training rules."""
