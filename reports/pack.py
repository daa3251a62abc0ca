"""The quarterly and annual report pack: a Word report in the style of a Vietnamese administrative
report, an Excel workbook with every table behind it, and every chart as PNG and SVG.

The pack is first described as a list of blocks (headings, sentences, figures, tables) built from the
same queries and figures as the pages, then written out; so the report, its workbook and the pages
cannot disagree, and the content is tested without opening Word."""

from __future__ import annotations

import datetime as dt
import io
import time
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from dashboard import (
    charts,
    criteria_logic,
    heads_logic,
    index_logic,
    national_logic,
    one_stop_logic,
    overview_logic,
)
from dashboard.format import group_label, vn_delta, vn_number, vn_percent, vn_sort_keys
from dashboard.queries import heads as q_heads
from dashboard.queries import index as q_index
from dashboard.queries import loaded_at, view
from dashboard.queries import national as q_national
from dashboard.queries import one_stop as q_one_stop
from dashboard.queries import overview as q_overview
from dashboard.queries import report as q_report
from labels import page_heads as heads_text
from labels import report as txt
from labels import ui
from reports import bounds, facts, images
from reports.document import Letterhead, ReportDocument

TOP_CRITERIA = 10
TOP_FIELDS = 3
# Widths (cm) of the report's text columns; number columns share what is left of the 16 cm line.
_WIDTHS = {
    txt.COLUMNS["officer_name"]: 3.0,
    txt.COLUMNS["desk_name"]: 3.0,
    txt.COLUMNS["unit_name"]: 4.8,
    txt.COLUMNS["criterion"]: 6.2,
    txt.COLUMNS["office"]: 3.6,
    txt.COLUMNS["kind"]: 6.0,
    txt.COLUMNS["index"]: 4.2,
}
# Columns printed without a thousands dot: "2025", not "2.025".
_PLAIN = (txt.COLUMNS["year"],)
# Report figures are drawn narrower than the page's charts, so their text stays legible at 16 cm.
FIGURE_WIDTH_PX = 900
TOP_MOVERS = 3
Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Figure:
    name: str  # file stem of its PNG and SVG
    caption: str
    fig: go.Figure


@dataclass(frozen=True)
class Table:
    name: str  # sheet name stem in the workbook
    caption: str
    frame: pd.DataFrame  # Vietnamese headers, numbers as numbers; every row (the workbook's sheet)
    decimals: dict[str, int] = field(default_factory=dict)
    # When `frame` is too long to print (reports.bounds): the rows the document prints, and what they are
    # ("20 đơn vị đứng đầu và 20 đơn vị cuối bảng trong 3.270 đơn vị") for its caption.
    shown: pd.DataFrame | None = None
    shown_note: str = ""

    @property
    def printed(self) -> pd.DataFrame:
        return self.frame if self.shown is None else self.shown


Block = Heading | Text | Figure | Table


@dataclass
class Pack:
    """What the report says, before it is written to any file."""

    kind: str  # "quarterly" or "annual"
    year: int
    quarter: int | None
    unit_group: str | None
    period_name: str
    subtitle: str
    province: str
    updated: str
    blocks: list[Block]

    @property
    def figures(self) -> list[Figure]:
        return [b for b in self.blocks if isinstance(b, Figure)]

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    @property
    def file_stem(self) -> str:
        scope = f"q{self.quarter}_{self.year}" if self.quarter else f"nam_{self.year}"
        group = f"_{self.unit_group}" if self.unit_group else ""
        return f"bao_cao_cchc_{scope}{group}"


@dataclass(frozen=True)
class PackFiles:
    folder: Path
    docx: Path
    xlsx: Path
    images: list[Path]
    image_note: str | None
    seconds: float


# --- Building the content ------------------------------------------------------------------------------
def build(year: int, quarter: int | None = None, unit_group: str | None = None) -> Pack:
    """The pack of a quarter (quarter given) or of a year, read from the current warehouse."""
    if quarter is not None and quarter not in (1, 2, 3, 4):
        raise ValueError(f"quarter must be 1..4, not {quarter}")
    # One connection for the pack's ~30 queries, as for a page view (opening the replica is not free).
    with view():
        return _build(year, quarter, unit_group)


def _build(year: int, quarter: int | None, unit_group: str | None) -> Pack:
    period_name = facts.period_name(year, quarter)
    province = q_report.province_name() or txt.UNKNOWN_PROVINCE
    updated = loaded_at() or "–"
    source = charts.source_line(txt.CHART_SOURCE, updated)
    subtitle = (
        txt.SUBTITLE_QUARTERLY.format(quarter_roman=facts.ROMAN[quarter - 1], year=year)
        if quarter
        else txt.SUBTITLE_ANNUAL.format(year=year)
    )
    blocks: list[Block] = [Text(txt.INTRO.format(period=period_name, updated=updated))]
    if unit_group:
        blocks.append(Text(txt.SCOPE_GROUP.format(group=group_label(unit_group))))
    blocks += _one_stop(year, quarter, period_name, source)
    index_year = index_year_for(year, final_only=quarter is not None, unit_group=unit_group)
    blocks += _index(year, index_year, unit_group, source)
    blocks += _quality(year, quarter, period_name, index_year, unit_group)
    blocks += _national(year, province, source)
    if quarter is None:
        blocks += _heads(year, unit_group)
    return Pack(
        kind="quarterly" if quarter else "annual",
        year=year,
        quarter=quarter,
        unit_group=unit_group,
        period_name=period_name,
        subtitle=subtitle,
        province=province,
        updated=updated,
        blocks=blocks,
    )


