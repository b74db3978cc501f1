"""Excursions and study trips: trips, itinerary, rooming, retention of trip details."""
