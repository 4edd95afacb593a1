"""Failure drills against the local test stack: stop and start its servers, kill processes (issue 15)."""