def _one_stop(year: int, quarter: int | None, period_name: str, source: str) -> list[Block]:
    blocks: list[Block] = [Heading(txt.H_ONE_STOP.format(period=period_name))]
    period = (
        one_stop_logic.Period("quarter", year, quarter) if quarter else one_stop_logic.Period("year", year)
    )
    start = dt.date(year, 3 * quarter - 2 if quarter else 1, 1)
    now = q_overview.grade_picture(period.period_type, start.isoformat())
    if now.empty or int(now["graded_count"].iloc[0]) == 0:
        return [*blocks, Text(txt.NO_ONE_STOP.format(period=period_name))]
    if quarter:
        previous = overview_logic.Period("quarter", start).previous()
        previous_name = facts.period_name(previous.year, previous.quarter)
    else:
        previous = overview_logic.Period("quarter", dt.date(year - 1, 1, 1))
        previous_name = facts.period_name(year - 1, None)
    then = q_overview.grade_picture(period.period_type, previous.key)
    row = now.iloc[0]
    counts = {g: int(row[f"{g.lower()}_count"]) for g in overview_logic.GRADES}

    # 1. Grades.
    blocks.append(Heading(txt.H_GRADES, 2))
    blocks.append(Text(facts.grades_sentence(period_name, counts, int(row["officer_count"]))))
    changes = {g: c for g, _, c in overview_logic.grade_changes(now, then) if c is not None}
    if changes:
        blocks.append(Text(facts.grades_change_sentence(previous_name, changes)))
    ungraded = int(row["officer_count"]) - int(row["graded_count"])
    if ungraded:
        blocks.append(Text(txt.NOT_GRADED.format(count=ungraded)))
    sub_type = "quarter" if quarter else "month"
    counts_frame = q_one_stop.grade_counts(sub_type, year)
    if quarter:
        counts_frame = counts_frame[counts_frame["quarter"] <= quarter]
    distribution = one_stop_logic.grade_distribution(counts_frame, sub_type)
    caption = (txt.FIG_GRADES if quarter else txt.FIG_GRADES_YEAR).format(year=year)
    blocks.append(
        Figure("xep_loai_mot_cua", caption, one_stop_logic.distribution_figure(distribution, caption, source))
    )
    grades = q_report.officer_grades_of_period(year, quarter)
    blocks.append(
        _officers_table(
            grades_table(grades, period, period_name),
            txt.TAB_GRADES.format(period=period_name),
            _score_column(period),
        )
    )

    # 2. Satisfaction.
    blocks.append(Heading(txt.H_SATISFACTION, 2))
    by_unit = one_stop_logic.with_satisfaction_share(q_one_stop.satisfaction_by_unit(year, quarter, None))
    share, ratings = one_stop_logic.satisfaction_total(by_unit) if not by_unit.empty else (None, 0)
    if ratings == 0:
        blocks.append(Text(txt.NO_RATINGS.format(period_cap=facts.capitalised(period_name))))
    else:
        sentence = txt.SATISFACTION_FACT.format(
            period_cap=facts.capitalised(period_name), ratings=_n(ratings), share=vn_percent(share, 1)
        )
        judged = by_unit.dropna(subset=["satisfied_pct"])
        if len(judged) > 1:
            lowest = judged.sort_values(["satisfied_pct", "unit_code"]).iloc[0]
            sentence += txt.SATISFACTION_LOWEST.format(
                desk=one_stop_logic.desk_name(lowest["unit_name"]),
                share=vn_percent(lowest["satisfied_pct"], 1),
                ratings=_n(lowest["rating_count"]),
            )
        blocks.append(Text(sentence))
        blocks.append(_satisfaction_figure(by_unit, txt.FIG_SATISFACTION.format(period=period_name), source))
        table = by_unit.sort_values(
            ["satisfied_pct", "unit_code"], ascending=[False, True], na_position="last"
        )
        frame = pd.DataFrame(
            {
                txt.COLUMNS["desk_name"]: [one_stop_logic.desk_name(u) for u in table["unit_name"]],
                txt.COLUMNS["rating_count"]: table["rating_count"].astype("Int64"),
                txt.COLUMNS["satisfied_count"]: table["satisfied_count"].astype("Int64"),
                txt.COLUMNS["satisfied_pct"]: table["satisfied_pct"].astype(float),
            }
        )
        shown, note = None, ""
        if bounds.is_long(frame):
            shown, note = _ranked_ends(frame, txt.COLUMNS["satisfied_pct"], txt.SHOWN_DESKS)
        blocks.append(
            Table(
                "hai_long",
                txt.TAB_SATISFACTION.format(period=period_name),
                frame,
                {txt.COLUMNS["satisfied_pct"]: 2},
                shown=shown,
                shown_note=note,
            )
        )

    # 3. Replacements and 4. forms.
    months = one_stop_logic.month_rows(grades, period)
    replaced = months[months["is_replacement"].astype(bool)].sort_values(
        ["period_start_date", "officer_name"]
    )
    blocks.append(Heading(txt.H_REPLACEMENTS, 2))
    cap = facts.capitalised(period_name)
    if replaced.empty:
        blocks.append(Text(txt.NO_REPLACEMENTS.format(period_cap=cap)))
    else:
        seconds = int(replaced["is_second_d_in_row"].astype(bool).sum())
        blocks.append(
            Text(
                txt.REPLACEMENTS_FACT.format(
                    period_cap=cap,
                    count=_n(len(replaced)),
                    second=txt.REPLACEMENTS_SECOND.format(count=seconds) if seconds else "",
                )
            )
        )
        frame = pd.DataFrame(
            {
                txt.COLUMNS["period_name"]: [
                    pd.Timestamp(d).strftime("%m/%Y") for d in replaced["period_start_date"]
                ],
                txt.COLUMNS["officer_name"]: replaced["officer_name"].to_numpy(),
                txt.COLUMNS["desk_name"]: [one_stop_logic.desk_name(u) for u in replaced["unit_name"]],
                txt.COLUMNS["final_score"].format(period=txt.MONTH_WORD): replaced["final_score"]
                .astype(float)
                .to_numpy(),
                txt.COLUMNS["second_d"]: [txt.YES if bool(v) else "" for v in replaced["is_second_d_in_row"]],
            }
        )
        shown, note = None, ""
        if bounds.is_long(frame):
            # Each of them is to be replaced: the list stays a list, a second D in a row first.
            shown = bounds.first_rows(frame, replaced["is_second_d_in_row"].fillna(False))
            note = txt.SHOWN_REPLACEMENTS.format(count=_n(len(shown)), total=_n(len(frame)))
        blocks.append(
            Table(
                "thay_the",
                txt.TAB_REPLACEMENTS.format(period=period_name),
                frame,
                shown=shown,
                shown_note=note,
            )
        )
    blocks.append(Heading(txt.H_FORMS, 2))
    issues = one_stop_logic.form_issues(grades, period)
    missing = int((issues["form_status"] == one_stop_logic.txt.FORM_MISSING).sum()) if not issues.empty else 0
    late = len(issues) - missing
    if issues.empty:
        blocks.append(Text(txt.FORMS_NONE.format(period_cap=cap)))
    else:
        blocks.append(Text(txt.FORMS_FACT.format(period_cap=cap, missing=_n(missing), late=_n(late))))
        frame = pd.DataFrame(
            {
                txt.COLUMNS["period_name"]: issues["period_name"],
                txt.COLUMNS["officer_name"]: issues["officer_name"],
                txt.COLUMNS["desk_name"]: issues["desk_name"],
                txt.COLUMNS["form_status"]: [
                    txt.FORM_MISSING if s == one_stop_logic.txt.FORM_MISSING else txt.FORM_LATE
                    for s in issues["form_status"]
                ],
                txt.COLUMNS["submitted_date"]: issues["submitted_date"],
                txt.COLUMNS["due_date"]: issues["due_date"],
            }
        )
        shown, note = None, ""
        if bounds.is_long(frame):
            shown = bounds.forms_by_month(frame, txt.COLUMNS["period_name"], txt.COLUMNS["form_status"])
            note = txt.SHOWN_FORMS.format(total=_n(len(frame)))
        blocks.append(
            Table(
                "phieu_mau_01",
                txt.TAB_FORMS.format(period=period_name),
                frame,
                shown=shown,
                shown_note=note,
            )
        )
    return blocks


