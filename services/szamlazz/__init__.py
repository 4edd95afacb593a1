"""Számlázz.hu as one slice: the <szamla> document and credit entries (pure protocol/), the Számla
Agent client, the push / IPN use case, the write-back of payments and the test fetch (docs/billing.md)."""
