"""Pure helpers of the weakness and unit pages: readable labels for units and fields, the order of units,
tables prepared for display, rank changes over the years, and the figures. No Streamlit here: tested
directly in tests/unit/test_criteria_logic.py."""

from __future__ import annotations

import re
from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go

from dashboard import charts
from dashboard.format import vn_date, vn_number, vn_points, vn_sort_key, vn_sort_keys
from labels import page_criteria as text
from labels import page_unit as unit_text
from labels import ui
from reports.tables import csv_bytes, export_frame, xlsx_bytes

# A heatmap row is 24 px high: past 50 units the figure is taller than three screens and its rows can no
# longer be told apart, so a larger group (a national commune group has ~3,300) draws the 50 units losing
# most and leaves the rest to the files; every province's group in the demo (44 communes at most) is whole.
HEATMAP_UNITS_SHOWN = 50
# The columns of the heatmap's files: one row per unit and field (or criterion), with names.
FIELD_CELL_COLUMNS = [
    "unit_code",
    "unit_name",
    "field_stt",
    "field_title",
    "max_points",
    "lost_points",
    "lost_pct",
]
CRITERION_CELL_COLUMNS = [
    "unit_code",
    "unit_name",
    "stt_text",
    "criterion_title",
    "max_points",
    "lost_points",
    "lost_pct",
]
FILE_TYPES = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "csv": "text/csv"}

# "UBND xã Tô Hiệu", "Ủy ban nhân dân huyện Chi Lăng": the prefix every name of the group repeats.
_COMMITTEE_PREFIX = re.compile(r"^\s*(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+", re.IGNORECASE)


def short_unit_name(name: str | None) -> str:
    """ "UBND xã Tô Hiệu" → "Xã Tô Hiệu": the committee prefix is noise on an axis of one group."""
    if name is None or (isinstance(name, float) and pd.isna(name)):
        return ""
    short = _COMMITTEE_PREFIX.sub("", str(name)).strip()
    return short[:1].upper() + short[1:] if short else str(name)


def unit_labels(units: pd.DataFrame) -> pd.Series:
    """Short names indexed by unit code, made unique with the code where two units share a name (a plotly
    axis would merge their rows)."""
    short = units["unit_name"].map(short_unit_name)
    repeated = short.duplicated(keep=False)
    labels = short.where(~repeated, short + " (" + units["unit_code"].astype(str) + ")")
    return pd.Series(labels.to_numpy(), index=units["unit_code"].to_numpy())


def wrap_label(label: str, width: int = 18, lines: int = 2) -> str:
    """Break a label into at most `lines` lines of about `width` characters (plotly's <br>), ending with
    "…" when words are left over."""
    rows: list[str] = []
    current = ""
    for word in str(label).split():
        if current and len(current) + 1 + len(word) > width:
            rows.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        rows.append(current)
    if len(rows) > lines:
        rows = rows[:lines]
        rows[-1] += "…"
    return "<br>".join(rows)


def field_label(stt_text: str | None, title: str | None, width: int = 12, lines: int = 3) -> str:
    """ "VII. Xây dựng và phát triển<br>chính quyền điện tử…": the field's number and a short title."""
    prefix = f"{stt_text}. " if stt_text else ""
    return wrap_label(f"{prefix}{title or ''}", width=width, lines=lines)


def office_label(office: object) -> str:
    if office is None or (isinstance(office, float) and pd.isna(office)) or not str(office).strip():
        return text.OFFICE_UNKNOWN
    return str(office)


def unit_order(units: pd.DataFrame, by: str) -> list[str]:
    """Unit codes in Vietnamese order of their short names ("name") or by index, highest first, ties by
    name ("index"); units without an index come last."""
    # Plain lists, not a lookup in the frame per comparison: a national group sorts ~3,300 units.
    names = vn_sort_keys([short_unit_name(n) for n in units["unit_name"]])
    codes = units["unit_code"].tolist()
    if by == "index":
        lowered = [float("inf") if is_missing(v) else -float(v) for v in units["index_pct"]]
        rows = sorted(range(len(codes)), key=lambda i: (lowered[i], names[i]))
    else:
        rows = sorted(range(len(codes)), key=lambda i: names[i])
    return [codes[i] for i in rows]


