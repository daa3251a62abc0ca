"""One-Stop officers' grading (mart_officer_grade and the models under it), rule by rule at the boundaries.

Raw rows are written straight into a fresh warehouse, one `source_file` per fake file with increasing
attempt ids, so each test states exactly the forms, ratings and rules it grades.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from warehouse.db import connect, prepare

# The parameters the demo loads (profiles/demo/rules.csv, QĐ 1514/QĐ-UBND Lạng Sơn 2023).
GRADING = {
    "self_weight": 0.7,
    "satisfaction_weight": 0.3,
    "min_ratings": 5,
    "grade_a": 90,
    "grade_b": 70,
    "grade_c": 50,
    "satisfied_levels": "rat_hai_long;hai_long",
    "cap_after_d": "C",
}
RULES_FROM = dt.date(2023, 9, 22)
DESK = "MC-HL"
PROCEDURE = "Đăng ký khai sinh"


def D(text: str) -> Decimal:
    return Decimal(text)


class Warehouse:
    """A fresh warehouse and writers for the raw rows a One-Stop month is made of."""

    def __init__(self, path: Path) -> None:
        prepare(path)
        self.con = connect(path)
        self.attempt = 0
        self._units()

    def file(self, kind: str) -> str:
        self.attempt += 1
        sha = f"{kind}-{self.attempt:04d}"
        self.con.execute(
            "insert into source_file (file_sha256, attempt_id, file_name, stored_path, file_format,"
            " size_bytes, kind, loaded_at, rows_loaded) values (?, ?, ?, ?, 'csv', 1, ?, ?, 1)",
            [sha, self.attempt, f"{sha}.csv", f"files/{sha}.csv", kind, dt.datetime(2024, 6, 1)],
        )
        return sha

    def _units(self) -> None:
        sha = self.file("units")
        self.con.executemany(
            "insert into raw_unit (file_sha256, sheet_name, row_number, unit_code, unit_name, unit_group,"
            " valid_from_date) values (?, 'Sheet1', ?, ?, ?, ?, date '2019-01-01')",
            [
                [sha, 2, "MC-HL", "Bộ phận Một cửa huyện Hữu Lũng", "mot_cua"],
                [sha, 3, "X-MS", "UBND xã Minh Sơn", "xa"],
            ],
        )

    def rules(
        self,
        rule_code: str = "one_stop_grading",
        params: dict[str, object] | None = None,
        *,
        group: str | None = None,
        valid_from: dt.date = RULES_FROM,
        valid_to: dt.date | None = None,
        sha: str | None = None,
    ) -> str:
        """One rule file (or more rows into `sha`): the latest file setting a rule replaces all its rows."""
        sha = sha or self.file("rules")
        values = params if params is not None else GRADING
        self.con.executemany(
            "insert into raw_rule (file_sha256, sheet_name, row_number, rule_code, param_code, unit_group,"
            " valid_from_date, valid_to_date, value_number, value_text) values (?, 'Sheet1', ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                [
                    sha,
                    index + 2,
                    rule_code,
                    name,
                    group,
                    valid_from,
                    valid_to,
                    None if isinstance(value, str) else float(value),
                    value if isinstance(value, str) else None,
                ]
                for index, (name, value) in enumerate(values.items())
            ],
        )
        return sha

    def default_rules(self) -> None:
        self.rules()
        self.rules("submission_deadline", {"officer_form_due_day": 1})

    def officer(
        self,
        code: str,
        name: str,
        unit: str = DESK,
        valid_from: dt.date | None = dt.date(2023, 1, 1),
        valid_to: dt.date | None = None,
        more: tuple[tuple[str, dt.date | None, dt.date | None], ...] = (),
    ) -> None:
        """An officer's assignment, and `more` (unit, from, to) ones in the same registry file."""
        sha = self.file("officers")
        self.con.executemany(
            "insert into raw_officer values (?, 'Sheet1', ?, ?, ?, ?, ?, ?)",
            [
                [sha, row, code, name, desk, start, end]
                for row, (desk, start, end) in enumerate([(unit, valid_from, valid_to), *more], start=2)
            ],
        )

    def form(
        self,
        officer: str,
        month: str,
        self_score: str,
        reviewed: str | None = None,
        submitted: dt.date | None = None,
        unit: str | None = DESK,
        name_text: str | None = None,
    ) -> str:
        sha = self.file("officer_form")
        year, number = map(int, month.split("-"))
        self.con.execute(
            "insert into raw_officer_form (file_sha256, sheet_name, row_number, form_layout, period_month,"
            " month_source, officer_code, officer_name_text, unit_code, self_score, reviewed_score,"
            " submitted_date) values (?, 'Mẫu 01', 30, 'single', ?, 'cell', ?, ?, ?, ?, ?, ?)",
            [sha, dt.date(year, number, 1), officer, name_text, unit, self_score, reviewed, submitted],
        )
        return sha

    def ratings(self, rows: list[tuple], sha: str | None = None) -> str:
        """Rows of (officer, rated_at, level[, dossier[, unit[, procedure]]]) as one export."""
        sha = sha or self.file("feedback")
        records = []
        for line, row in enumerate(rows, start=2):
            officer, rated_at, level, *rest = row
            dossier = rest[0] if len(rest) > 0 else f"HS-{sha}-{line}"
            unit = rest[1] if len(rest) > 1 else DESK
            procedure = rest[2] if len(rest) > 2 else PROCEDURE
            scale = 5 if level in ("binh_thuong", "rat_khong_hai_long") else 3
            records.append([sha, line, rated_at, dossier, unit, officer, procedure, level, scale])
        self.con.executemany(
            "insert into raw_feedback (file_sha256, line_number, rated_at, dossier_code, unit_code,"
            " officer_code, procedure_text, level, scale) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            records,
        )
        # The loader lists the files that hold copies; listing every file is always right, only slower.
        self.con.execute("insert into raw_feedback_copy_file values (?)", [sha])
        return sha

    def month_ratings(self, officer: str, month: str, levels: list[str]) -> str:
        """One rating per level, on distinct days of the month."""
        year, number = map(int, month.split("-"))
        return self.ratings(
            [
                (officer, dt.datetime(year, number, 1 + index, 9, 30), level)
                for index, level in enumerate(levels)
            ]
        )

    def grade(self, officer: str, label: str) -> dict[str, object]:
        cursor = self.con.execute(
            "select * from mart_officer_grade where officer_code = ? and period_label = ?", [officer, label]
        )
        rows = cursor.fetchall()
        assert len(rows) == 1, (officer, label, rows)
        return dict(zip([c[0] for c in cursor.description], rows[0], strict=True))

    def labels(self, officer: str) -> list[tuple[str, str]]:
        return self.con.execute(
            "select period_type, period_label from mart_officer_grade where officer_code = ?"
            " order by period_type, period_label",
            [officer],
        ).fetchall()


