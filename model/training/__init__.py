"""Further training (Fortbildung): credits, accreditations, certificates, recognition, retention."""