def _score_column(period: one_stop_logic.Period) -> str:
    return txt.COLUMNS["final_score"].format(period=txt.QUARTER_WORD if period.quarter else txt.YEAR_WORD)


def _ranked_ends(frame: pd.DataFrame, score_column: str, template: str) -> tuple[pd.DataFrame, str]:
    """Both ends of the frame's rows in order of `score_column`, ranked, and the caption's words for them."""
    ranked = bounds.with_rank(frame, score_column)
    if len(ranked) <= 2 * bounds.END_ROWS:
        return ranked, txt.SHOWN_RANKED_ONLY.format(total=_n(len(ranked)))
    return bounds.ends(ranked), template.format(count=bounds.END_ROWS, total=_n(len(ranked)))


def _officers_table(table: pd.DataFrame, caption: str, score_column: str) -> Table:
    """The officers' table; past bounds.DOCUMENT_ROWS officers the document prints the highest and the
    lowest scores of the period, ranked, and the workbook every officer."""
    if not bounds.is_long(table):
        return Table("xep_loai", caption, table)
    shown, note = _ranked_ends(table, score_column, txt.SHOWN_OFFICERS)
    return Table("xep_loai", caption, table, shown=shown, shown_note=note)


def _satisfaction_figure(by_unit: pd.DataFrame, caption: str, source: str) -> Figure:
    """The satisfied share per desk; past bounds.FIGURE_BARS desks, the highest and the lowest shares."""
    judged = by_unit.dropna(subset=["satisfied_pct"])
    if len(judged) <= bounds.FIGURE_BARS:
        return Figure("hai_long", caption, one_stop_logic.satisfaction_figure(by_unit, caption, source))
    ordered = judged.sort_values(["satisfied_pct", "unit_code"], ascending=[False, True]).reset_index(
        drop=True
    )
    ranks = ordered["satisfied_pct"].rank(method="min", ascending=False)
    names = [one_stop_logic.desk_name(u) for u in ordered["unit_name"]]
    ordered = ordered.assign(unit_name=bounds.ranked_names(pd.Series(names), ranks))
    shown = txt.SHOWN_DESKS.format(count=bounds.END_ROWS, total=_n(len(ordered)))
    figure = one_stop_logic.satisfaction_figure(bounds.ends(ordered), caption, source)
    return Figure(
        "hai_long", txt.FIGURE_SHOWN.format(caption=caption, shown=shown), _subtitled(figure, shown)
    )