@pytest.fixture
def wh(tmp_path: Path) -> Iterator[Warehouse]:
    warehouse = Warehouse(tmp_path / "grading.duckdb")
    yield warehouse
    warehouse.con.close()


def test_grade_bands_at_their_boundaries(wh: Warehouse) -> None:
    wh.default_rules()
    cases = {
        "CB01": ("90", "A"),
        "CB02": ("89.99", "B"),
        "CB03": ("70", "B"),
        "CB04": ("69.99", "C"),
        "CB05": ("50", "C"),
        "CB06": ("49.99", "D"),
    }
    for code, (score, _) in cases.items():
        wh.officer(code, f"Cán bộ {code}")
        wh.form(code, "2024-01", score, submitted=dt.date(2024, 2, 1))
    for code, (score, grade) in cases.items():
        row = wh.grade(code, "2024-01")
        assert (row["final_score"], row["grade"]) == (D(score), grade), code
        assert row["is_replacement"] is (grade == "D")


def test_ratings_blend_in_only_from_min_ratings(wh: Warehouse) -> None:
    wh.default_rules()
    for code in ("CB01", "CB02", "CB03", "CB04"):
        wh.officer(code, f"Cán bộ {code}")
        wh.form(code, "2024-01", "100" if code in ("CB03", "CB04") else "80")
    # 4 ratings, none satisfied: too few, the form's 80 stands alone.
    wh.month_ratings("CB01", "2024-01", ["binh_thuong"] * 4)
    # 5 ratings, 3 satisfied (60 %): 0,7 x 80 + 0,3 x 60 = 74.
    wh.month_ratings(
        "CB02", "2024-01", ["rat_hai_long", "hai_long", "hai_long", "binh_thuong", "khong_hai_long"]
    )
    # 4 of 6 satisfied = 66,67 %: 70 + 20,001 = 90,00 -> A (the share is rounded before it is weighted).
    wh.month_ratings("CB03", "2024-01", ["hai_long"] * 4 + ["khong_hai_long"] * 2)
    # 5 of 8 = 62,5 %: 70 + 18,75 = 88,75 -> B.
    wh.month_ratings("CB04", "2024-01", ["rat_hai_long"] * 5 + ["binh_thuong"] * 3)

    got = {
        code: (row["feedback_count"], row["satisfied_pct"], row["final_score"], row["grade"])
        for code in ("CB01", "CB02", "CB03", "CB04")
        for row in [wh.grade(code, "2024-01")]
    }
    assert got == {
        "CB01": (4, D("0.00"), D("80.00"), "B"),
        "CB02": (5, D("60.00"), D("74.00"), "B"),
        "CB03": (6, D("66.67"), D("90.00"), "A"),
        "CB04": (8, D("62.50"), D("88.75"), "B"),
    }


