"""status-sync: invoice.payment → the archive and the billing systems (issue 4)."""