def _subtitled(figure: go.Figure, shown: str) -> go.Figure:
    """The chart's title with a second, smaller line saying which rows it shows (a title that long on one
    line runs off a 900 px chart)."""
    title = figure.layout.title.text
    figure.update_layout(
        title_text=f"{title}<br><span style='font-size:12px'>{shown}</span>",
        margin_t=figure.layout.margin.t + _SUBTITLE_PX,
    )
    return figure


_SUBTITLE_PX = 22


def grades_table(grades: pd.DataFrame, period: one_stop_logic.Period, period_name: str) -> pd.DataFrame:
    """One row per officer graded in the period: the score of each month (of each quarter in a year),
    the period's score and grade, and the period's satisfaction; Vietnamese order of names."""
    rows = one_stop_logic.period_rows(grades, period)
    if period.period_type == "quarter":
        parts = one_stop_logic.month_rows(grades, period)
        part_key, part_names = (
            "month",
            {m: txt.COLUMNS["month_score"].format(month=m) for m in sorted(parts["month"].unique())},
        )
    else:
        parts = grades[(grades["period_type"] == "quarter") & (grades["year"] == period.year)]
        part_key = "quarter"
        part_names = {
            q: txt.QUARTER_COLUMN.format(roman=facts.ROMAN[int(q) - 1])
            for q in sorted(parts["quarter"].unique())
        }
    grid = parts.pivot_table(
        index="officer_code", columns=part_key, values="final_score", aggfunc="first"
    ).reindex(index=rows["officer_code"].to_numpy())
    table = pd.DataFrame(
        {
            txt.COLUMNS["officer_name"]: rows["officer_name"].to_numpy(),
            txt.COLUMNS["desk_name"]: [one_stop_logic.desk_name(u) for u in rows["unit_name"]],
        }
    )
    for key, name in part_names.items():
        table[name] = grid[key].astype(float).to_numpy() if key in grid.columns else float("nan")
    table[_score_column(period)] = rows["final_score"].astype(float).to_numpy()
    table[txt.COLUMNS["grade"]] = rows["grade"].to_numpy()
    table[txt.COLUMNS["satisfied_pct"]] = rows["satisfied_pct"].astype(float).to_numpy()
    table[txt.COLUMNS["rating_count"]] = rows["feedback_count"].astype("Int64").array
    keys = vn_sort_keys(table.iloc[:, 0].tolist())
    order = sorted(range(len(table)), key=keys.__getitem__)
    return table.iloc[order].reset_index(drop=True)


def index_year_for(year: int, *, final_only: bool, unit_group: str | None) -> int | None:
    """The CCHC index the report shows: in a quarter, the latest year up to the report's year whose
    results are all final (the year's own assessment is usually still under way); in a year's report,
    that year; otherwise the latest year with any result."""
    years = [y for y in q_overview.index_years() if y <= year]
    if not years:
        return None
    if not final_only:
        return year if year in years else years[0]
    for candidate in years:
        by_group = q_overview.index_by_group(candidate, unit_group)
        if not by_group.empty and int(by_group["provisional_count"].sum()) == 0:
            return candidate
    return years[0]