def test_reviewed_score_wins_over_self_score(wh: Warehouse) -> None:
    wh.default_rules()
    wh.officer("CB01", "Hoàng Thị Lan")
    wh.form("CB01", "2024-01", "95", reviewed="60")
    row = wh.grade("CB01", "2024-01")
    assert (row["self_score"], row["reviewed_score"], row["score"]) == (D("95.00"), D("60.00"), D("60.00"))
    assert (row["final_score"], row["grade"]) == (D("60.00"), "C")


def test_a_later_file_replaces_the_form_of_the_same_month(wh: Warehouse) -> None:
    wh.default_rules()
    wh.officer("CB01", "Hoàng Thị Lan")
    wh.form("CB01", "2024-01", "60", name_text="Hoang Thi Lan")
    later = wh.form("CB01", "2024-01", "92", name_text="Hoang Thi Lan")
    forms = wh.con.execute("select officer_name, self_score, file_sha256 from stg_officer_form").fetchall()
    assert forms == [("Hoàng Thị Lan", D("92.00"), later)]
    assert wh.grade("CB01", "2024-01")["grade"] == "A"


def test_quarter_and_year_are_capped_after_a_d_month(wh: Warehouse) -> None:
    # Bands chosen so a quarter can average 90 with a D in it: D is below 80 here.
    wh.rules(params={**GRADING, "grade_a": 90, "grade_b": 85, "grade_c": 80})
    wh.rules("submission_deadline", {"officer_form_due_day": 1})
    wh.officer("CB01", "Hoàng Thị Lan")
    wh.officer("CB02", "Nông Văn Hùng")
    for month, score in (("2024-01", "100"), ("2024-02", "100"), ("2024-03", "79.99")):
        wh.form("CB01", month, score)
    for month in ("2024-01", "2024-02", "2024-03"):
        wh.form("CB02", month, "90")

    assert wh.grade("CB01", "2024-03")["grade"] == "D"
    quarter = wh.grade("CB01", "2024-Q1")
    assert quarter["final_score"] == D("93.33")  # A by its mean...
    assert quarter["grade"] == "C"  # ...but never above C after a D month
    assert (quarter["d_months"], quarter["is_replacement"], quarter["months_with_form"]) == (1, True, 3)
    assert wh.grade("CB01", "2024")["grade"] == "C"
    # Without a D the mean decides.
    assert wh.grade("CB02", "2024-Q1")["grade"] == "A"

    # The cap is a rule: a province capping at B after a D gets B.
    wh.rules(params={**GRADING, "grade_a": 90, "grade_b": 85, "grade_c": 80, "cap_after_d": "B"})
    assert wh.grade("CB01", "2024-Q1")["grade"] == "B"


