"""Messages for units' scoring sheets: recognising the unit, the year and the framework's rows, and
the checks on points, evidence and deadlines. Each message says what is wrong and how to fix it."""

MESSAGES: dict[str, str] = {}