def _index(year: int, index_year: int | None, unit_group: str | None, source: str) -> list[Block]:
    if index_year is None:
        return [Heading(txt.H_INDEX.format(year=year)), Text(txt.NO_INDEX.format(year=year))]
    blocks: list[Block] = [Heading(txt.H_INDEX.format(year=index_year))]
    if index_year < year:
        current = q_overview.index_by_group(year, unit_group)
        if not current.empty:
            blocks.append(
                Text(
                    txt.INDEX_CHOSEN.format(
                        year=index_year,
                        current=year,
                        scored=_n(current["unit_count"].sum()),
                        provisional=_n(current["provisional_count"].sum()),
                    )
                )
            )
    years = q_overview.index_years()
    before = overview_logic.previous_year(years, index_year)
    groups = index_logic.ordered_groups(q_index.groups_with_index(index_year))
    if unit_group:
        groups = [g for g in groups if g == unit_group]
    weakness: list[Block] = [Heading(txt.H_WEAKNESS.format(year=index_year))]
    for unit_group_code in groups:
        name = group_label(unit_group_code)
        blocks.append(Heading(name, 2))
        ranking = q_index.ranking(index_year, unit_group_code)
        previous = q_index.ranking(before, unit_group_code) if before else None
        blocks.append(Text(_ranking_paragraph(ranking, previous, before)))
        blocks += _ranking_blocks(
            ranking,
            unit_group_code,
            txt.FIG_RANKING.format(year=index_year, group=name),
            txt.TAB_RANKING.format(year=index_year, group=name),
            source,
        )
        weakness += _weakness(index_year, unit_group_code, name, source)
    return blocks + weakness


def _ranking_blocks(
    ranking: pd.DataFrame, unit_group: str, figure_caption: str, table_caption: str, source: str
) -> list[Block]:
    """The group's ranking chart and table (ranking: best first); past bounds.FIGURE_BARS units the chart,
    and past bounds.DOCUMENT_ROWS the printed table, show the first and the last units, ranked."""
    shown = txt.SHOWN_UNITS.format(count=bounds.END_ROWS, total=_n(len(ranking)))
    if len(ranking) <= max(bounds.FIGURE_BARS, 2 * bounds.END_ROWS):
        figure = index_logic.ranking_figure(ranking, figure_caption, source)
    else:
        both = bounds.ends(ranking)
        both = both.assign(unit_name=bounds.ranked_names(both["unit_name"], both["rank_in_group"]))
        figure = _subtitled(index_logic.ranking_figure(both, figure_caption, source), shown)
        figure_caption = txt.FIGURE_SHOWN.format(caption=figure_caption, shown=shown)
    table = Table(f"xep_hang_{unit_group}", table_caption, ranking_table(ranking))
    if bounds.is_long(ranking):
        table = Table(
            table.name,
            table.caption,
            table.frame,
            shown=ranking_table(bounds.ends(ranking)),
            shown_note=shown,
        )
    return [Figure(f"xep_hang_{unit_group}", figure_caption, figure), table]


def _ranking_paragraph(ranking: pd.DataFrame, previous: pd.DataFrame | None, before: int | None) -> str:
    counts = [(ui.BAND_LABELS[c], int((ranking["classification"] == c).sum())) for c in ui.BAND_LABELS]
    earlier = (
        {ui.BAND_LABELS[c]: int((previous["classification"] == c).sum()) for c in ui.BAND_LABELS}
        if previous is not None and not previous.empty
        else None
    )
    text = facts.bands_paragraph(counts, earlier, before if earlier else None)
    best = ranking.sort_values(["index_pct", "unit_code"], ascending=[False, True]).iloc[0]
    worst = ranking.sort_values(["index_pct", "unit_code"]).iloc[0]
    mean = float(ranking["index_pct"].mean())
    change = ""
    if earlier:
        change = txt.MEAN_CHANGE.format(
            change=vn_delta(mean - float(previous["index_pct"].mean())), previous=before
        )
    text += " " + txt.MEAN_FACT.format(
        mean=vn_percent(mean),
        change=change,
        best=best["unit_name"],
        best_pct=vn_percent(best["index_pct"]),
        worst=worst["unit_name"],
        worst_pct=vn_percent(worst["index_pct"]),
    )
    moved = ranking.dropna(subset=["rank_change"])
    if not moved.empty:
        up = moved[moved["rank_change"] > 0].sort_values(
            ["rank_change", "unit_code"], ascending=[False, True]
        )
        down = moved[moved["rank_change"] < 0].sort_values(["rank_change", "unit_code"])
        text += " " + txt.MOVERS_FACT.format(
            risers=_movers(up.head(TOP_MOVERS)), fallers=_movers(down.head(TOP_MOVERS))
        )
    provisional = int(ranking["is_provisional"].sum())
    if provisional:
        text += txt.PROVISIONAL_FACT.format(count=provisional)
    return text


def _movers(frame: pd.DataFrame) -> str:
    if frame.empty:
        return txt.NONE
    return ", ".join(
        txt.MOVER.format(unit=u, change=vn_delta(c, 0))
        for u, c in zip(frame["unit_name"], frame["rank_change"], strict=True)
    )


def ranking_table(ranking: pd.DataFrame) -> pd.DataFrame:
    c = txt.COLUMNS
    return pd.DataFrame(
        {
            c["rank"]: ranking["rank_in_group"].astype("Int64").array,
            c["unit_name"]: ranking["unit_name"].to_numpy(),
            c["index_pct"]: ranking["index_pct"].astype(float).to_numpy(),
            c["classification"]: [ui.BAND_LABELS.get(b, "") for b in ranking["classification"]],
            c["previous_rank"]: ranking["previous_rank"].astype("Int64").array,
            c["rank_change"]: ranking["rank_change"].astype("Int64").array,
            c["index_change"]: ranking["index_change"].astype(float).to_numpy(),
        }
    )


