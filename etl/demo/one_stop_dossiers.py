"""The demo's dossier lists from the public-service portal, 2024–2025, for five commune desks (three
before the July 2025 merger, two after it): one list per quarter, as of the quarter's last day, holding
the dossiers received in the quarter and those of earlier quarters resolved in it or still pending.

Dossiers are the rated dossiers of one_stop_feedback (one in three, same codes, so a «Không hài lòng»
rating lowers the satisfaction indicator of its dossier) plus a few stuck ones never resolved. Planted:
late dossiers (~6%, a quarter of the weak officers' dossiers), late dossiers without an apology letter
(most of them at one desk), pending dossiers past their due date, a list of March 2024 as of 15/03/2024
loaded after the quarter's list (older, so it changes nothing), and bad rows in two lists.

Shapes: 2024 as UTF-8 CSV with a title block; 2025 Q1–Q3 as the portal's Excel export (header text on
two lines, dates as text with the time of receipt, «Mã cán bộ»); 2025 Q4 as a Windows-1258 CSV with
semicolons, headers without diacritics in capitals, unit codes and dates as Excel serial numbers."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from dataclasses import dataclass, replace
from pathlib import Path

from etl.demo.one_stop_feedback import COMMUNE_PROCEDURES, desk_month_ratings
from etl.demo.one_stop_story import MONTHS, Story
from etl.demo.scoring_files import Grid, write
from etl.text import unicode_to_cp1258

# The desks whose lists the demo has: communes of Hữu Lũng and Cao Lộc, before and after the merger.
DESKS = ("MC-X-HL-MINHSON", "MC-X-HL-HOATHANG", "MC-X-CLO-GIACAT", "MC-X25-HUULUNG", "MC-X25-CAOLOC")
# The desk that seldom sends apology letters.
APOLOGY_LAX_DESK = "MC-X-CLO-GIACAT"
# Statutory handling days of each commune procedure (same order as COMMUNE_PROCEDURES).
LEGAL_DAYS = (3, 3, 5, 3, 1, 1, 5, 10, 15, 5)
SAMPLE_EVERY = 3
LATE_RATE, LATE_RATE_WEAK, ON_TIME_RATE = 0.06, 0.25, 0.25
STUCK_RATE = 0.3  # chance a desk-month has one dossier that is never resolved
BAD_KINDS = ("code_missing", "date_impossible", "unit_unknown", "due_before_received", "flag_unreadable")
BAD_FILES = ("HoSo_MotCua_2024_Q2.csv", "HoSo_DVC_2025_Q3.xlsx")
OLDER_LIST = "HoSo_T03-2024_den_15-03-2024.csv"


@dataclass(frozen=True)
class Dossier:
    code: str
    desk_code: str
    officer_code: str
    officer_name: str
    procedure: str
    received: dt.date
    due: dt.date
    resolved: dt.date | None
    is_digitised: bool
    has_apology: bool

    def state_at(self, as_of: dt.date) -> Dossier:
        """The dossier as a list made on `as_of` shows it: not yet resolved when resolved later."""
        if self.resolved is not None and self.resolved > as_of:
            return replace(self, resolved=None, has_apology=False)
        return self


@dataclass(frozen=True)
class DossierList:
    name: str
    form: str  # csv, portal, legacy
    as_of: dt.date
    dossiers: tuple[Dossier, ...]
    bad_rows: int = 0


def build_dossiers(story: Story, seed: int) -> list[Dossier]:
    """Every dossier of the demo's desks, in order of receipt."""
    found: list[Dossier] = []
    for desk_code in DESKS:
        desk = story.desks[desk_code]
        for month in MONTHS:
            if not story.at(desk_code, month):
                continue
            rng = random.Random(f"{seed}:dossiers:{desk_code}:{month}")
            for rating in desk_month_ratings(story, desk_code, month, seed)[::SAMPLE_EVERY]:
                legal = LEGAL_DAYS[COMMUNE_PROCEDURES.index(rating.procedure)]
                weak = rating.officer_code in story.weak_officers
                draw = rng.random()
                late_rate = LATE_RATE_WEAK if weak else LATE_RATE
                if draw < late_rate:
                    due = rating.day - dt.timedelta(days=1 + int(rng.random() * 5))
                elif draw < late_rate + ON_TIME_RATE:
                    due = rating.day
                else:
                    due = rating.day + dt.timedelta(days=1 + int(rng.random() * max(1, legal - 1)))
                received = min(due - dt.timedelta(days=legal), rating.day)
                is_late = rating.day > due
                apology_rate = 0.15 if desk_code == APOLOGY_LAX_DESK else 0.75
                found.append(
                    Dossier(rating.dossier_code, desk_code, rating.officer_code, rating.officer_name,
                            rating.procedure, received, due, rating.day,
                            rng.random() < (0.65 if month < "2025" else 0.85),
                            is_late and rng.random() < apology_rate)
                )  # fmt: skip
            if rng.random() < STUCK_RATE:
                officer = story.at(desk_code, month)[0]
                received = dt.date(int(month[:4]), int(month[5:]), 10)
                found.append(
                    Dossier(f"{desk.agency_code}-{received:%y%m%d}-7001", desk_code, officer.officer_code,
                            officer.officer_name, COMMUNE_PROCEDURES[8], received,
                            received + dt.timedelta(days=LEGAL_DAYS[8]), None, False, False)
                )  # fmt: skip
    found.sort(key=lambda d: (d.received, d.code))
    return found


