"""The Exkursionen area: trips, their programme, participants, money and rooms."""
