"""Cross-area services: they use the areas they need; no area uses them."""
