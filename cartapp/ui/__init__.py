"""Qt widgets: the window, one module per tab, shared widgets, theme."""
