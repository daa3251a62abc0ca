"""What the index pages show, computed from query results without Streamlit: the ranking table and its
summary, rank-change arrows, the trend table with "quy đổi" and "tạm tính" marks, the events on the time
axis (framework versions, the reorganisation of units) and the figures of both pages."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
from pandas.io.formats.style import Styler

from dashboard import charts
from dashboard.format import vn_date, vn_delta, vn_number, vn_points, vn_sort_key
from labels import page_index as text
from labels import ui

# Bands whose colour is dark enough to need white text in a table cell.
_DARK_BANDS = {"xuat_sac", "tot", "yeu"}
# A field title longer than this is cut on the heatmap's axis (the full title is in the hover).
_FIELD_TITLE_CHARS = 48
# Units' lines use the palette after its first colour, which the group's mean and bands use.
_UNIT_COLOURS = charts.PALETTE[1:]


def _missing(value: object) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def ordered_groups(groups: list[str]) -> list[str]:
    """Group codes in the order the sidebar lists them (unknown codes last, alphabetically)."""
    known = [code for code in ui.GROUP_LABELS if code in groups]
    return known + sorted(code for code in groups if code not in ui.GROUP_LABELS)


def of_measure(frame: pd.DataFrame, field_code: str | None) -> pd.DataFrame:
    """The rows of the index (field_code None) or of one field from a frame holding both."""
    rows = frame["field_code"].isna() if field_code is None else frame["field_code"] == field_code
    return frame[rows].reset_index(drop=True)


def field_values(frame: pd.DataFrame, unit_code: str | None = None) -> pd.DataFrame:
    """Year × field percentages for the heatmap: one unit's (from the trend frame) or, without a unit, the
    group's mean (from the spread frame)."""
    rows = frame[frame["field_code"].notna()]
    if unit_code is not None:
        return rows[rows["unit_code"] == unit_code].reset_index(drop=True)
    return rows.rename(columns={"mean_pct": "value_pct"}).reset_index(drop=True)


def pick_year(wanted: int | None, available: list[int]) -> int | None:
    """The year to show: the one asked for if it has results, else the newest year before it with
    results, else the newest year of all (None when nothing is available)."""
    if not available:
        return None
    if wanted in available:
        return wanted
    earlier = [year for year in available if wanted is not None and year < wanted]
    return max(earlier) if earlier else max(available)


# --- Ranking -----------------------------------------------------------------------------------------


def rank_change_label(rank_change: float | None, is_new: bool) -> str:
    """↑2 (climbed two places), ↓1 (fell one), – (same rank), "mới" (no rank last year)."""
    if is_new or _missing(rank_change):
        return text.RANK_NEW
    change = int(rank_change)
    if change > 0:
        return text.RANK_UP.format(n=change)
    if change < 0:
        return text.RANK_DOWN.format(n=-change)
    return text.RANK_SAME


def index_label(value: float | None, *, is_provisional: bool = False, is_converted: bool = False) -> str:
    """ "87,45", "87,45 (tạm tính)" or "79,00 (quy đổi)"; empty when there is no value."""
    if _missing(value):
        return ""
    shown = vn_number(float(value), 2)
    notes = [note for note, on in ((text.CONVERTED, is_converted), (text.PROVISIONAL, is_provisional)) if on]
    return text.VALUE_WITH_NOTE.format(value=shown, note=", ".join(notes)) if notes else shown


def _signed_points(value: float | None) -> str:
    if _missing(value):
        return ""
    if value == 0:
        return "0"
    sign = "+" if value > 0 else "−"
    return f"{sign}{vn_points(abs(float(value)))}"


def in_rank_order(frame: pd.DataFrame) -> pd.DataFrame:
    """Best first; units sharing a rank in Vietnamese alphabetical order of their names."""
    order = sorted(
        range(len(frame)),
        key=lambda i: (frame["rank_in_group"].iloc[i], vn_sort_key(frame["unit_name"].iloc[i])),
    )
    return frame.iloc[order].reset_index(drop=True)


