"""The NAV Online Számla connector: imports NAV's invoice data for a taxpayer as structured data."""
