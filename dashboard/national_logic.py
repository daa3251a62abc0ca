"""The national indices page's logic, without Streamlit: the indices and provinces offered, the year shown,
the province's standing in that year, its score and rank over the years, the year's scores of every
province and the ranking table (pure plotly through dashboard.charts)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
from pandas.io.formats.style import Styler

from dashboard import charts
from dashboard.format import for_display, vn_delta, vn_number, vn_sort_key
from labels import page_national as txt

# The chosen province's line and bar; the other provinces' bars in a light blue.
ENTITY_COLOUR = charts.PALETTE[5]
OTHERS_COLOUR = "#9ECAE1"
# The chosen province's row in the year's table, in a light shade of its bar's colour.
MARKED_ROW = "background-color: #FBE3D6; font-weight: bold"
# Room either side of the first and last year, so the labels above the points are not cut.
_YEAR_PADDING = 0.4
# Beyond this many provinces the rank axis ticks every 5th rank.
_RANK_TICKS_EVERY_ONE = 20


def ordered_indices(index_names: list[str]) -> list[str]:
    """Known indices in the order leaders read them (PAR INDEX first), then any other loaded index."""
    loaded = set(index_names)
    known = [name for name in txt.INDEX_NAMES if name in loaded]
    return known + sorted(loaded - set(known))


def index_label(index_name: str) -> str:
    """ "PAR INDEX" → "PAR INDEX – Chỉ số cải cách hành chính"; an unknown index keeps its name."""
    return txt.INDEX_NAMES.get(index_name, index_name)


def latest_names(rows: pd.DataFrame) -> pd.Series:
    """entity_key → the name of its latest table: one province is one series across years even when
    tables spell it differently."""
    return rows.sort_values("year").groupby("entity_key")["entity_name"].last()


def province_keys(rows: pd.DataFrame) -> set:
    """The keys the index's tables give the province of the profile (none when they do not list it)."""
    return set(rows.loc[rows["is_province"], "entity_key"])


def province_name(rows: pd.DataFrame) -> str | None:
    """The province of the profile as the rules name it; None without a «province» rule."""
    named = rows["province_name"].dropna()
    return named.iloc[0] if not named.empty else None


def entity_options(rows: pd.DataFrame) -> list[str]:
    """The provinces to choose from: the province of the profile first, the others in Vietnamese order."""
    names = latest_names(rows)
    mine = province_keys(rows)
    others = sorted((k for k in names.index if k not in mine), key=lambda k: vn_sort_key(names[k]))
    return [names[k] for k in sorted(mine)] + [names[k] for k in others]


def entity_key_of(rows: pd.DataFrame, entity_name: str) -> object:
    """The series offered under `entity_name`."""
    names = latest_names(rows)
    return names.index[list(names).index(entity_name)]


def index_years(rows: pd.DataFrame) -> list[int]:
    return sorted(int(y) for y in rows["year"].unique())


def shown_year(years: list[int], chosen_year: int | None) -> int:
    """The sidebar's year when the index has a table for it, else the latest earlier one; the latest year
    when no year is chosen or every table is later."""
    if chosen_year in years:
        return chosen_year
    earlier = [y for y in years if chosen_year is None or y <= chosen_year]
    return (earlier or years)[-1]


def years_span(years: list[int]) -> str:
    """ "năm 2021–2023", or "năm 2023" for a single table: the period the history figures cover."""
    if len(years) > 1:
        return txt.YEARS_SPAN.format(first=years[0], last=years[-1])
    return txt.YEAR_ONLY.format(year=years[0])


def year_table(rows: pd.DataFrame, year: int) -> pd.DataFrame:
    """The year's table, best score first (ties by name)."""
    return (
        rows[rows["year"] == year]
        .sort_values(["score", "entity_name"], ascending=[False, True])
        .reset_index(drop=True)
    )