def ranking_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The ranking as shown: Vietnamese headers, figures with decimal commas, rank changes as arrows,
    provisional indices and converted previous indices marked. Rows in the order of `frame`."""
    previous = [
        index_label(own, is_converted=False)
        if not _missing(own)
        else index_label(converted, is_converted=True)
        for own, converted in zip(frame["previous_index_pct"], frame["predecessor_index_pct"], strict=True)
    ]
    shown = pd.DataFrame(
        {
            "rank_in_group": frame["rank_in_group"].map(lambda r: str(int(r))),
            "rank_change": [
                rank_change_label(change, bool(new))
                for change, new in zip(frame["rank_change"], frame["is_new"], strict=True)
            ],
            "unit_name": frame["unit_name"],
            "index_pct": [
                index_label(value, is_provisional=bool(provisional))
                for value, provisional in zip(frame["index_pct"], frame["is_provisional"], strict=True)
            ],
            "classification": frame["classification"].map(lambda c: ui.BAND_LABELS.get(c, text.NO_BAND)),
            "previous_index_pct": previous,
            "index_change": frame["index_change"].map(lambda v: vn_delta(v, 2) or ""),
            "self_points": frame["self_points"].map(vn_points),
            "appraised_points": frame["appraised_points"].map(
                lambda v: text.NOT_APPRAISED if _missing(v) else vn_points(v)
            ),
            "self_minus_appraised_points": frame["self_minus_appraised_points"].map(_signed_points),
            "survey_points": frame["survey_points"].map(vn_points),
        }
    )
    return shown.rename(columns=text.COLUMNS)


def _band_style(label: str) -> str:
    code = next((code for code, name in ui.BAND_LABELS.items() if name == label), None)
    if code is None:
        return ""
    colour = "white" if code in _DARK_BANDS else "black"
    return f"background-color: {charts.BAND_COLOURS[code]}; color: {colour}"


def band_coloured(shown: pd.DataFrame) -> Styler:
    """The ranking table with each classification cell in its band's colour."""
    return shown.style.map(_band_style, subset=[text.COLUMNS["classification"]])


@dataclass(frozen=True)
class RankingSummary:
    unit_count: int
    mean_pct: float | None
    climbed_count: int
    fell_count: int
    new_count: int
    provisional_count: int


def ranking_summary(frame: pd.DataFrame) -> RankingSummary:
    """Counts above the ranking table: units ranked, their mean index, who climbed, fell, is new."""
    changes = frame["rank_change"].dropna()
    return RankingSummary(
        unit_count=len(frame),
        mean_pct=round(float(frame["index_pct"].mean()), 2) if len(frame) else None,
        climbed_count=int((changes > 0).sum()),
        fell_count=int((changes < 0).sum()),
        new_count=int(frame["is_new"].sum()),
        provisional_count=int(frame["is_provisional"].sum()),
    )


def band_counts(frame: pd.DataFrame) -> list[tuple[str, int]]:
    """(band name, number of units) from best to worst band, bands without units left out."""
    counts = frame["classification"].value_counts()
    return [(ui.BAND_LABELS[code], int(counts[code])) for code in ui.BAND_LABELS if code in counts]


def _bar_labels(frame: pd.DataFrame) -> list[str]:
    """Unit names for the bar chart's axis: "(tạm tính)" added where provisional, the code added where two
    units share a name (the axis merges equal categories)."""
    names = frame["unit_name"].tolist()
    labels = []
    for name, code, provisional in zip(names, frame["unit_code"], frame["is_provisional"], strict=True):
        label = f"{name} [{code}]" if names.count(name) > 1 else name
        labels.append(
            text.VALUE_WITH_NOTE.format(value=label, note=text.PROVISIONAL) if provisional else label
        )
    return labels