def test_missing_months_are_shown_not_graded_and_counted(wh: Warehouse) -> None:
    wh.default_rules()
    wh.officer("CB01", "Hoàng Thị Lan")
    wh.officer("CB02", "Nông Văn Hùng", valid_from=dt.date(2024, 3, 31))  # joins on the last day of March
    wh.officer("CB03", "Lý Thị Hoa", valid_to=dt.date(2024, 1, 1))  # leaves on the first day of January
    wh.form("CB01", "2024-01", "80")
    wh.form("CB01", "2024-03", "90")
    wh.form("CB02", "2024-03", "75")
    wh.form("CB09", "2024-02", "85", name_text="Vi Văn Tư")  # a form from an officer not in the registry
    wh.month_ratings("CB01", "2024-02", ["hai_long", "binh_thuong"])

    february = wh.grade("CB01", "2024-02")
    assert february["is_missing"] is True
    assert (february["score"], february["final_score"], february["grade"]) == (None, None, None)
    assert (february["feedback_count"], february["satisfied_pct"]) == (2, D("50.00"))
    assert (february["is_late"], february["is_replacement"], february["missing_months"]) == (False, False, 1)

    quarter = wh.grade("CB01", "2024-Q1")
    assert (quarter["score"], quarter["final_score"], quarter["grade"]) == (D("85.00"), D("85.00"), "B")
    assert (quarter["months_with_form"], quarter["missing_months"], quarter["is_missing"]) == (2, 1, False)
    assert quarter["feedback_count"] == 2

    # An assignment covering one day of a month makes the month expected; no other month is.
    assert [label for _, label in wh.labels("CB02")] == ["2024-03", "2024-Q1", "2024"]
    assert [label for _, label in wh.labels("CB03")] == ["2024-01", "2024-Q1", "2024"]
    nothing_handed_in = wh.grade("CB03", "2024-Q1")
    assert (
        nothing_handed_in["is_missing"],
        nothing_handed_in["grade"],
        nothing_handed_in["missing_months"],
    ) == (
        True,
        None,
        1,
    )
    stranger = wh.grade("CB09", "2024-02")
    assert (stranger["officer_name"], stranger["unit_code"], stranger["grade"]) == ("Vi Văn Tư", DESK, "B")
    # Months in scope run from the first to the last month with a form, and no further.
    months = wh.con.execute(
        "select distinct period_label from mart_officer_grade where period_type = 'month' order by 1"
    ).fetchall()
    assert months == [("2024-01",), ("2024-02",), ("2024-03",)]


def test_late_forms_follow_the_due_day(wh: Warehouse) -> None:
    wh.default_rules()
    wh.officer("CB01", "Hoàng Thị Lan")
    wh.form("CB01", "2024-01", "90", submitted=dt.date(2024, 2, 1))  # on the due day: on time
    wh.form("CB01", "2024-02", "90", submitted=dt.date(2024, 3, 2))  # a day after: late
    wh.form("CB01", "2024-03", "90", submitted=None)  # no date: no finding
    wh.form("CB01", "2024-04", "90", submitted=dt.date(2024, 4, 30))  # before the month ended

    assert [wh.grade("CB01", f"2024-0{m}")["is_late"] for m in (1, 2, 3, 4)] == [False, True, False, False]
    quarter = wh.grade("CB01", "2024-Q1")
    assert (quarter["late_months"], quarter["is_late"]) == (1, True)
    assert (wh.grade("CB01", "2024-Q2")["late_months"], wh.grade("CB01", "2024-Q2")["is_late"]) == (0, False)
    assert wh.grade("CB01", "2024")["late_months"] == 1

    # The due day is a rule: with the 5th, a form on the 2nd is on time.
    wh.rules("submission_deadline", {"officer_form_due_day": 5})
    assert wh.grade("CB01", "2024-02")["is_late"] is False
    due = wh.con.execute(
        "select officer_form_due_date from mart_rule_month where period_month = date '2024-02-01'"
        " and unit_group is null"
    ).fetchone()
    assert due == (dt.date(2024, 3, 5),)


