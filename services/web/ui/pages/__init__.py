"""One module per UI page (or small family of pages), each with its own ``router``; ``ui/router.py``
puts them under ``/ui``."""
