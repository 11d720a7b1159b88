"""Hostile-input corpus, generated at test time (nothing binary is committed)."""
