"""Billingo API v3 as pure data: which documents to import and how, and its payment histories."""