def _weakness(year: int, unit_group: str, name: str, source: str) -> list[Block]:
    from dashboard.queries import weakness as q_weakness

    blocks: list[Block] = [Heading(name, 2)]
    top = q_weakness.top_criteria(year, unit_group)
    if top.empty:
        return [*blocks, Text(txt.NO_WEAKNESS.format(year=year))]
    fields = field_shares(q_weakness.field_losses(year, unit_group)).head(TOP_FIELDS)
    if not fields.empty:
        parts = [
            txt.FIELD_PART.format(stt=stt, title=title, share=vn_percent(share))
            for stt, title, share in zip(
                fields["field_stt"], fields["field_title"], fields["lost_pct"], strict=True
            )
        ]
        blocks.append(Text(txt.FIELDS_FACT.format(fields="; ".join(parts))))
    top = top.head(TOP_CRITERIA)
    first = top.iloc[0]
    offices = [criteria_logic.office_label(o) for o in top["responsible_office"]]
    blocks.append(
        Text(
            txt.WEAKNESS_FACT.format(
                criterion=f"{first['stt_text']} {first['criterion_title']}",
                lost=vn_number(first["lost_points"], 2),
                units=_n(first["losing_unit_count"]),
                total=_n(first["unit_count"]),
                office=offices[0],
            )
            + " "
            + txt.WEAKNESS_OFFICES.format(offices=", ".join(dict.fromkeys(offices)))
        )
    )
    caption = txt.FIG_WEAKNESS.format(year=year, group=name)
    blocks.append(
        Figure(
            f"tieu_chi_{unit_group}",
            caption,
            criteria_logic.top_criteria_figure(top, title=caption, source=source),
        )
    )
    c = txt.COLUMNS
    blocks.append(
        Table(
            f"tieu_chi_{unit_group}",
            txt.TAB_WEAKNESS.format(year=year, group=name),
            pd.DataFrame(
                {
                    c["criterion"]: [
                        f"{s} {t}" for s, t in zip(top["stt_text"], top["criterion_title"], strict=True)
                    ],
                    c["office"]: offices,
                    c["losing_units"]: top["losing_unit_count"].astype("Int64").array,
                    c["lost_points"]: top["lost_points"].astype(float).to_numpy(),
                    c["lost_pct"]: top["lost_pct"].astype(float).to_numpy(),
                }
            ),
        )
    )
    return blocks


def field_shares(losses: pd.DataFrame) -> pd.DataFrame:
    """Each field's points lost over all the group's units as a share of their maximum, largest first."""
    known = losses.dropna(subset=["lost_points", "max_points"])
    if known.empty:
        return pd.DataFrame(columns=["field_stt", "field_title", "lost_pct"])
    summed = known.groupby(["field_code", "field_stt", "field_title", "field_order"], as_index=False)[
        ["lost_points", "max_points"]
    ].sum()
    summed = summed[summed["max_points"] > 0]
    summed["lost_pct"] = 100 * summed["lost_points"].astype(float) / summed["max_points"].astype(float)
    ordered = summed[summed["lost_points"] > 0].sort_values(
        ["lost_pct", "field_order"], ascending=[False, True]
    )
    return ordered.reset_index(drop=True)


def _quality(
    year: int, quarter: int | None, period_name: str, index_year: int | None, unit_group: str | None
) -> list[Block]:
    blocks: list[Block] = [Heading(txt.H_QUALITY)]
    first, last = (3 * quarter - 2, 3 * quarter) if quarter else (1, 12)
    files = q_report.files_of_period(year, first, last)
    cap = facts.capitalised(period_name)
    if files.empty:
        sentence = txt.QUALITY_NO_FILES.format(period_cap=cap)
    else:
        sentence = txt.QUALITY_FACT.format(
            period_cap=cap,
            files=_n(files["file_count"].sum()),
            loaded=_n(files["loaded_count"].sum()),
            rejected=_n(files["rejected_count"].sum()),
            findings=_n(files["finding_count"].sum()),
        )
    unresolved = q_overview.unresolved_rejections()
    if unresolved:
        sentence += txt.QUALITY_UNRESOLVED.format(count=_n(unresolved))
    sheet_year = year if quarter is None else index_year
    if sheet_year:
        missing = q_overview.units_without_sheet(sheet_year, unit_group)
        if not missing.empty:
            sentence += txt.QUALITY_MISSING_SHEETS.format(count=_n(len(missing)), year=sheet_year)
    blocks.append(Text(sentence))
    if not files.empty:
        c = txt.COLUMNS
        blocks.append(
            Table(
                "tep_du_lieu",
                txt.TAB_QUALITY.format(period=period_name),
                pd.DataFrame(
                    {
                        c["kind"]: [ui.KIND_LABELS.get(k, k) for k in files["kind"]],
                        c["loaded"]: files["loaded_count"].astype("Int64").array,
                        c["rejected"]: files["rejected_count"].astype("Int64").array,
                        c["findings"]: files["finding_count"].astype("Int64").array,
                    }
                ),
            )
        )
    return blocks


