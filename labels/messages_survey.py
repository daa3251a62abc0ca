"""Messages for survey (ĐTXHH) tables and published index tables."""

MESSAGES: dict[str, str] = {}
