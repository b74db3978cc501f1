"""Realistic, deterministic demo data for an empty database: ``build.fill_demo`` and
``build.generate``; ``core`` holds the sizes, the seed and the fixed "today".

The package imports none of its modules: a package that imports its own modules forms an
import cycle with them (a module imports its package first), and module-level imports stay
free of cycles (``tests/test_import_cycles.py``).
"""
