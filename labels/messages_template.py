"""Messages of the scoring template writer (`python -m etl template`)."""

MESSAGES: dict[str, str] = {}