def ordered_units(units: pd.DataFrame, by: str) -> pd.DataFrame:
    """The heatmap's rows: units in the chosen order with their short, unique axis label."""
    ordered = units.set_index("unit_code").loc[unit_order(units, by)].reset_index()
    return ordered.assign(label=ordered["unit_code"].map(unit_labels(units)))


def field_columns(field_cells: pd.DataFrame) -> pd.DataFrame:
    """The heatmap's field columns (key, label, title) in the order of the framework. Eight fields share a
    page's width beside the units' names: labels of four short lines keep neighbours from overlapping."""
    fields = field_cells.drop_duplicates("field_code").sort_values("field_order", ignore_index=True)
    return pd.DataFrame(
        {
            "key": fields["field_code"],
            "label": [
                field_label(s, t, width=9, lines=4)
                for s, t in zip(fields["field_stt"], fields["field_title"], strict=True)
            ],
            "title": fields["field_title"],
        }
    )


def criterion_columns(criterion_cells: pd.DataFrame) -> pd.DataFrame:
    """The heatmap's criterion columns, labelled with their number in the framework, in its order."""
    criteria = criterion_cells.drop_duplicates("criterion_code").sort_values("sort_order", ignore_index=True)
    return pd.DataFrame(
        {
            "key": criteria["criterion_code"],
            "label": criteria["stt_text"],
            "title": criteria["criterion_title"],
        }
    )


def heatmap_rows(
    ordered: pd.DataFrame, cells: pd.DataFrame, limit: int = HEATMAP_UNITS_SHOWN
) -> pd.DataFrame:
    """The heatmap's rows in the chosen order: every unit of a group of at most `limit` units (one without
    a cell shows blank), else the units `cells` holds (the query kept the `limit` losing most)."""
    if len(ordered) <= limit:
        return ordered
    return ordered[ordered["unit_code"].isin(cells["unit_code"])].reset_index(drop=True)


def heatmap_cut_text(shown: int, total: int, field_name: str | None) -> str | None:
    """What the heatmap leaves out, for its caption (None when it draws the whole group)."""
    if shown >= total:
        return None
    scope = text.CUT_SCOPE_FIELD.format(field=field_name) if field_name else text.CUT_SCOPE_ALL
    return text.HEATMAP_CUT.format(shown=vn_number(shown), total=vn_number(total), scope=scope)


def heatmap_title(title: str, shown: int, total: int) -> str:
    """The heatmap's title, naming the cut on a second line when it leaves units out (a downloaded image
    travels without the caption)."""
    if shown >= total:
        return title
    return f"{title}<br>{text.HEATMAP_TITLE_CUT.format(shown=vn_number(shown), total=vn_number(total))}"


def criterion_cell_table(cells: pd.DataFrame, units: pd.DataFrame, criteria: pd.DataFrame) -> pd.DataFrame:
    """Unit × criterion cells (`criterion_losses`) with the unit's name and the criterion's number and
    title (`units`: unit_code, unit_name; `criteria`: `lost_criteria`), in the cells' order."""
    names = pd.Series(units["unit_name"].to_numpy(), index=units["unit_code"].to_numpy())
    known = criteria.drop_duplicates("criterion_code").set_index("criterion_code")
    return cells.assign(
        unit_name=cells["unit_code"].map(names),
        stt_text=cells["criterion_code"].map(known["stt_text"]),
        criterion_title=cells["criterion_code"].map(known["criterion_title"]),
    )


