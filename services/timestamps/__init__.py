"""RFC 3161 timestamps as one slice (issue 14): the backlog repository, the stamper, the timestamper
process (``szamlatar run timestamper``) and the re-verification ``szamlatar timestamp verify`` uses.
Wire format and verification: ``adapters/tsp.py``; decisions: ``core/timestamps.py``."""
