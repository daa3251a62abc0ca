"""The look every chart shares: a title that names the period, a source line, Vietnamese number
formatting and colour-blind-safe colours. Pure plotly, no Streamlit, so figures are testable and the
report export (issue 7) renders the same figures the pages show."""

from __future__ import annotations

import plotly.graph_objects as go

from labels import ui

# Okabe–Ito: distinguishable with every common colour-vision deficiency.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")

# Ordered bands run from dark blue (best) to vermillion (worst): readable without red–green contrast.
BAND_COLOURS: dict[str, str] = {
    "xuat_sac": "#08519C",
    "tot": "#4292C6",
    "kha": "#9ECAE1",
    "trung_binh": "#FDAE6B",
    "yeu": "#D94801",
}
GRADE_COLOURS: dict[str, str] = {"A": "#08519C", "B": "#6BAED6", "C": "#FDAE6B", "D": "#D94801"}
# Sequential scale for losses and other "more is worse" heatmaps.
LOSS_SCALE = "Oranges"
NEUTRAL = "#6E6E6E"
FONT = "Arial, 'Noto Sans', sans-serif"


def styled(fig: go.Figure, title: str, source: str, *, height: int | None = None) -> go.Figure:
    """Give a figure its title (which states the period), a source line below the plot, decimal commas
    and dot thousands (87,45 · 12.500) and a legend above the plot."""
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left", "font": {"size": 16}},
        template="plotly_white",
        font={"family": FONT, "size": 12},
        separators=",.",
        colorway=list(PALETTE),
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "left", "x": 0, "title": None},
        margin={"l": 10, "r": 10, "t": 70, "b": 60},
    )
    if height:
        fig.update_layout(height=height)
    fig.add_annotation(
        text=source,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        yshift=-45,
        xanchor="left",
        yanchor="top",
        showarrow=False,
        font={"size": 10, "color": NEUTRAL},
    )
    return fig


def source_line(what: str, updated: str | None) -> str:
    """ "Nguồn: <what>; kho dữ liệu cập nhật 23/11/2026"."""
    return ui.CHART_SOURCE.format(what=what, updated=updated or "–")