def deferred_files(
    fetch: Callable[[], pd.DataFrame], columns: list[str], labels: dict[str, str], title: str
) -> dict[str, Callable[[], bytes]]:
    """Excel and CSV files of the frame `fetch` returns, each built only when called: a whole national
    group's cells (~270,000) are queried only when someone asks for the file."""

    def typed() -> pd.DataFrame:
        return export_frame(fetch(), columns, labels)

    return {
        "xlsx": lambda: xlsx_bytes([(title, typed())], title=title),
        "csv": lambda: csv_bytes(typed()),
    }


def loss_heatmap(
    cells: pd.DataFrame,
    units: pd.DataFrame,
    columns: pd.DataFrame,
    *,
    title: str,
    source: str,
    hover: str,
    x_title: str,
    show_values: bool,
) -> go.Figure:
    """Units (rows, in the order of `units`: unit_code, label, unit_name) × columns (`columns`: key, label,
    title) of the share of the maximum lost. `cells` holds unit_code, key, lost_pct, lost_points and
    max_points; a unit without a cell (criterion not applicable) shows blank."""
    unit_codes = units["unit_code"].tolist()
    keys = columns["key"].tolist()
    indexed = cells.set_index(["unit_code", "key"])

    def matrix(column: str) -> pd.DataFrame:
        return indexed[column].unstack("key").reindex(index=unit_codes, columns=keys)

    pct = matrix("lost_pct")
    lost = matrix("lost_points")
    maximum = matrix("max_points")
    names = units["unit_name"].tolist()
    titles = columns["title"].tolist()
    # Texts made from whole rows of numbers: a criterion heatmap has thousands of cells.
    lost_text = [[vn_points(v) for v in row] for row in lost.to_numpy(dtype=float)]
    max_text = [[vn_points(v) for v in row] for row in maximum.to_numpy(dtype=float)]
    customdata = [
        [[names[r], titles[c], lost_text[r][c], max_text[r][c]] for c in range(len(keys))]
        for r in range(len(unit_codes))
    ]
    z = pct.to_numpy(dtype=float)
    observed = pd.Series(z.ravel()).dropna()
    heatmap = go.Heatmap(
        z=z,
        x=columns["label"].tolist(),
        y=units["label"].tolist(),
        customdata=customdata,
        hovertemplate=hover,
        colorscale=charts.LOSS_SCALE,
        zmin=0,
        zmax=max(float(observed.max()) if not observed.empty else 0.0, 1.0),
        xgap=1,
        ygap=1,
        colorbar={"title": {"text": text.HEATMAP_COLOURBAR, "side": "right"}, "ticksuffix": "%"},
    )
    if show_values:
        heatmap.update(texttemplate="%{z:.0f}", textfont={"size": 11})
    fig = go.Figure(heatmap)
    fig.update_yaxes(autorange="reversed", title=text.AXIS_UNITS, type="category")
    fig.update_xaxes(
        side="top", title=x_title, type="category", tickangle=0 if show_values else -90, tickfont={"size": 10}
    )
    height = max(320, 24 * len(unit_codes) + (230 if show_values else 200))
    charts.styled(fig, title, source, height=height)
    # The x-axis sits on top under the title; a taller top margin keeps the two apart.
    fig.update_layout(margin={"t": 150 if show_values else 120, "l": 10, "r": 10, "b": 60})
    return fig


