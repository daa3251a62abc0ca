"""What a load says about a file: findings with their place, and the per-file report."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from labels import msg

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One problem found in a file: its rule code, where it is, and the Vietnamese message."""

    severity: str
    rule: str
    message: str
    sheet: str | None = None
    cell: str | None = None
    row_number: int | None = None
    # Set when a data-quality suite raised it (etl.quality): the dataset the suite checks.
    dataset: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "severity": self.severity,
            "rule": self.rule,
            "sheet": self.sheet,
            "cell": self.cell,
            "row_number": self.row_number,
            "message": self.message,
        }


class FindingSink:
    """Collects the findings of one file, wording each with the file, sheet and cell it concerns."""

    def __init__(self, file_name: str) -> None:
        self.file_name = file_name
        self.items: list[Finding] = []

    def add(
        self,
        severity: str,
        code: str,
        /,
        *,
        sheet: str | None = None,
        cell: str | None = None,
        row_number: int | None = None,
        **values: object,
    ) -> Finding:
        body = msg(code, **values)
        message = place_prefix(self.file_name, sheet, cell) + body
        finding = Finding(severity, code, message, sheet, cell, row_number)
        self.items.append(finding)
        return finding

    def error(self, code: str, /, **kwargs: object) -> Finding:
        return self.add(ERROR, code, **kwargs)

    def warning(self, code: str, /, **kwargs: object) -> Finding:
        return self.add(WARNING, code, **kwargs)

    def extend(self, findings: list[Finding]) -> None:
        self.items.extend(findings)

    @property
    def has_errors(self) -> bool:
        return any(f.severity == ERROR for f in self.items)


def place_prefix(file_name: str, sheet: str | None, cell: str | None) -> str:
    """ "Tệp X, trang tính «S», ô C7: ", the start of every message about a place in a file."""
    return msg("place.prefix", place=_place(file_name, sheet, cell))


def _place(file_name: str, sheet: str | None, cell: str | None) -> str:
    parts = [msg("place.file", file=file_name)]
    if sheet:
        parts.append(msg("place.sheet", sheet=sheet))
    if cell:
        parts.append(msg("place.cell", cell=cell))
    return ", ".join(parts)


@dataclass
class FileReport:
    """The outcome of one file, as the CLI prints it (`--json` gives exactly these keys)."""

    file: str
    sha256: str
    kind: str | None
    status: str
    rows_loaded: int = 0
    rows_rejected: int = 0
    unit_code: str | None = None
    year: int | None = None
    period: str | None = None
    supersedes: str | None = None
    findings: list[Finding] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["findings"] = [f.to_json() for f in self.findings]
        return data
