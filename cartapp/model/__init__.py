"""Pure-Python model of the app's content and of what a family keeps (no Qt)."""