def top_criteria_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The group's losing criteria with display columns: office, method, "5/11" units losing, mean and
    share lost."""
    shown = frame.copy()
    shown["office"] = shown["responsible_office"].map(office_label)
    shown["method"] = shown["is_survey"].map(lambda s: text.METHOD_SURVEY if s else text.METHOD_SCORED)
    shown["losing_text"] = [
        f"{int(losing)}/{int(total)}"
        for losing, total in zip(shown["losing_unit_count"], shown["unit_count"], strict=True)
    ]
    shown["mean_lost_text"] = shown["mean_lost_points"].map(lambda v: vn_number(v, 2))
    shown["lost_pct_text"] = shown["lost_pct"].map(lambda v: f"{vn_number(v, 1)}%")
    return shown


def office_summary(frame: pd.DataFrame) -> pd.DataFrame:
    """Points lost per responsible office over the group's criteria, largest first, with each office's
    share of all points lost."""
    offices = frame.assign(office=frame["responsible_office"].map(office_label))
    summary = (
        offices.groupby("office", as_index=False)
        .agg(criteria_count=("criterion_code", "count"), lost_points=("lost_points", "sum"))
        .sort_values(["lost_points", "office"], ascending=[False, True], ignore_index=True)
    )
    total = summary["lost_points"].sum()
    summary["share_pct"] = summary["lost_points"] / total * 100 if total else 0.0
    summary["share_text"] = summary["share_pct"].map(lambda v: f"{vn_number(v, 1)}%")
    return summary


def top_criteria_figure(frame: pd.DataFrame, *, title: str, source: str) -> go.Figure:
    """Horizontal bars of points lost per criterion, the largest on top, coloured by responsible office."""
    shown = top_criteria_table(frame)
    shown["label"] = [
        f"{stt} – {wrap_label(title, width=45, lines=1)}"
        for stt, title in zip(shown["stt_text"], shown["criterion_title"], strict=True)
    ]
    offices = sorted(shown["office"].unique(), key=vn_sort_key)
    colours = {office: charts.PALETTE[i % len(charts.PALETTE)] for i, office in enumerate(offices)}
    fig = go.Figure()
    for office in offices:
        part = shown[shown["office"] == office]
        fig.add_bar(
            x=part["lost_points"],
            y=part["label"],
            orientation="h",
            name=office,
            marker_color=colours[office],
            customdata=part[["criterion_title", "office", "losing_unit_count", "unit_count"]].to_numpy(),
            hovertemplate=text.TOP_CHART_HOVER,
        )
    fig.update_yaxes(categoryorder="array", categoryarray=shown["label"].tolist(), autorange="reversed")
    fig.update_xaxes(title=text.TOP_CHART_AXIS)
    # A horizontal legend wraps about every four offices; each extra row needs room under the title.
    legend_rows = (len(offices) + 3) // 4
    charts.styled(fig, title, source, height=max(320, 34 * len(shown) + 150 + 22 * legend_rows))
    fig.update_layout(margin={"t": 80 + 22 * legend_rows, "l": 10, "r": 10, "b": 60}, legend={"y": 1.02})
    return fig


def sheet_table(frame: pd.DataFrame, only_lost: bool = False) -> pd.DataFrame:
    """A unit's sheet ready for display: survey criteria say they have no self points, criteria not
    applicable say so instead of a blank score."""
    shown = frame.copy()
    if only_lost:
        shown = shown[shown["lost_points"].fillna(0) > 0]
    shown["self_text"] = [
        text.SURVEY_SELF if survey else vn_points(points)
        for survey, points in zip(shown["is_survey"], shown["self_points"], strict=True)
    ]
    shown["counted_text"] = [
        text.NOT_APPLICABLE if not_applicable else vn_points(points)
        for not_applicable, points in zip(shown["is_not_applicable"], shown["counted_points"], strict=True)
    ]
    shown["office"] = shown["responsible_office"].map(office_label)
    return shown


def sheet_totals(frame: pd.DataFrame) -> dict[str, float]:
    """Points lost over the sheet and how many criteria lost any."""
    lost = frame["lost_points"].fillna(0)
    return {"lost_points": float(lost.sum()), "lost_count": int((lost > 0).sum())}


# ---- the unit page -------------------------------------------------------------------------------------


def unit_options(units: pd.DataFrame) -> dict[str, str]:
    """Unit code → the name a selector shows, in Vietnamese order; a unit that ended says when, so an old
    commune and the merged one of the same name can be told apart."""
    ordered = unit_order(units.assign(index_pct=None), "name")
    ends = dict(zip(units["unit_code"], units["valid_to_date"], strict=True))
    names = dict(zip(units["unit_code"], units["unit_name"], strict=True))
    return {
        code: names[code]
        if is_missing(ends[code])
        else unit_text.OPTION_ENDED.format(name=names[code], end=vn_date(pd.Timestamp(ends[code]).date()))
        for code in ordered
    }


def rank_history(frame: pd.DataFrame) -> pd.DataFrame:
    """The unit's years with the change from its previous scored year: `index_delta` in points of the
    index and `rank_change` in places (positive = climbed), with `previous_year` so a page can name the
    period compared to, and "3/11" as `rank_text`."""
    history = frame.sort_values("year", ignore_index=True).copy()
    history["previous_year"] = history["year"].shift(1)
    history["index_delta"] = history["index_pct"] - history["index_pct"].shift(1)
    history["rank_change"] = history["rank_in_group"].shift(1) - history["rank_in_group"]
    history["rank_text"] = [
        "" if pd.isna(rank) else f"{int(rank)}/{int(count)}"
        for rank, count in zip(history["rank_in_group"], history["units_in_group"], strict=True)
    ]
    return history


def years_label(years: pd.Series) -> str:
    """ "năm 2025" for one year, "các năm 2018–2024" for several."""
    first, last = int(years.min()), int(years.max())
    if first == last:
        return unit_text.YEARS_ONE.format(year=first)
    return unit_text.YEARS_RANGE.format(first=first, last=last)


def index_figure(history: pd.DataFrame, *, title: str, source: str) -> go.Figure:
    """The index year by year as a line with its value on each point, the rank in the hover."""
    fig = go.Figure(
        go.Scatter(
            x=history["year"].astype(str),
            y=history["index_pct"],
            mode="lines+markers+text",
            text=history["index_pct"].map(lambda v: vn_number(v, 2)),
            textposition="top center",
            customdata=history[["rank_text"]].to_numpy(),
            hovertemplate=unit_text.INDEX_HOVER,
            line={"color": charts.PALETTE[0], "width": 3},
            name=unit_text.INDEX_AXIS,
        )
    )
    low = float(history["index_pct"].min()) if not history.empty else 0.0
    fig.update_yaxes(title=unit_text.INDEX_AXIS, ticksuffix="%", range=[max(0.0, low - 10), 102])
    fig.update_xaxes(title=unit_text.YEAR_AXIS, type="category")
    charts.styled(fig, title, source, height=380)
    # The title runs on two lines (the period, then the unit).
    return fig.update_layout(margin={"t": 90, "l": 10, "r": 10, "b": 60})


def rank_figure(history: pd.DataFrame, *, title: str, source: str) -> go.Figure:
    """The rank in the group year by year, first place at the top."""
    fig = go.Figure(
        go.Scatter(
            x=history["year"].astype(str),
            y=history["rank_in_group"],
            mode="lines+markers+text",
            text=history["rank_text"],
            textposition="top center",
            hovertemplate=unit_text.RANK_HOVER,
            line={"color": charts.PALETTE[1], "width": 3},
            name=unit_text.RANK_AXIS,
        )
    )
    worst = int(history["units_in_group"].max()) if not history.empty else 1
    # Room above first place for its label; ticks from 1 so no rank 0 appears.
    fig.update_yaxes(
        title=unit_text.RANK_AXIS,
        range=[worst + 1, -0.5],
        tickvals=sorted({*range(1, worst + 1, max(1, worst // 10)), worst}),
    )
    fig.update_xaxes(title=unit_text.YEAR_AXIS, type="category")
    charts.styled(fig, title, source, height=380)
    # The title runs on two lines (the period, then the unit).
    return fig.update_layout(margin={"t": 90, "l": 10, "r": 10, "b": 60})


def field_figure(fields: pd.DataFrame, *, title: str, source: str) -> go.Figure:
    """Per field, the points counted inside a bar of the field's maximum, the share kept as text."""
    labels = [
        field_label(stt, field_title, width=40, lines=2)
        for stt, field_title in zip(fields["field_stt"], fields["field_title"], strict=True)
    ]
    kept = 100 - fields["lost_pct"]
    fig = go.Figure()
    fig.add_bar(
        x=fields["max_points"],
        y=labels,
        orientation="h",
        name=unit_text.FIELD_MAX,
        marker_color="#D9D9D9",
        text=[
            f"{vn_points(c)}/{vn_points(m)}"
            for c, m in zip(fields["counted_points"], fields["max_points"], strict=True)
        ],
        textposition="outside",
        textfont={"color": "#000000"},
        hovertemplate=unit_text.FIELD_MAX_HOVER,
    )
    fig.add_bar(
        x=fields["counted_points"],
        y=labels,
        orientation="h",
        name=unit_text.FIELD_COUNTED,
        marker_color=charts.PALETTE[0],
        customdata=kept.to_numpy(),
        hovertemplate=unit_text.FIELD_COUNTED_HOVER,
    )
    fig.update_layout(barmode="overlay")
    fig.update_yaxes(autorange="reversed", categoryorder="array", categoryarray=labels)
    # Room right of the longest bar for its "counted/maximum" label.
    fig.update_xaxes(title=unit_text.FIELD_AXIS, range=[0, float(fields["max_points"].max()) * 1.18])
    return charts.styled(fig, title, source, height=max(320, 44 * len(labels) + 160))