def ranking_figure(frame: pd.DataFrame, title: str, source: str) -> go.Figure:
    """Horizontal bars of the index, best at the top, coloured by classification; provisional bars are
    hatched and say so in their label."""
    labels = _bar_labels(frame)
    fig = go.Figure()
    bands = [*ui.BAND_LABELS, None]
    for band in bands:
        in_band = [
            i for i, c in enumerate(frame["classification"]) if (c == band) or (band is None and _missing(c))
        ]
        # Plain and hatched (provisional) bars of a band are two traces of one legend entry, so the
        # legend's swatch is plain whichever bar comes first.
        parts = [
            [i for i in in_band if not frame["is_provisional"].iloc[i]],
            [i for i in in_band if frame["is_provisional"].iloc[i]],
        ]
        for number, rows in enumerate(parts):
            if not rows:
                continue
            part = frame.iloc[rows]
            fig.add_trace(
                go.Bar(
                    x=part["index_pct"],
                    y=[labels[i] for i in rows],
                    orientation="h",
                    name=ui.BAND_LABELS.get(band, text.NO_BAND) if band else text.NO_BAND,
                    legendgroup=str(band),
                    showlegend=number == 0 or not parts[0],
                    marker={
                        "color": charts.BAND_COLOURS.get(band, charts.NEUTRAL) if band else charts.NEUTRAL,
                        "pattern": {"shape": "/" if number else "", "fgcolor": "white"},
                    },
                    text=[vn_number(v, 2) for v in part["index_pct"]],
                    textposition="outside",
                    cliponaxis=False,
                    customdata=[
                        [int(r), rank_change_label(c, bool(n))]
                        for r, c, n in zip(
                            part["rank_in_group"], part["rank_change"], part["is_new"], strict=True
                        )
                    ],
                    hovertemplate=text.BAR_HOVER,
                )
            )
    fig.update_layout(barmode="overlay", bargap=0.25)
    fig.update_yaxes(
        categoryorder="array", categoryarray=labels, autorange="reversed", title=None, automargin=True
    )
    # No axis title: the chart's title names the index, and a title here would crowd the source line.
    fig.update_xaxes(range=[0, 108], dtick=10, ticksuffix="%")
    return charts.styled(fig, title, source, height=max(320, 26 * len(frame) + 170))


# --- Trend -------------------------------------------------------------------------------------------


def decision_short(legal_basis: str | None) -> str:
    """ "Quyết định số 2281/QĐ-UBND ngày 21/11/2021 …" → "QĐ 2281/QĐ-UBND"."""
    if not legal_basis:
        return text.DECISION_FALLBACK
    found = re.search(r"(\d+/[\w\-Đđ]+)", legal_basis)
    return f"QĐ {found.group(1)}" if found else legal_basis[:30]


def framework_changes(versions: pd.DataFrame) -> list[tuple[int, str]]:
    """(first year, short decision) of each framework that replaced an earlier one in the group."""
    ordered = versions.sort_values("from_year")
    changes = []
    for previous, current in zip(ordered.iloc[:-1].itertuples(), ordered.iloc[1:].itertuples(), strict=True):
        if current.from_year > previous.from_year:
            changes.append((int(current.from_year), decision_short(current.legal_basis)))
    return changes


@dataclass(frozen=True)
class Reorganisation:
    year: int
    start_date: dt.date
    ended_count: int
    successor_count: int


def reorganisations(endings: pd.DataFrame, first_year: int, last_year: int) -> list[Reorganisation]:
    """Dates from which units of the group ended (merged into successors or dissolved) within the years
    shown; the day after a unit's last valid day is when the new organisation starts."""
    events = []
    for row in endings.itertuples():
        ended = pd.Timestamp(row.valid_to_date).date()
        start = ended + dt.timedelta(days=1)
        if first_year <= start.year <= last_year:
            events.append(Reorganisation(start.year, start, int(row.ended_count), int(row.successor_count)))
    return events


def unit_options(results: pd.DataFrame) -> dict[str, str]:
    """Unit code → name for the unit picker, in Vietnamese order; an ended unit says until when."""
    units = results.drop_duplicates("unit_code")
    units = units.iloc[sorted(range(len(units)), key=lambda i: vn_sort_key(units["unit_name"].iloc[i]))]
    options = {}
    for row in units.itertuples():
        ended = row.valid_to_date
        options[row.unit_code] = (
            row.unit_name
            if _missing(ended)
            else text.UNIT_ENDED.format(name=row.unit_name, date=vn_date(pd.Timestamp(ended).date()))
        )
    return options


@dataclass(frozen=True)
class YearSummary:
    year: int
    previous_year: int | None
    mean_pct: float
    mean_change: float | None
    min_pct: float
    median_pct: float
    max_pct: float
    unit_count: int
    provisional_count: int
    converted_count: int