def entity_history(rows: pd.DataFrame, entity_key: object) -> pd.DataFrame:
    """One province's rows, oldest year first."""
    return rows[rows["entity_key"] == entity_key].sort_values("year")


def published_text(rank: object) -> str:
    """The rank printed in the published table, or a note that it printed none."""
    return txt.NO_PUBLISHED_RANK if pd.isna(rank) else str(int(rank))


@dataclass(frozen=True)
class Standing:
    """The province's figures in one year's table, as the page's metrics show them."""

    score_text: str
    score_delta: str | None
    rank_text: str
    rank_delta: str | None
    published_text: str
    mean_text: str
    gap_text: str | None


def standing(row: pd.Series, count: int) -> Standing:
    """The score and rank with their change since the province's previous table (none in the first year
    of its series), the provinces' mean and the gap to it."""
    has_previous = pd.notna(row["previous_year"])
    compared = txt.COMPARED.format(year=int(row["previous_year"])) if has_previous else ""
    change = int(row["rank_change"]) if has_previous else None
    # vn_delta signs with an ASCII minus: st.metric reads a decrease from it only.
    return Standing(
        score_text=vn_number(row["score"], 2),
        score_delta=f"{vn_delta(row['score_change'])} {compared}" if has_previous else None,
        rank_text=txt.METRIC_RANK_VALUE.format(rank=int(row["computed_rank"]), count=count),
        rank_delta=txt.RANK_DELTA.format(change=vn_delta(change, 0), compared=compared)
        if change is not None
        else None,
        published_text=published_text(row["published_rank"]),
        mean_text=vn_number(row["mean_score"], 2),
        gap_text=vn_delta(row["score_gap_to_mean"]),
    )


def _year_axis(fig: go.Figure, years: list[int]) -> None:
    fig.update_xaxes(
        title=txt.AXIS_YEAR,
        tickvals=years,
        tickformat="d",
        range=[years[0] - _YEAR_PADDING, years[-1] + _YEAR_PADDING],
    )


def score_figure(rows: pd.DataFrame, entity_key: object, index_name: str, source: str) -> go.Figure:
    """The province's score each year, labelled, against the mean of the provinces in each year's table."""
    years = index_years(rows)
    name = latest_names(rows)[entity_key]
    history = entity_history(rows, entity_key)
    means = rows.groupby("year", as_index=False)["mean_score"].first()
    fig = go.Figure()
    fig.add_scatter(
        x=history["year"],
        y=history["score"],
        name=name,
        mode="lines+markers+text",
        text=[vn_number(v, 2) for v in history["score"]],
        textposition="top center",
        line={"color": ENTITY_COLOUR, "width": 3},
        hovertemplate=txt.HOVER_SCORE,
    )
    fig.add_scatter(
        x=means["year"],
        y=means["mean_score"],
        name=txt.SERIES_MEAN,
        mode="lines+markers",
        line={"color": charts.NEUTRAL, "dash": "dash"},
        hovertemplate=txt.HOVER_SCORE,
    )
    _year_axis(fig, years)
    fig.update_yaxes(title=txt.AXIS_SCORE)
    title = txt.HISTORY_SCORE_TITLE.format(index=index_name, name=name, years=years_span(years))
    return charts.styled(fig, title, source)


def rank_figure(rows: pd.DataFrame, entity_key: object, index_name: str, source: str) -> go.Figure:
    """The province's rank each year ("6/12"), rank 1 at the top of an axis as long as the largest table."""
    years = index_years(rows)
    name = latest_names(rows)[entity_key]
    history = entity_history(rows, entity_key)
    labels = [
        txt.RANK_LABEL.format(rank=int(r), count=int(n))
        for r, n in zip(history["computed_rank"], history["entity_count"], strict=True)
    ]
    fig = go.Figure()
    fig.add_scatter(
        x=history["year"],
        y=history["computed_rank"],
        name=name,
        mode="lines+markers+text",
        text=labels,
        textposition="top center",
        customdata=labels,
        line={"color": ENTITY_COLOUR, "width": 3},
        hovertemplate=txt.HOVER_RANK,
        showlegend=False,
    )
    top = int(rows["entity_count"].max())
    _year_axis(fig, years)
    fig.update_yaxes(
        title=txt.AXIS_RANK, range=[top + 0.5, 0.5], dtick=1 if top <= _RANK_TICKS_EVERY_ONE else 5
    )
    title = txt.HISTORY_RANK_TITLE.format(index=index_name, name=name, years=years_span(years))
    return charts.styled(fig, title, source)


