"""The member desk in a browser (``castguard join ... --web``): textual-serve behind a token."""
