"""Messages for citizens' feedback exports (Mẫu 02) and the rows they refuse. Each message says what is wrong and how to fix it."""

MESSAGES: dict[str, str] = {}
