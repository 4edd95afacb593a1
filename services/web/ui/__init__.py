"""The server-rendered web UI (Jinja2, no build step, works without JavaScript)."""