def _quarter_end(year: int, quarter: int) -> dt.date:
    following = dt.date(year + quarter // 4, quarter % 4 * 3 + 1, 1)
    return following - dt.timedelta(days=1)


def build_lists(story: Story, seed: int) -> list[DossierList]:
    """The lists in load order: each quarter as of its last day, the older March list after Q1."""
    dossiers = build_dossiers(story, seed)
    lists: list[DossierList] = []
    for year in (2024, 2025):
        for quarter in (1, 2, 3, 4):
            start = dt.date(year, quarter * 3 - 2, 1)
            end = _quarter_end(year, quarter)
            held = tuple(
                d.state_at(end)
                for d in dossiers
                if start <= d.received <= end
                or (d.received < start and (d.resolved is None or d.resolved >= start))
            )
            form = "csv" if year == 2024 else "legacy" if quarter == 4 else "portal"
            name = f"HoSo_MotCua_{year}_Q{quarter}.csv" if form == "csv" else (
                f"HoSo_DVC_{year}_Q{quarter}.xlsx" if form == "portal" else f"HoSo_{year}_Q{quarter}_xuat_cu.csv"
            )  # fmt: skip
            bad = len(BAD_KINDS) if name in BAD_FILES else 0
            lists.append(DossierList(name, form, end, held, bad))
            if (year, quarter) == (2024, 1):
                as_of = dt.date(2024, 3, 15)
                march = tuple(
                    d.state_at(as_of) for d in dossiers if dt.date(2024, 3, 1) <= d.received <= as_of
                )
                lists.append(DossierList(OLDER_LIST, "csv", as_of, march))
    return lists


# --------------------------------------------------------------------------------------------------
# Rows and files
# --------------------------------------------------------------------------------------------------

CSV_HEADER = ("STT", "Mã hồ sơ", "Đơn vị tiếp nhận", "Cán bộ tiếp nhận", "Thủ tục hành chính", "Ngày tiếp nhận",
              "Ngày hẹn trả", "Ngày trả kết quả", "Số hóa", "Thư xin lỗi")  # fmt: skip
PORTAL_HEADER = ("STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Đơn vị\ntiếp nhận", "Mã cán bộ", "Cán bộ\ntiếp nhận",
                 "Ngày\ntiếp nhận", "Ngày hẹn\ntrả kết quả", "Ngày hoàn thành", "Đã số hóa\nhồ sơ",
                 "Văn bản\nxin lỗi")  # fmt: skip
LEGACY_HEADER = ("MA HO SO", "MA DON VI", "CAN BO TIEP NHAN", "THU TUC", "NGAY NHAN", "HAN GIAI QUYET",
                 "NGAY TRA KQ", "SO HOA", "THU XIN LOI")  # fmt: skip


def _dmy(day: dt.date | None) -> str:
    return "" if day is None else day.strftime("%d/%m/%Y")


def _serial(day: dt.date | None) -> str:
    return "" if day is None else str((day - dt.date(1899, 12, 30)).days)


def _row(form: str, d: Dossier, story: Story) -> list[object]:
    desk = story.desks[d.desk_code]
    if form == "csv":
        received = f"{_dmy(d.received)} 08:{len(d.code) % 6}0"
        return [None, d.code, desk.name, d.officer_name, d.procedure, received, _dmy(d.due), _dmy(d.resolved),
                "Có" if d.is_digitised else "Không", "Có" if d.has_apology else ""]  # fmt: skip
    if form == "portal":
        return [None, d.code, d.procedure, desk.name, d.officer_code, d.officer_name,
                f"{_dmy(d.received)} 08:30:00", _dmy(d.due), _dmy(d.resolved) or None,
                "Có" if d.is_digitised else "Không", "Có" if d.has_apology else "Không"]  # fmt: skip
    return [d.code, d.desk_code, d.officer_name, d.procedure, _serial(d.received), _serial(d.due),
            _serial(d.resolved), "x" if d.is_digitised else "", "x" if d.has_apology else ""]  # fmt: skip


def _broken(form: str, kind: str, d: Dossier, story: Story) -> list[object]:
    """A copy of a dossier's row under a code of its own, with one fault."""
    row = _row(form, replace(d, code=f"{d.code}-LOI"), story)
    code_at, unit_at, due_at, digitised_at = {
        "portal": (1, 3, 7, 9),
        "csv": (1, 2, 6, 8),
        "legacy": (0, 1, 5, 7),
    }[form]
    if kind == "code_missing":
        row[code_at] = ""
    elif kind == "date_impossible":
        row[due_at] = f"31/02/{d.due.year}"
    elif kind == "unit_unknown":
        row[unit_at] = "Bộ phận Một cửa UBND xã Không Tên"
    elif kind == "due_before_received":
        row[due_at] = _dmy(d.received - dt.timedelta(days=3))
    else:
        row[digitised_at] = "Chưa rõ"
    return row


def list_rows(story: Story, listed: DossierList) -> list[list[object]]:
    """The data rows of a list, with its bad rows after the first rows they copy."""
    rows = [_row(listed.form, d, story) for d in listed.dossiers]
    for number, kind in enumerate(BAD_KINDS[: listed.bad_rows]):
        rows.insert(10 * (number + 1), _broken(listed.form, kind, listed.dossiers[number], story))
    if listed.form in ("csv", "portal"):
        for number, row in enumerate(rows, start=1):
            row[0] = number
    return rows


def write_list(path: Path, story: Story, listed: DossierList) -> None:
    rows = list_rows(story, listed)
    title = [
        ["DANH SÁCH HỒ SƠ TIẾP NHẬN VÀ GIẢI QUYẾT TẠI BỘ PHẬN MỘT CỬA CẤP XÃ"],
        [f"Tính đến ngày {_dmy(listed.as_of)}"],
    ]
    if listed.form == "portal":
        grid = Grid("DanhSachHoSo")
        grid.rows = [*title, ["Nguồn: Cổng Dịch vụ công tỉnh Lạng Sơn"], list(PORTAL_HEADER), *rows]
        grid.bold_rows.update({0, 3})
        grid.wrap_rows.add(3)
        grid.widths = {1: 28, 2: 40, 3: 36, 5: 24}
        write(path, grid, "xlsx")
        return
    if listed.form == "legacy":
        text = _csv_text([[f"SO LIEU DEN {_dmy(listed.as_of)}"], list(LEGACY_HEADER), *rows], ";")
        path.write_bytes(unicode_to_cp1258(text))
        return
    path.write_bytes(_csv_text([*title, list(CSV_HEADER), *rows]).encode("utf-8"))


def _csv_text(rows: list[list[object]], delimiter: str = ",") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([["" if v is None else v for v in row] for row in rows])
    return buffer.getvalue()


def final_states(lists: list[DossierList]) -> dict[str, tuple[Dossier, dt.date]]:
    """Each dossier as the newest list shows it (the later as-of date wins), with that as-of date."""
    newest: dict[str, tuple[Dossier, dt.date]] = {}
    for listed in lists:
        for d in listed.dossiers:
            if d.code not in newest or listed.as_of >= newest[d.code][1]:
                newest[d.code] = (d, listed.as_of)
    return newest


def generate(out_dir: Path, story: Story, seed: int) -> list[tuple[Path, str]]:
    """Write the lists under one_stop/ho_so/; (path, expected status) in load order."""
    folder = out_dir / "one_stop" / "ho_so"
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for listed in build_lists(story, seed):
        write_list(folder / listed.name, story, listed)
        written.append((folder / listed.name, "loaded"))
    return written


def planted(out_dir: Path, story: Story, seed: int) -> dict:
    """What the lists hold, for tests: per file its path, as-of date, dossiers and bad rows; each dossier's
    final state; and per desk the late dossiers, those without an apology and the overdue ones."""
    lists = build_lists(story, seed)
    states = final_states(lists)
    by_desk: dict[str, dict[str, int]] = {}
    for d, as_of in states.values():
        counts = by_desk.setdefault(
            d.desk_code, {"dossiers": 0, "late": 0, "late_without_apology": 0, "overdue": 0}
        )
        counts["dossiers"] += 1
        is_late = d.resolved is not None and d.resolved > d.due
        counts["late"] += is_late
        counts["late_without_apology"] += is_late and not d.has_apology
        counts["overdue"] += d.resolved is None and d.due < as_of
    return {
        "files": {
            listed.name: {
                "path": out_dir / "one_stop" / "ho_so" / listed.name,
                "form": listed.form,
                "as_of": listed.as_of,
                "rows": len(listed.dossiers) + listed.bad_rows,
                "dossiers": len(listed.dossiers),
                "bad_rows": list(BAD_KINDS[: listed.bad_rows]),
            }
            for listed in lists
        },
        "states": {code: d for code, (d, _) in states.items()},
        "by_desk": by_desk,
        "older_list": OLDER_LIST,
        "apology_lax_desk": APOLOGY_LAX_DESK,
    }