def _national(year: int, province: str, source: str) -> list[Block]:
    blocks: list[Block] = [Heading(txt.H_NATIONAL)]
    indices = q_national.indices()
    if indices.empty:
        return [*blocks, Text(txt.NO_NATIONAL)]
    summary = []
    for index_name in national_logic.ordered_indices(indices["index_name"].tolist()):
        rows = q_national.index_rows(index_name)
        rows = rows[rows["year"] <= year]
        label = national_logic.index_label(index_name)
        if rows.empty:
            continue
        latest_year = int(rows["year"].max())
        mine = rows[(rows["year"] == latest_year) & rows["is_province"].astype(bool)]
        if mine.empty:
            blocks.append(
                Text(txt.NATIONAL_NOT_PROVINCE.format(index=label, year=latest_year, province=province))
            )
            continue
        row = mine.iloc[0]
        has_previous = pd.notna(row["previous_year"])
        blocks.append(
            Text(
                facts.national_sentence(
                    label,
                    latest_year,
                    province,
                    float(row["score"]),
                    int(row["computed_rank"]),
                    int(row["entity_count"]),
                    int(row["previous_year"]) if has_previous else None,
                    float(row["score_change"]) if has_previous else None,
                    int(row["rank_change"]) if has_previous and pd.notna(row["rank_change"]) else None,
                )
            )
        )
        caption = txt.FIG_NATIONAL.format(index=label, province=province)
        blocks.append(
            Figure(
                f"quoc_gia_{images.file_stem(index_name)}",
                caption,
                national_logic.score_figure(rows, row["entity_key"], index_name, source),
            )
        )
        summary.append(
            {
                txt.COLUMNS["index"]: label,
                txt.COLUMNS["year"]: latest_year,
                txt.COLUMNS["score"]: float(row["score"]),
                txt.COLUMNS["rank"]: int(row["computed_rank"]),
                txt.COLUMNS["count"]: int(row["entity_count"]),
                txt.COLUMNS["score_change"]: float(row["score_change"]) if has_previous else None,
                txt.COLUMNS["rank_change"]: int(row["rank_change"])
                if has_previous and pd.notna(row["rank_change"])
                else None,
            }
        )
    if summary:
        blocks.append(Table("quoc_gia", txt.TAB_NATIONAL.format(province=province), pd.DataFrame(summary)))
    return blocks


def _heads(year: int, unit_group: str | None) -> list[Block]:
    """Annual packs only: the heads' completion levels of the year (QĐ 01/2023; docs/heads.md)."""
    levels = q_heads.head_levels(year)
    blocks: list[Block] = [Heading(heads_text.REPORT_HEADING)]
    found = heads_logic.summary(levels, unit_group)
    blocks += [Text(sentence) for sentence in heads_logic.summary_sentences(found, year)]
    if found is None:
        return blocks
    units = heads_logic.unit_rows(levels, unit_group)
    columns = {
        "unit_name": txt.COLUMNS["unit_name"],
        "overall_text": heads_text.COLUMNS["overall_text"],
        "indices_text": heads_text.COLUMNS["indices_text"],
        "deadline_text": heads_text.COLUMNS["deadline_text"],
        "reason_text": heads_text.COLUMNS["reason_text"],
    }
    frame = units[list(columns)].rename(columns=columns)
    blocks.append(Table("nguoi_dung_dau", heads_text.REPORT_TABLE.format(year=year), frame))
    return blocks


def _n(value: object) -> str:
    return vn_number(int(value))


# --- Writing the files ---------------------------------------------------------------------------------
def write(
    pack: Pack, folder: Path, *, progress: Progress | None = None, issued: dt.date | None = None
) -> PackFiles:
    """The .docx, the .xlsx and the chart images of a pack, written into `folder` (created)."""
    started = time.perf_counter()
    report = progress or (lambda _fraction, _message: None)
    folder.mkdir(parents=True, exist_ok=True)
    image_folder = folder / "bieu_do"
    image_folder.mkdir(exist_ok=True)
    note = images.unavailable_reason()
    pngs: dict[str, bytes | None] = {}
    written: list[Path] = []
    figures = pack.figures
    # The workbook (all Python) is written by a second thread while this one mostly waits for Chromium to
    # draw the charts; progress is reported from this thread only (a page's widgets belong to it).
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="report-xlsx") as pool:
        book = pool.submit(workbook, pack)
        missing = _draw(figures, image_folder, pngs, written, note, report)
        report(0.85, txt.STEP_FILES)
        docx_path = folder / f"{pack.file_stem}.docx"
        _document(pack, pngs, issued or dt.date.today(), missing).save(docx_path)
        xlsx_path = folder / f"{pack.file_stem}.xlsx"
        xlsx_path.write_bytes(book.result())
    report(1.0, txt.STEP_DONE)
    # What the page and the command say when images are missing: the first reason.
    note = next(iter(missing.values()), None)
    return PackFiles(folder, docx_path, xlsx_path, written, note, time.perf_counter() - started)


