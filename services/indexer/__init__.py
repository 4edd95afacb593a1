"""The indexer process (``szamlatar run indexer``): keeps this node's query index current from the
pipeline's events, and the ``szamlatar index`` maintenance (rebuild, verify)."""