def year_summary(spread: pd.DataFrame, year: int) -> YearSummary | None:
    """The group's figures in `year` and the change of its mean since the year before (if it has one)."""
    this = spread[spread["year"] == year]
    if this.empty:
        return None
    row = this.iloc[0]
    before = spread[spread["year"] == year - 1]
    previous_mean = None if before.empty else float(before.iloc[0]["mean_pct"])
    return YearSummary(
        year=year,
        previous_year=None if before.empty else year - 1,
        mean_pct=float(row["mean_pct"]),
        mean_change=None if previous_mean is None else round(float(row["mean_pct"]) - previous_mean, 2),
        min_pct=float(row["min_pct"]),
        median_pct=float(row["median_pct"]),
        max_pct=float(row["max_pct"]),
        unit_count=int(row["unit_count"]),
        provisional_count=int(row["provisional_count"]),
        converted_count=int(row["converted_count"]),
    )


def _point_note(row: pd.Series) -> str:
    if row["is_converted"]:
        return text.HOVER_CONVERTED.format(
            count=int(row["source_unit_count"]), names=row["source_unit_names"]
        )
    if row["is_provisional"]:
        return text.HOVER_PROVISIONAL
    return text.HOVER_OWN


def _point_symbol(row: pd.Series) -> str:
    if row["is_converted"]:
        return "circle-open"
    return "diamond" if row["is_provisional"] else "circle"


def trend_figure(
    spread: pd.DataFrame,
    units: pd.DataFrame,
    names: dict[str, str],
    *,
    changes: list[tuple[int, str]],
    events: list[Reorganisation],
    y_title: str,
    title: str,
    source: str,
) -> go.Figure:
    """The group's mean with its min–max and quartile bands over the years, the chosen units' lines on
    top (open markers where converted, diamonds where provisional), framework changes as dotted lines and
    reorganisations as a shaded year."""
    fig = go.Figure()
    years = spread["year"].tolist()
    _add_band(fig, years, spread["max_pct"], spread["min_pct"], 0.10, text.TRACE_RANGE)
    _add_band(fig, years, spread["q3_pct"], spread["q1_pct"], 0.22, text.TRACE_QUARTILES)
    alone = units.empty
    fig.add_trace(
        go.Scatter(
            x=years,
            y=spread["mean_pct"],
            mode="lines+markers+text" if alone else "lines",
            name=text.TRACE_MEAN,
            line={
                "color": charts.PALETTE[0] if alone else charts.NEUTRAL,
                "width": 3 if alone else 2,
                "dash": "solid" if alone else "dash",
            },
            text=[vn_number(v, 2) for v in spread["mean_pct"]] if alone else None,
            textposition="top center",
            customdata=spread[["min_pct", "max_pct"]].to_numpy(),
            hovertemplate=text.HOVER_MEAN,
        )
    )
    for number, (code, rows) in enumerate(units.groupby("unit_code", sort=False)):
        rows = rows.sort_values("year")
        fig.add_trace(
            go.Scatter(
                x=rows["year"],
                y=rows["value_pct"],
                mode="lines+markers",
                name=names.get(code, code),
                line={"color": _UNIT_COLOURS[number % len(_UNIT_COLOURS)], "width": 2.5},
                marker={
                    "size": 9,
                    "symbol": [_point_symbol(r) for _, r in rows.iterrows()],
                    "line": {"width": 2},
                },
                customdata=[_point_note(r) for _, r in rows.iterrows()],
                hovertemplate=text.HOVER_UNIT,
            )
        )
    for flag, symbol, name in (
        ("is_converted", "circle-open", text.TRACE_CONVERTED),
        ("is_provisional", "diamond", text.TRACE_PROVISIONAL),
    ):
        if not units.empty and units[flag].any():
            fig.add_trace(
                go.Scatter(
                    x=[None],
                    y=[None],
                    mode="markers",
                    name=name,
                    marker={"symbol": symbol, "size": 9, "color": charts.NEUTRAL},
                )
            )
    for year, decision in changes:
        fig.add_vline(x=year - 0.5, line={"dash": "dot", "color": charts.NEUTRAL, "width": 1})
        fig.add_annotation(
            x=year - 0.5,
            y=1,
            yref="paper",
            text=text.FRAMEWORK_CHANGE.format(year=year, decision=decision),
            showarrow=False,
            xanchor="left",
            yanchor="top",
            align="left",
            xshift=4,
            font={"size": 10, "color": charts.NEUTRAL},
        )
    for event in events:
        fig.add_vrect(
            x0=event.year - 0.5,
            x1=event.year + 0.5,
            fillcolor=charts.NEUTRAL,
            opacity=0.12,
            line_width=0,
            layer="below",
        )
        label = (
            text.REORGANISATION.format(
                date=vn_date(event.start_date), ended=event.ended_count, successors=event.successor_count
            )
            if event.successor_count
            else text.REORGANISATION_DISSOLVED.format(date=vn_date(event.start_date), ended=event.ended_count)
        )
        fig.add_annotation(
            x=event.year + 0.5,
            y=0,
            yref="paper",
            text=label,
            showarrow=False,
            xanchor="right",
            yanchor="bottom",
            align="right",
            xshift=-4,
            yshift=4,
            font={"size": 10, "color": charts.NEUTRAL},
        )
    first, last = (min(years), max(years)) if years else (0, 1)
    fig.update_xaxes(title=text.AXIS_YEAR, tickformat="d", dtick=1, range=[first - 0.6, last + 0.6])
    fig.update_yaxes(title=y_title)
    fig = charts.styled(fig, title, source, height=520)
    if not units.empty:
        # With units' names the legend runs to several rows; above the plot it would cover the title.
        fig.update_layout(legend={"orientation": "v", "x": 1.01, "xanchor": "left", "y": 1, "yanchor": "top"})
    return fig


