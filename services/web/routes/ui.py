"""Mounts the web UI (``services/web/ui``) through route discovery."""

from services.web.ui.routes import router

__all__ = ["router"]