def test_second_d_in_a_row_needs_consecutive_months(wh: Warehouse) -> None:
    wh.default_rules()
    wh.officer("CB01", "Hoàng Thị Lan")
    wh.officer("CB02", "Nông Văn Hùng")
    for month in ("2024-01", "2024-02", "2024-03"):
        wh.form("CB01", month, "40")
    wh.form("CB02", "2024-01", "40")
    wh.form("CB02", "2024-03", "45")  # February missing: March is not a second D in a row
    # Off the desks in February (no row at all that month), back in March: not a second D in a row either.
    wh.officer(
        "CB03",
        "Lý Thị Hoa",
        valid_to=dt.date(2024, 1, 31),
        more=(("X-MS", dt.date(2024, 3, 1), None),),
    )
    wh.form("CB03", "2024-01", "40")
    wh.form("CB03", "2024-03", "40", unit="X-MS")

    assert [wh.grade("CB01", f"2024-0{m}")["is_second_d_in_row"] for m in (1, 2, 3)] == [False, True, True]
    assert [wh.grade("CB02", f"2024-0{m}")["is_second_d_in_row"] for m in (1, 2, 3)] == [False, False, False]
    assert [label for _, label in wh.labels("CB03") if label.count("-") == 1 and "Q" not in label] == [
        "2024-01",
        "2024-03",
    ]
    assert wh.grade("CB03", "2024-03")["is_second_d_in_row"] is False
    assert wh.grade("CB01", "2024-Q1")["is_second_d_in_row"] is True
    assert wh.grade("CB02", "2024-Q1")["is_second_d_in_row"] is False
    quarter = wh.grade("CB02", "2024-Q1")
    assert (quarter["grade"], quarter["d_months"], quarter["missing_months"]) == ("D", 2, 1)


def test_the_same_rating_in_two_exports_counts_once(wh: Warehouse) -> None:
    wh.default_rules()
    wh.officer("CB01", "Hoàng Thị Lan")
    wh.officer("CB02", "Nông Văn Hùng")
    wh.form("CB01", "2024-01", "80")
    wh.form("CB02", "2024-01", "80")
    at = dt.datetime(2024, 1, 10, 8, 15)
    later = dt.datetime(2024, 1, 10, 8, 16)
    # Loaded second but listed first in the table: the earliest loaded file must still be the one kept.
    first = wh.file("feedback")
    second = wh.file("feedback")
    wh.ratings(
        [
            ("CB01", at, "hai_long", "HS-001"),
            ("CB01", at, "hai_long", None),
        ],
        sha=second,
    )
    wh.ratings(
        [
            ("CB01", at, "hai_long", "HS-001"),  # the same rating
            ("CB01", at, "hai_long", None),  # no dossier in either export: the same rating
            ("CB01", later, "hai_long", "HS-001"),  # same dossier, another time: another rating
            ("CB02", at, "binh_thuong", "HS-001"),  # same dossier and time, another officer
        ],
        sha=first,
    )
    kept = wh.con.execute(
        "select officer_code, dossier_code, rated_at, file_sha256, copy_count from stg_feedback"
        " order by officer_code, rated_at, dossier_code nulls last"
    ).fetchall()
    assert kept == [
        ("CB01", "HS-001", at, first, 2),
        ("CB01", None, at, first, 2),
        ("CB01", "HS-001", later, first, 1),
        ("CB02", "HS-001", at, first, 1),
    ]
    assert wh.grade("CB01", "2024-01")["feedback_count"] == 3
    assert wh.grade("CB02", "2024-01")["feedback_count"] == 1


