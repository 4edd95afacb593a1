"""NAV Online Számla, in one place: ``protocol/`` (pure: signing, requests, responses),
``completeness`` (pure: NAV's invoices against the archive's), ``client`` (HTTP), ``connection`` (the
technical user, sealed), ``repository`` (MongoDB), ``sync`` (import a period), ``reconcile`` (the
completeness use case) and ``service`` (the nav-sync process). The emulator is in the development kit
(``dev/``, ``emulators/nav``); the InvoiceData reader, a reader among readers, is ``core/parsing/nav_xml.py``."""
