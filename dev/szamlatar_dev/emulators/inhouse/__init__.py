"""A small in-house billing system: a JSON invoice list with a since-cursor and PDF links (tests, demo)."""
