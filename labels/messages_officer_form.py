"""Messages for One-Stop officers' self-evaluation forms (Mẫu 01). Each message says what is wrong and how to fix it."""

MESSAGES: dict[str, str] = {}
