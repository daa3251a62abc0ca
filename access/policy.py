"""Who may see and do what: the pages each role opens and the kinds of file each may upload. The query
layer (`dashboard.queries.allowed`) enforces the same roles on every query, so a page left out of the menu
by mistake still returns nothing to a role that may not read it. Deny by default: a page or query that is
not listed here is open to nobody."""

from __future__ import annotations

LANH_DAO, NOI_VU, DON_VI, ADMIN = "lanh_dao", "noi_vu", "don_vi", "admin"
ROLES = (LANH_DAO, NOI_VU, DON_VI, ADMIN)
# The command line, the report pack's command and the tests run on the machine itself, with file access
# to the warehouse anyway: they read as this principal.
SYSTEM = "system"

# Leaders read everything; Nội vụ reads everything and also uploads and keeps the reference data.
READERS = frozenset({LANH_DAO, NOI_VU})
# A unit's account reads its own unit only: the query layer keeps its rows to the unit and its desks.
UNIT_READERS = READERS | {DON_VI}

PAGES: dict[str, frozenset[str]] = {
    "overview": READERS,
    "trend": READERS,
    "ranking": READERS,
    "weakness": READERS,
    "one_stop": UNIT_READERS,
    "national": READERS,
    "unit": UNIT_READERS,
    "quality": READERS,
    "home": READERS,
    "reference": READERS,
    "upload": frozenset({NOI_VU, DON_VI}),
    "admin": frozenset({ADMIN}),
}

# What a unit may send for itself; the registry, rule sets, frameworks and published tables are Nội vụ's.
UPLOAD_KINDS: dict[str, frozenset[str] | None] = {
    NOI_VU: None,  # every kind
    DON_VI: frozenset({"scoring", "officer_form", "feedback", "dossiers"}),
}


def may_open(role: str | None, page: str) -> bool:
    return role is not None and role in PAGES.get(page, frozenset())


def pages_for(role: str | None) -> list[str]:
    """The pages a role opens, in the menu's order."""
    return [page for page in PAGES if may_open(role, page)]


def may_upload(role: str | None, kind: str | None = None) -> bool:
    if role not in UPLOAD_KINDS:
        return False
    kinds = UPLOAD_KINDS[role]
    return kind is None or kinds is None or kind in kinds
