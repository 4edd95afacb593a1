"""Proof for an auditor (issue 14) beyond the timestamps (``services/timestamps``): the integrity scrub
and the evidence package. Decisions in ``core/scrub.py`` and ``core/evidence.py``."""