def _draw(
    figures: list[Figure],
    image_folder: Path,
    pngs: dict[str, bytes | None],
    written: list[Path],
    note: str | None,
    report: Progress,
) -> dict[str, str]:
    """Every figure as PNG and SVG in `image_folder` (PNGs kept in `pngs` for the document); for each
    figure without images, why. A figure that fails to draw leaves the others drawn; after
    _GIVE_UP_AFTER failures in a row (Chromium hanging, each costing a time-out) the rest are not tried."""
    missing: dict[str, str] = {}
    failures = 0
    for number, figure in enumerate(figures, start=1):
        report(
            0.1 + 0.7 * (number - 1) / max(len(figures), 1),
            txt.STEP_CHARTS.format(n=number, total=len(figures)),
        )
        stem = f"hinh_{number:02d}_{figure.name}"
        if note or failures >= _GIVE_UP_AFTER:
            pngs[figure.name] = None
            missing[figure.name] = note or next(reversed(missing.values()))
            continue
        try:
            png = images.render(figure.fig, "png", width=FIGURE_WIDTH_PX)
            svg = images.render(figure.fig, "svg", width=FIGURE_WIDTH_PX)
        except images.RenderUnavailable as exc:
            pngs[figure.name], missing[figure.name] = None, str(exc)
            failures += 1
            continue
        failures = 0
        pngs[figure.name] = png
        for suffix, data in ((".png", png), (".svg", svg)):
            path = image_folder / f"{stem}{suffix}"
            path.write_bytes(data)
            written.append(path)
    return missing


# Charts that failed to draw one after another before the pack stops trying the rest.
_GIVE_UP_AFTER = 2


def _document(
    pack: Pack, pngs: dict[str, bytes | None], issued: dt.date, missing: dict[str, str]
) -> ReportDocument:
    letterhead = Letterhead(
        issuer_parent=txt.ISSUER_PARENT.format(province=pack.province.upper()),
        issuer=txt.ISSUER,
        number_line=txt.NUMBER_LINE,
        place=pack.province,
        issued=issued,
    )
    document = ReportDocument(letterhead, txt.TITLE, pack.subtitle)
    tables = 0
    for block in pack.blocks:
        if isinstance(block, Heading):
            document.heading(block.text, block.level)
        elif isinstance(block, Text):
            document.paragraph(block.text)
        elif isinstance(block, Figure):
            document.figure(pngs.get(block.name), block.caption, note=missing.get(block.name))
        else:
            # The workbook's sheets are numbered as the report's tables, so the caption can name the sheet.
            tables += 1
            printed = block.printed
            caption = (
                block.caption
                if block.shown is None
                else txt.TABLE_SHOWN.format(caption=block.caption, shown=block.shown_note, n=tables)
            )
            document.table(
                printed,
                caption,
                decimals=block.decimals,
                widths_cm={name: width for name, width in _WIDTHS.items() if name in printed.columns},
                plain_columns=[name for name in _PLAIN if name in printed.columns],
                note=txt.SOURCE_NOTE.format(updated=pack.updated),
            )
    document.signature(list(txt.RECIPIENTS), txt.SIGNER)
    return document


def workbook(pack: Pack) -> bytes:
    """Every table of the pack, one sheet each, named "Bảng n" and titled with its caption as in the
    report."""
    from reports.tables import xlsx_bytes

    sheets = [(txt.SHEET_NAME.format(n=n), t.frame) for n, t in enumerate(pack.tables, start=1)]
    titles = [txt.SHEET_TITLE.format(n=n, caption=t.caption) for n, t in enumerate(pack.tables, start=1)]
    return xlsx_bytes(sheets, titles=titles, subtitle=txt.SOURCE_NOTE.format(updated=pack.updated))


@dataclass(frozen=True)
class Download:
    """A pack made for the page's download button."""

    file_name: str
    data: bytes
    figures: int
    tables: int
    seconds: float
    image_note: str | None


def make_download(
    year: int, quarter: int | None, unit_group: str | None, *, progress: Progress | None = None
) -> Download:
    """Build and write a pack in a scratch folder and zip it, for the overview page's button."""
    import tempfile

    report = progress or (lambda _fraction, _message: None)
    report(0.0, txt.STEP_DATA)
    images.warm_up()
    content = build(year, quarter, unit_group)
    with tempfile.TemporaryDirectory(prefix="bao_cao_") as scratch:
        files = write(content, Path(scratch) / content.file_stem, progress=progress)
        data = zip_bytes(files)
    return Download(
        file_name=f"{content.file_stem}.zip",
        data=data,
        figures=len(content.figures),
        tables=len(content.tables),
        seconds=files.seconds,
        image_note=files.image_note,
    )


def zip_bytes(files: PackFiles) -> bytes:
    """The pack as one .zip for the page's download button."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(files.folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(files.folder).as_posix())
    return buffer.getvalue()
