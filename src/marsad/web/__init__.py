"""Marsad web: JSON API and server-rendered pages over the store (FastAPI + Jinja2)."""