def test_satisfied_levels_follow_the_rule(wh: Warehouse) -> None:
    wh.default_rules()
    wh.officer("CB01", "Hoàng Thị Lan")
    wh.form("CB01", "2024-01", "80")
    levels = ["rat_hai_long", "rat_hai_long", "hai_long", "hai_long", "binh_thuong"]
    wh.month_ratings("CB01", "2024-01", levels)
    row = wh.grade("CB01", "2024-01")
    assert (row["satisfied_pct"], row["final_score"]) == (D("80.00"), D("80.00"))

    wh.rules(params={**GRADING, "satisfied_levels": "rat_hai_long"})
    row = wh.grade("CB01", "2024-01")
    assert (row["satisfied_pct"], row["final_score"]) == (D("40.00"), D("68.00"))  # 56 + 12
    assert row["grade"] == "C"


def test_satisfied_levels_change_on_the_day_of_the_rule(wh: Warehouse) -> None:
    sha = wh.rules(params=GRADING, valid_to=dt.date(2024, 1, 15))
    wh.rules(params={**GRADING, "satisfied_levels": "rat_hai_long"}, valid_from=dt.date(2024, 1, 16), sha=sha)
    wh.officer("CB01", "Hoàng Thị Lan")
    wh.form("CB01", "2024-01", "80")
    wh.ratings(
        [
            ("CB01", dt.datetime(2024, 1, 15, 16, 59), "hai_long"),
            ("CB01", dt.datetime(2024, 1, 16, 7, 30), "hai_long"),
        ]
    )
    judged = wh.con.execute("select is_satisfied from stg_feedback order by rated_at").fetchall()
    assert judged == [(True,), (False,)]


def test_a_unit_groups_own_rule_wins(wh: Warehouse) -> None:
    sha = wh.rules()
    wh.rules(params={**GRADING, "grade_a": 95}, group="xa", sha=sha)
    wh.officer("CB01", "Hoàng Thị Lan")
    wh.officer("CB02", "Nông Văn Hùng", unit="X-MS")
    wh.form("CB01", "2024-01", "92")
    wh.form("CB02", "2024-01", "92", unit=None)  # the desk comes from the registry
    assert wh.grade("CB01", "2024-01")["grade"] == "A"
    assert (wh.grade("CB02", "2024-01")["unit_code"], wh.grade("CB02", "2024-01")["grade"]) == ("X-MS", "B")
    bands = wh.con.execute(
        "select unit_group, grade_a, min_ratings, officer_form_due_day from mart_rule_month"
        " where period_month = date '2024-01-01' order by unit_group nulls first"
    ).fetchall()
    assert bands == [
        (None, D("90.00"), 5, None),
        ("mot_cua", D("90.00"), 5, None),
        ("xa", D("95.00"), 5, None),
    ]


def test_without_rules_nothing_is_graded(wh: Warehouse) -> None:
    wh.officer("CB01", "Hoàng Thị Lan")
    wh.form("CB01", "2024-01", "92", submitted=dt.date(2024, 2, 20))
    row = wh.grade("CB01", "2024-01")
    assert (row["score"], row["final_score"], row["grade"], row["is_late"]) == (D("92.00"), None, None, None)


