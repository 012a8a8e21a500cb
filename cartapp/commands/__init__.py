"""Headless commands (no window): ``cartapp sheet``, ``cartapp calendar``..."""
