"""Every Vietnamese text a person sees: page titles, labels and the messages of findings.

Code and SQL never carry Vietnamese; they name a message by its rule code and pass the values.
Messages are grouped by the part of the system that raises them, one module each, and merged here.
"""

from __future__ import annotations

from labels import (
    messages_cli,
    messages_dossiers,
    messages_feedback,
    messages_heads,
    messages_officer_form,
    messages_quality,
    messages_read,
    messages_reference,
    messages_scoring,
    messages_survey,
    messages_template,
    messages_upload,
    ui,
)

MESSAGES: dict[str, str] = {}
for _module in (
    messages_cli,
    messages_dossiers,
    messages_feedback,
    messages_heads,
    messages_officer_form,
    messages_quality,
    messages_read,
    messages_reference,
    messages_scoring,
    messages_survey,
    messages_template,
    messages_upload,
):
    _clash = MESSAGES.keys() & _module.MESSAGES.keys()
    if _clash:
        raise RuntimeError(f"duplicate message codes: {sorted(_clash)}")
    MESSAGES.update(_module.MESSAGES)

UI = ui


def msg(code: str, /, **values: object) -> str:
    """The Vietnamese message for a code, with its placeholders filled in."""
    template = MESSAGES[code]
    return template.format(**values)
