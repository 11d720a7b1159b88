"""Pipeline stages; each module exposes one entry function ``run(article) -> article``."""
