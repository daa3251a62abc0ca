"""The short sentences of key facts under each heading of the report ("Có 3/45 đơn vị xếp loại Xuất
sắc, tăng 1 so với năm 2023"), as pure functions of the figures, so each wording is tested."""

from __future__ import annotations

from dashboard.format import is_missing, vn_delta, vn_number
from dashboard.one_stop_logic import percent_text
from labels import report as txt

ROMAN = ("I", "II", "III", "IV")


def change_words(what: str, change: int) -> str:
    """ "loại A tăng 2", "loại D giảm 1", "loại B không đổi"."""
    if change > 0:
        return txt.CHANGE_UP.format(what=what, n=vn_number(change))
    if change < 0:
        return txt.CHANGE_DOWN.format(what=what, n=vn_number(-change))
    return txt.CHANGE_SAME.format(what=what)


def band_sentence(
    band: str, count: int, total: int, previous_count: int | None, previous_year: int | None
) -> str:
    """ "Có 3/45 đơn vị xếp loại Xuất sắc, tăng 1 so với năm 2023"."""
    sentence = txt.BAND_FACT.format(count=vn_number(count), total=vn_number(total), band=band)
    if previous_count is not None and previous_year is not None:
        change = count - previous_count
        words = (
            txt.INCREASE.format(n=vn_number(change))
            if change > 0
            else txt.DECREASE.format(n=vn_number(-change))
            if change < 0
            else txt.UNCHANGED
        )
        sentence += txt.BAND_CHANGE.format(change=words, previous=previous_year)
    return sentence


def bands_paragraph(
    counts: list[tuple[str, int]], previous: dict[str, int] | None, previous_year: int | None
) -> str:
    """Every band's sentence, joined: bands with no unit in either year are left out."""
    total = sum(count for _, count in counts)
    parts = [
        band_sentence(band, count, total, None if previous is None else previous.get(band, 0), previous_year)
        for band, count in counts
        if count or (previous and previous.get(band))
    ]
    return "; ".join(parts) + "."


def grades_sentence(period_name: str, counts: dict[str, int], expected: int) -> str:
    """ "Quý III/2025 có 58/60 công chức được xếp loại: loại A 20 người (34,5%), …"."""
    graded = sum(counts.values())
    parts = ", ".join(
        txt.GRADE_PART.format(
            grade=grade,
            count=vn_number(count),
            share=percent_text(100 * count / graded if graded else None),
        )
        for grade, count in counts.items()
    )
    return txt.GRADES_FACT.format(
        period_cap=capitalised(period_name),
        graded=vn_number(graded),
        expected=vn_number(expected),
        parts=parts,
    )


def grades_change_sentence(previous_name: str, changes: dict[str, int]) -> str:
    """ "So với quý II/2025: loại A tăng 2, loại B giảm 1, …"."""
    parts = ", ".join(change_words(txt.GRADE_WHAT.format(grade=g), c) for g, c in changes.items())
    return txt.GRADES_CHANGE.format(previous=previous_name, parts=parts)


def rank_words(change: int) -> str:
    if change > 0:
        return txt.RANK_UP.format(n=vn_number(change))
    if change < 0:
        return txt.RANK_DOWN.format(n=vn_number(-change))
    return txt.RANK_SAME


def national_sentence(
    index: str,
    year: int,
    province: str,
    score: float,
    rank: int,
    count: int,
    previous_year: int | None,
    score_change: float | None,
    rank_change: int | None,
) -> str:
    """ "PAR INDEX năm 2023: Lạng Sơn đạt 84,12 điểm, xếp thứ 20/63 (+1,05 điểm; tăng 3 bậc so với năm 2022)"."""
    change = ""
    if previous_year is not None and not is_missing(score_change) and rank_change is not None:
        change = txt.NATIONAL_CHANGE.format(
            score_change=vn_delta(score_change), rank_text=rank_words(rank_change), previous=previous_year
        )
    return txt.NATIONAL_FACT.format(
        index=index,
        year=year,
        province=province,
        score=vn_number(score, 2),
        rank=rank,
        count=count,
        change=change,
    )


def capitalised(text: str) -> str:
    """ "quý III/2025" → "Quý III/2025" (only the first letter: names inside keep their case)."""
    return text[:1].upper() + text[1:]


def period_name(year: int, quarter: int | None) -> str:
    """How the report names its period: "quý III/2025" (Roman numerals as official reports write
    quarters) or "năm 2025"."""
    if quarter is None:
        return txt.PERIOD_YEAR.format(year=year)
    return txt.PERIOD_QUARTER.format(roman=ROMAN[quarter - 1], year=year)
