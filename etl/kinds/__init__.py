"""The kinds of file the loader knows, each a module with `LAYOUT`, `TABLES` and `parse`."""

from __future__ import annotations

from types import ModuleType

from etl.kinds import (
    dossiers,
    feedback,
    framework,
    head_calendar,
    head_rules,
    officer_form,
    officers,
    published_index,
    rules,
    scoring,
    survey,
    units,
)

KINDS: dict[str, ModuleType] = {
    "units": units,
    "officers": officers,
    "framework": framework,
    "rules": rules,
    "scoring": scoring,
    "survey": survey,
    "published_index": published_index,
    "officer_form": officer_form,
    "feedback": feedback,
    "dossiers": dossiers,
    "head_rules": head_rules,
    "head_calendar": head_calendar,
}
