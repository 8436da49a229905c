"""After the broadcast: audit reports, re-scans, batch scans and imports of recordings and chat files."""
