"""``python -m services.pipeline worker`` runs the faust worker (same as ``szamlatar run worker``)."""

from services.pipeline.app import app

if __name__ == "__main__":
    app.main()
