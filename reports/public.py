"""The public results page ("công khai kết quả"): one self-contained HTML file of the CCHC rankings and
the One-Stop officers' grades, for a district's website. No script, no external file, every text
escaped, so it can be uploaded to any content system as it is."""

from __future__ import annotations

import datetime as dt
import html
import numbers

import pandas as pd

from dashboard import index_logic, one_stop_logic
from dashboard.format import group_label, vn_number
from dashboard.queries import index as q_index
from dashboard.queries import loaded_at
from dashboard.queries import report as q_report
from labels import report as txt
from reports import facts, pack

_STYLE = """
body { font-family: "Times New Roman", serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
       color: #111; line-height: 1.45; }
h1 { font-size: 1.5rem; text-align: center; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #999; }
h3 { font-size: 1.05rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #999; padding: 0.25rem 0.45rem; vertical-align: top; }
th { background: #eee; }
td.number { text-align: right; white-space: nowrap; }
p.note { font-style: italic; color: #444; }
"""


def page(year: int, quarter: int | None = None, *, issued: dt.date | None = None) -> str:
    """The page for a year (the officers' yearly grades) or a quarter (their quarterly grades); the
    rankings are those of the report pack: the latest final index up to that year."""
    province = q_report.province_name() or txt.UNKNOWN_PROVINCE
    updated = loaded_at() or (issued or dt.date.today()).strftime("%d/%m/%Y")
    period_name = facts.period_name(year, quarter)
    parts = [
        f"<h1>{_e(txt.PUBLIC_TITLE)}</h1>",
        f"<p>{_e(txt.PUBLIC_ISSUED.format(issuer=txt.ISSUER_NAME, province=province, updated=updated))}</p>",
    ]
    parts += _rankings(year, quarter)
    parts += _grades(year, quarter, period_name)
    parts.append(f'<p class="note">{_e(txt.PUBLIC_FOOTER.format(issuer=txt.ISSUER_NAME))}</p>')
    body = "\n".join(parts)
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(txt.PUBLIC_TITLE)} – {_e(period_name)}</title>\n<style>{_STYLE}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def _rankings(year: int, quarter: int | None) -> list[str]:
    index_year = pack.index_year_for(year, final_only=quarter is not None, unit_group=None)
    if index_year is None:
        return [f"<p>{_e(txt.PUBLIC_NO_INDEX)}</p>"]
    parts = [f"<h2>{_e(txt.PUBLIC_INDEX.format(year=index_year))}</h2>"]
    provisional = False
    for unit_group in index_logic.ordered_groups(q_index.groups_with_index(index_year)):
        ranking = q_index.ranking(index_year, unit_group)
        table = pack.ranking_table(ranking)
        names = table[txt.COLUMNS["unit_name"]].astype(str)
        marked = ranking["is_provisional"].astype(bool).to_numpy()
        table[txt.COLUMNS["unit_name"]] = [f"{n} *" if m else n for n, m in zip(names, marked, strict=True)]
        provisional |= bool(marked.any())
        parts.append(f"<h3>{_e(group_label(unit_group))}</h3>")
        parts.append(_table(table))
    if provisional:
        parts.append(f'<p class="note">{_e(txt.PUBLIC_PROVISIONAL)}</p>')
    return parts


def _grades(year: int, quarter: int | None, period_name: str) -> list[str]:
    period = (
        one_stop_logic.Period("quarter", year, quarter) if quarter else one_stop_logic.Period("year", year)
    )
    grades = q_report.officer_grades_of_period(year, quarter)
    heading = f"<h2>{_e(txt.PUBLIC_ONE_STOP.format(period=period_name))}</h2>"
    rows = one_stop_logic.period_rows(grades, period) if not grades.empty else grades
    if rows.empty or rows["grade"].isna().all():
        return [heading, f"<p>{_e(txt.PUBLIC_NO_ONE_STOP.format(period=period_name))}</p>"]
    table = pack.grades_table(grades, period, period_name)
    # Ratings are the office's working figures; the public page shows scores and grades only.
    table = table.drop(columns=[txt.COLUMNS["satisfied_pct"], txt.COLUMNS["rating_count"]])
    return [heading, _table(table)]


def _table(frame: pd.DataFrame) -> str:
    head = "".join(f"<th>{_e(c)}</th>" for c in frame.columns)
    body = []
    for values in frame.itertuples(index=False, name=None):
        cells = []
        for value in values:
            if value is None or (not isinstance(value, str) and pd.isna(value)):
                cells.append("<td></td>")
            elif isinstance(value, numbers.Real) and not isinstance(value, bool):
                decimals = 0 if isinstance(value, numbers.Integral) else 2
                cells.append(f'<td class="number">{_e(vn_number(value, decimals))}</td>')
            else:
                cells.append(f"<td>{_e(value)}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>"


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)