def rank_change_text(change: float | None) -> str:
    """ "▲ 2" climbed two places, "▼ 1" fell one, "=" kept its place, blank in the first year."""
    if change is None or pd.isna(change):
        return ""
    if change > 0:
        return unit_text.RANK_UP.format(places=int(change))
    if change < 0:
        return unit_text.RANK_DOWN.format(places=int(-change))
    return unit_text.RANK_SAME


def history_table(history: pd.DataFrame) -> pd.DataFrame:
    """The unit's years, newest first, with the index, the rank change and the band in words."""
    shown = history.sort_values("year", ascending=False, ignore_index=True).copy()
    shown["year"] = shown["year"].astype(int).astype(str)
    shown["index_text"] = shown["index_pct"].map(lambda v: vn_number(v, 2))
    shown["rank_change_text"] = shown["rank_change"].map(rank_change_text)
    shown["classification_text"] = shown["classification"].map(
        lambda c: ui.BAND_LABELS.get(c, "") if c else ""
    )
    shown["provisional_text"] = shown["is_provisional"].map(
        lambda p: unit_text.PROVISIONAL_SHORT if p else ""
    )
    return shown


def is_missing(value: object) -> bool:
    """None, NaN, NaT or pandas' NA (a unit without an end date, a first year without a previous one)."""
    return value is None or bool(pd.isna(value))


def metric_delta(value: float | None, decimals: int = 2, suffix: str = "") -> str | None:
    """A change for st.metric with a decimal comma: "+1,25", "-0,50", "0". Streamlit draws the arrow from
    an ASCII "-" only (a typographic minus would show a fall as a rise), and only a bare "0" as no change."""
    if is_missing(value):
        return None
    if round(float(value), decimals) == 0:
        return "0"
    sign = "+" if value > 0 else "-"
    return f"{sign}{vn_number(abs(float(value)), decimals)}{suffix}"


def rank_delta(change: float | None) -> str | None:
    """Places climbed as a st.metric delta: "+2 bậc" up, "-1 bậc" down, "0" kept its place."""
    if is_missing(change):
        return None
    if change == 0:
        return "0"
    return unit_text.RANK_DELTA.format(sign="+" if change > 0 else "-", places=int(abs(change)))


def lost_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The unit's most costly criteria with the responsible office named (or "chưa xác định")."""
    return frame.assign(office=frame["responsible_office"].map(office_label))