def distribution_figure(
    rows: pd.DataFrame, year: int, entity_key: object, index_name: str, source: str
) -> go.Figure:
    """Horizontal bars of every province's score in the year, best at the top, the chosen province in its
    own colour and bold, the provinces' mean as a dashed line."""
    table = year_table(rows, year)
    count = int(table["entity_count"].iloc[0])
    ordered = table.sort_values(["score", "entity_name"], ascending=[True, False])
    is_mine = ordered["entity_key"] == entity_key
    fig = go.Figure(
        go.Bar(
            x=ordered["score"],
            y=ordered["entity_name"],
            orientation="h",
            marker_color=[ENTITY_COLOUR if m else OTHERS_COLOUR for m in is_mine],
            text=[vn_number(v, 2) for v in ordered["score"]],
            textposition="outside",
            customdata=[f"{int(r)}/{count}" for r in ordered["computed_rank"]],
            hovertemplate=txt.HOVER_DISTRIBUTION,
            showlegend=False,
        )
    )
    mean = float(table["mean_score"].iloc[0])
    fig.add_vline(x=mean, line_dash="dash", line_color=charts.NEUTRAL)
    fig.add_annotation(
        x=mean,
        y=1,
        yref="paper",
        yanchor="bottom",
        text=f"{txt.SERIES_MEAN}: {vn_number(mean, 2)}",
        showarrow=False,
        yshift=4,
    )
    # Scores bunch near the top: the axis starts below the lowest so the differences show, never below 0.
    low, high = float(ordered["score"].min()), float(ordered["score"].max())
    fig.update_xaxes(
        title=txt.AXIS_SCORE, range=[max(0.0, low - (high - low) * 0.6 - 1), high + (high - low) * 0.15 + 1]
    )
    fig.update_yaxes(title=None, ticksuffix="  ")
    fig.update_yaxes(
        tickvals=list(ordered["entity_name"]),
        ticktext=[f"<b>{n}</b>" if m else n for n, m in zip(ordered["entity_name"], is_mine, strict=True)],
    )
    title = txt.DISTRIBUTION_TITLE.format(index=index_name, year=year, count=count)
    return charts.styled(fig, title, source, height=max(360, 24 * count + 150))


def disagreement_count(table: pd.DataFrame) -> int:
    """Rows whose printed rank is not the rank their score gives."""
    return int(table["rank_disagrees"].sum())


def ranking_table(table: pd.DataFrame, entity_key: object) -> Styler:
    """The year's table in Vietnamese (score and change as text, the printed rank, a note where it
    disagrees), the chosen province's row marked."""
    shown = table.assign(
        score_text=[vn_number(v, 2) for v in table["score"]],
        score_change_text=[vn_delta(v) or "" for v in table["score_change"]],
        published_text=[published_text(r) for r in table["published_rank"]],
        note=[txt.DISAGREE_NOTE if d else "" for d in table["rank_disagrees"]],
    )
    marked = list(table["entity_key"] == entity_key)
    return for_display(
        shown,
        ["computed_rank", "entity_name", "score_text", "score_change_text", "published_text", "note"],
        labels=txt.COLUMNS,
    ).style.apply(lambda row: [MARKED_ROW if marked[row.name] else ""] * len(row), axis=1)
