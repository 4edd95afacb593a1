"""A local OpenID Connect identity provider for tests and `make run` (not for production)."""
