"""Billingo as one slice: its API v3 (pure protocol/, client), the poller and backfill, the write-back
of payments and the test fetch of a connection (docs/billing.md)."""
