"""What the printed report lists when a table or a chart would run to thousands of rows (a national
warehouse: ~3,300 communes, 10,000 officers). The printed table then shows the two ends of the order, or
a summary, and its caption says so; the Excel workbook keeps every row. A province's pack is printed
whole: every limit here is above what one province holds."""

from __future__ import annotations

import pandas as pd

from dashboard.format import vn_number
from labels import report as txt

# Since 1 July 2025 the largest province has 168 commune-level units and a desk list or a ranking of a
# province stays well under this; a longer table runs to dozens of printed pages and is cut.
DOCUMENT_ROWS = 300
# A horizontal bar chart printed 16 cm wide fits the page's text height (25,7 cm less its caption) up to
# ~45 bars of 26 px at 900 px wide; a taller one is cut off in print (and Chromium cannot draw 3,000).
FIGURE_BARS = 45
# Rows kept at each end of a cut ranking: the best and the worst, the ones a reader acts upon.
END_ROWS = 20


def is_long(frame: pd.DataFrame, limit: int = DOCUMENT_ROWS) -> bool:
    return len(frame) > limit


def ends(frame: pd.DataFrame, count: int = END_ROWS) -> pd.DataFrame:
    """The first and the last `count` rows of an ordered frame (the whole frame when it is no longer)."""
    if len(frame) <= 2 * count:
        return frame
    return pd.concat([frame.head(count), frame.tail(count)])


def ranked_names(names: pd.Series, ranks: pd.Series) -> list[str]:
    """ "1. UBND xã A", "3.270. UBND xã B": a chart of both ends shows where the gap between them is."""
    return [
        n if pd.isna(r) else txt.RANKED_NAME.format(rank=vn_number(int(r)), name=n)
        for n, r in zip(names, ranks, strict=True)
    ]


def with_rank(table: pd.DataFrame, score_column: str) -> pd.DataFrame:
    """The rows with a score, best first (ties in the table's own order), with their rank ahead of the
    other columns (tied scores share a rank)."""
    scored = table[table[score_column].notna()]
    ordered = scored.sort_values(score_column, ascending=False, kind="stable").reset_index(drop=True)
    rank = ordered[score_column].rank(method="min", ascending=False).astype("Int64")
    return pd.concat([pd.DataFrame({txt.COLUMNS["rank"]: rank}), ordered], axis=1)


def first_rows(frame: pd.DataFrame, first: pd.Series, limit: int = DOCUMENT_ROWS) -> pd.DataFrame:
    """At most `limit` rows of the frame, those where `first` holds coming first, each part in the
    frame's own order."""
    flags = first.astype(bool).to_numpy()
    return pd.concat([frame[flags], frame[~flags]]).head(limit)


def forms_by_month(issues: pd.DataFrame, month_column: str, status_column: str) -> pd.DataFrame:
    """Missing and late forms counted per month, in the month order of the list."""
    months = list(dict.fromkeys(issues[month_column]))
    missing = issues[status_column] == txt.FORM_MISSING
    return pd.DataFrame(
        {
            txt.COLUMNS["period_name"]: months,
            txt.COLUMNS["missing_forms"]: [
                int((missing & (issues[month_column] == m)).sum()) for m in months
            ],
            txt.COLUMNS["late_forms"]: [int((~missing & (issues[month_column] == m)).sum()) for m in months],
        }
    ).astype({txt.COLUMNS["missing_forms"]: "Int64", txt.COLUMNS["late_forms"]: "Int64"})
