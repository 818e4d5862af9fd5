"""Renderers: one module per output format, listed in `formats.py`."""
