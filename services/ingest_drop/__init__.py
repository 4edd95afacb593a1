"""Export drops: ``szamlatar import PATH`` and a watched directory (PDFs + XML/CSV)."""