def test_month_quarter_and_year_rows_have_their_labels(wh: Warehouse) -> None:
    wh.default_rules()
    wh.officer("CB01", "Hoàng Thị Lan")
    wh.form("CB01", "2023-12", "70", submitted=dt.date(2024, 1, 1))
    wh.form("CB01", "2024-03", "80", submitted=dt.date(2024, 4, 1))
    wh.form("CB01", "2024-04", "95", submitted=dt.date(2024, 5, 1))
    rows = wh.con.execute(
        "select period_type, period_label, year, quarter, month, months_with_form, missing_months,"
        " score, grade from mart_officer_grade where officer_code = 'CB01' order by period_start_date, period_type"
    ).fetchall()
    assert rows == [
        ("year", "2023", 2023, None, None, 1, 0, D("70.00"), "B"),
        ("quarter", "2023-Q4", 2023, 4, None, 1, 0, D("70.00"), "B"),
        ("month", "2023-12", 2023, 4, 12, 1, 0, D("70.00"), "B"),
        ("month", "2024-01", 2024, 1, 1, 0, 1, None, None),
        ("quarter", "2024-Q1", 2024, 1, None, 1, 2, D("80.00"), "B"),
        ("year", "2024", 2024, None, None, 2, 2, D("87.50"), "B"),
        ("month", "2024-02", 2024, 1, 2, 0, 1, None, None),
        ("month", "2024-03", 2024, 1, 3, 1, 0, D("80.00"), "B"),
        # A quarter in progress aggregates the months it has.
        ("month", "2024-04", 2024, 2, 4, 1, 0, D("95.00"), "A"),
        ("quarter", "2024-Q2", 2024, 2, None, 1, 0, D("95.00"), "A"),
    ]


def test_feedback_satisfaction_counts_by_unit_procedure_and_month(wh: Warehouse) -> None:
    wh.default_rules()
    wh.ratings(
        [
            ("CB01", dt.datetime(2024, 1, 3, 9), "rat_hai_long"),
            ("CB01", dt.datetime(2024, 1, 4, 9), "hai_long"),
            ("CB02", dt.datetime(2024, 1, 5, 9), "binh_thuong"),
            ("CB02", dt.datetime(2024, 1, 6, 9), "khong_hai_long"),
            ("CB02", dt.datetime(2024, 1, 7, 9), "rat_khong_hai_long"),
            ("CB02", dt.datetime(2024, 1, 8, 9), "hai_long", "HS-9", "MC-HL", "Cấp phiếu lý lịch tư pháp"),
            ("CB03", dt.datetime(2024, 2, 1, 9), "hai_long", "HS-10", "X-MS"),
        ]
    )
    rows = wh.con.execute(
        "select unit_code, unit_name, procedure_text, period_month, year, quarter, month from"
        " mart_feedback_satisfaction order by period_month, unit_code, procedure_text"
    ).fetchall()
    assert rows == [
        (
            "MC-HL",
            "Bộ phận Một cửa huyện Hữu Lũng",
            "Cấp phiếu lý lịch tư pháp",
            dt.date(2024, 1, 1),
            2024,
            1,
            1,
        ),
        ("MC-HL", "Bộ phận Một cửa huyện Hữu Lũng", PROCEDURE, dt.date(2024, 1, 1), 2024, 1, 1),
        ("X-MS", "UBND xã Minh Sơn", PROCEDURE, dt.date(2024, 2, 1), 2024, 1, 2),
    ]
    counts = wh.con.execute(
        "select rating_count, satisfied_count, satisfied_pct, rat_hai_long_count, hai_long_count,"
        " binh_thuong_count, khong_hai_long_count, rat_khong_hai_long_count from mart_feedback_satisfaction"
        " order by period_month, unit_code, procedure_text"
    ).fetchall()
    assert counts == [
        (1, 1, D("100.00"), 0, 1, 0, 0, 0),
        (5, 2, D("40.00"), 1, 1, 1, 1, 1),
        (1, 1, D("100.00"), 0, 1, 0, 0, 0),
    ]


def test_rejected_rows_carry_their_file(wh: Warehouse) -> None:
    sha = wh.file("feedback")
    wh.con.execute(
        "insert into raw_rejected_row values (?, 7, 'feedback.bad_level', 'Mức đánh giá không hợp lệ', ?)",
        [sha, "HS-7 | 31/01/2024 | Rất tốt"],
    )
    rows = wh.con.execute(
        "select file_name, kind, line_number, rule, raw_text from mart_rejected_row"
    ).fetchall()
    assert rows == [(f"{sha}.csv", "feedback", 7, "feedback.bad_level", "HS-7 | 31/01/2024 | Rất tốt")]
