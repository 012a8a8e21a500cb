"""One module per tab; each tab gets its data through its constructor."""
