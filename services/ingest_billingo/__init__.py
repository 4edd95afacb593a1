"""Billingo ingest: the poller process and the backfill (issue 4)."""
