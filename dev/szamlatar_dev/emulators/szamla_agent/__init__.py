"""A Számlázz.hu Számla Agent emulator (XML query, PDF, credit entries) with the Pénzügyi adatkapcsolat push."""
