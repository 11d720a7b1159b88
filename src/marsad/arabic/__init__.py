"""Arabic language helpers: normalisation and tokenisation, pure functions over strings."""