def field_label(code: str, title: str | None) -> str:
    """ "LV3. Cải cách thủ tục hành chính", cut to fit an axis."""
    title = title or ""
    if len(title) > _FIELD_TITLE_CHARS:
        title = title[: _FIELD_TITLE_CHARS - 1].rstrip() + "…"
    return text.FIELD_SHORT.format(code=code, title=title)


def fields_figure(values: pd.DataFrame, fields: pd.DataFrame, title: str, source: str) -> go.Figure:
    """A heatmap of fields × years, each cell the percentage of the field's points reached."""
    codes = fields["field_code"].tolist()
    labels = [field_label(code, t) for code, t in zip(codes, fields["field_title"], strict=True)]
    years = sorted(values["year"].unique().tolist())
    grid = values.pivot_table(index="field_code", columns="year", values="value_pct", aggfunc="first")
    grid = grid.reindex(index=codes, columns=years)
    z = [[None if math.isnan(v) else v for v in row] for row in grid.to_numpy(dtype=float)]
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=years,
            y=labels,
            colorscale="Blues",
            zmin=40,
            zmax=100,
            texttemplate="%{z:.1f}",
            hovertemplate=text.FIELDS_HOVER,
            colorbar={"title": "%", "thickness": 12},
        )
    )
    fig.update_xaxes(tickformat="d", dtick=1, side="bottom")
    fig.update_yaxes(autorange="reversed", automargin=True)
    return charts.styled(fig, title, source, height=120 + 42 * len(codes))


def trend_table(results: pd.DataFrame, names: dict[str, str]) -> tuple[pd.DataFrame, pd.Series]:
    """Units × years with each cell marked "quy đổi" or "tạm tính" where it applies; units in the order
    of `names`. Returns the table and the unit code of each row."""
    years = sorted(results["year"].unique().tolist())
    cells: dict[str, dict[int, str]] = {code: {} for code in names}
    for row in results.itertuples():
        if row.unit_code in cells:
            cells[row.unit_code][row.year] = index_label(
                row.value_pct, is_provisional=bool(row.is_provisional), is_converted=bool(row.is_converted)
            )
    codes = [code for code in names if cells[code]]
    table = pd.DataFrame(
        {text.TABLE_UNIT: [names[code] for code in codes]}
        | {str(year): [cells[code].get(year, "") for code in codes] for year in years}
    )
    return table, pd.Series(codes, dtype=object)


def _add_band(
    fig: go.Figure, years: list, upper: pd.Series, lower: pd.Series, alpha: float, name: str
) -> None:
    """A shaded band between two lines of the group's spread (the upper line drawn first, unseen)."""
    fig.add_trace(
        go.Scatter(x=years, y=upper, mode="lines", line={"width": 0}, hoverinfo="skip", showlegend=False)
    )
    fig.add_trace(
        go.Scatter(
            x=years,
            y=lower,
            mode="lines",
            line={"width": 0},
            fill="tonexty",
            fillcolor=f"rgba(0, 114, 178, {alpha:.2f})",
            name=name,
            hoverinfo="skip",
        )
    )
