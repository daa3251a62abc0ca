"""The heads' completion levels shaped for people (no Streamlit): each index row in words, one row per unit
with its overall level, deadlines and the reason it is not graded, and the counts the report states.

The levels themselves are computed in mart_head_level; this module only words them."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.format import is_missing, vn_number
from labels import page_heads as text

OWN_INDEX = "CCHC_TINH"
LEVEL_ORDER = ("xuat_sac", "tot", "hoan_thanh", "khong_hoan_thanh")


def index_label(index_name: str, field_name: object) -> str:
    """The label of an index row: «PAR INDEX – Cải cách thủ tục hành chính», «SIPAS», or the own index."""
    name = text.OWN_INDEX if index_name == OWN_INDEX else index_name
    return name if is_missing(field_name) else f"{name} – {field_name}"


def level_label(code: object) -> str:
    return text.NOT_GRADED if is_missing(code) else text.LEVEL_LABELS[str(code)]


def _figure(measure: str, value: object) -> str:
    if is_missing(value):
        return "–"
    if measure == "rank":
        return vn_number(value)
    if measure == "change":
        return ("+" if float(value) > 0 else "") + vn_number(value, 2)
    return vn_number(value, 2)


def reason(row: object) -> str:
    """Why one index row has no level, in words ("" when it has one)."""
    code = getattr(row, "not_graded_reason", None)
    if is_missing(code):
        return ""
    result_year = int(row.result_year)
    return text.REASONS[str(code)].format(
        index=index_label(row.index_name, row.field_name), year=result_year, previous=result_year - 1
    )


def index_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Each index row with its label, measure, figure, thresholds, level and reason in words."""
    if frame.empty:
        return frame.assign(
            index_text=[], measure_text=[], value_text=[], thresholds_text=[], level_text=[], reason_text=[]
        )
    rows = list(frame.itertuples())
    return frame.assign(
        index_text=[index_label(r.index_name, r.field_name) for r in rows],
        measure_text=[text.MEASURE_LABELS[r.measure] for r in rows],
        value_text=[_figure(r.measure, r.measured_value) for r in rows],
        thresholds_text=[
            " · ".join(
                _figure(r.measure, v) for v in (r.excellent_threshold, r.good_threshold, r.done_threshold)
            )
            for r in rows
        ],
        level_text=[level_label(r.level_code) for r in rows],
        reason_text=[reason(r) for r in rows],
    )


def _deadlines(group: pd.DataFrame) -> str:
    late = [
        label
        for column, label in (
            ("unit_published_late", text.LATE_PUBLISHED),
            ("unit_sent_late", text.LATE_SENT),
            ("unit_decided_late", text.LATE_DECIDED),
        )
        if bool(group[column].iloc[0])
    ]
    if late:
        return "; ".join(late)
    dated = group[["published_date", "sent_date", "decided_date"]].notna().to_numpy().any()
    return text.ON_TIME if dated else text.NO_DATES


def unit_rows(frame: pd.DataFrame, unit_group: str | None = None) -> pd.DataFrame:
    """One row per unit and grading year (of `unit_group` when given): the overall level, each index's
    level, the deadlines and, for a unit not graded, every reason."""
    if unit_group:
        frame = frame[frame["unit_group"] == unit_group]
    columns = [
        "year",
        "result_year",
        "unit_code",
        "unit_name",
        "unit_group",
        "rule_set_id",
        "legal_basis",
        "combine_method",
        "overall_level_code",
        "overall_not_graded_reason",
        "unit_published_late",
        "unit_sent_late",
        "unit_decided_late",
        "overall_text",
        "indices_text",
        "combine_text",
        "deadline_text",
        "reason_text",
    ]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    shaped = index_rows(frame)
    out = []
    for (_year, _code), group in shaped.groupby(["year", "unit_code"], sort=False):
        first = group.iloc[0]
        reasons = [r for r in group["reason_text"] if r]
        out.append(
            {
                **{name: first[name] for name in columns[:13]},
                "overall_text": level_label(first["overall_level_code"]),
                "indices_text": "; ".join(
                    f"{label}: {level}"
                    for label, level in zip(group["index_text"], group["level_text"], strict=True)
                ),
                "combine_text": text.COMBINE_LABELS[first["combine_method"]] if len(group) > 1 else "",
                "deadline_text": _deadlines(group),
                "reason_text": text.OVERALL_REASON.format(reasons="; ".join(reasons)) if reasons else "",
            }
        )
    return pd.DataFrame(out, columns=columns)


@dataclass(frozen=True)
class Summary:
    """What the report says of a grading year."""

    year: int
    result_year: int
    basis: str
    units: int
    graded: int
    counts: dict[str, int]
    ungraded: list[str]
    late: list[str]


def summary(frame: pd.DataFrame, unit_group: str | None = None) -> Summary | None:
    """Counts per level, the ungraded units and those with a missed deadline (of `unit_group` when
    given); None without rows."""
    units = unit_rows(frame, unit_group)
    if units.empty:
        return None
    graded = units[units["overall_level_code"].notna()]
    counts = {level: int((graded["overall_level_code"] == level).sum()) for level in LEVEL_ORDER}
    late = units[units[["unit_published_late", "unit_sent_late", "unit_decided_late"]].any(axis=1)]
    bases = sorted({str(b) for b in units["legal_basis"] if not is_missing(b)})
    return Summary(
        year=int(units["year"].iloc[0]),
        result_year=int(units["result_year"].min()),
        basis="; ".join(bases),
        units=len(units),
        graded=len(graded),
        counts=counts,
        ungraded=list(units.loc[units["overall_level_code"].isna(), "unit_name"]),
        late=list(late["unit_name"]),
    )


def summary_sentences(found: Summary | None, year: int) -> list[str]:
    """The report's sentences: how many units at each level, then the ungraded and the late ones."""
    if found is None:
        return [text.REPORT_NONE.format(year=year)]
    counts = ", ".join(
        text.REPORT_COUNT.format(count=found.counts[level], level=text.LEVEL_LABELS[level].lower())
        for level in LEVEL_ORDER
        if found.counts[level]
    )
    sentences = [
        text.REPORT_SUMMARY.format(
            year=found.year,
            graded=found.graded,
            units=found.units,
            result_year=found.result_year,
            basis=found.basis,
            counts=counts or "–",
        )
    ]
    if found.ungraded:
        sentences.append(
            text.REPORT_UNGRADED.format(count=len(found.ungraded), units=", ".join(found.ungraded))
        )
    if found.late:
        sentences.append(text.REPORT_LATE.format(count=len(found.late), units=", ".join(found.late)))
    return sentences
