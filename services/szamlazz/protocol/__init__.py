"""Számlázz.hu as pure data: the ``<szamla>`` document, the push acknowledgement and credit entries."""
