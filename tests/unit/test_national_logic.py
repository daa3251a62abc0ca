"""The national indices page's logic on small frames built here: the indices and provinces offered, the year
shown, the province's standing, and the figures' data (series, the province's bar, axes, titles that state
the period, the source line) and the ranking table."""

import pandas as pd
import pytest

from dashboard import charts
from dashboard import national_logic as logic

SOURCE = charts.source_line("bảng PAR INDEX đã công bố", "23/11/2026")
PROVINCE = "tỉnh LẠNG SƠN"


def index_rows(tables: dict[int, list[tuple]], province_name: str | None = PROVINCE) -> pd.DataFrame:
    """Rows shaped like dashboard.queries.national.index_rows from (name, key, score, printed rank,
    is_province) per year: ranks, counts, means and changes since the previous year computed here."""
    frames = []
    for year, entries in tables.items():
        frame = pd.DataFrame(
            entries, columns=["entity_name", "entity_key", "score", "published_rank", "is_province"]
        )
        frame = frame.sort_values(["score", "entity_name"], ascending=[False, True]).assign(year=year)
        frame["computed_rank"] = range(1, len(frame) + 1)
        frame["entity_count"] = len(frame)
        frame["mean_score"] = frame["score"].mean()
        frames.append(frame)
    rows = pd.concat(frames, ignore_index=True).sort_values(["entity_key", "year"])
    rows["score_gap_to_mean"] = rows["score"] - rows["mean_score"]
    rows["rank_disagrees"] = rows["published_rank"].notna() & (
        rows["published_rank"] != rows["computed_rank"]
    )
    by_entity = rows.groupby("entity_key")
    rows["previous_year"] = by_entity["year"].shift()
    rows["score_change"] = rows["score"] - by_entity["score"].shift()
    rows["rank_change"] = by_entity["computed_rank"].shift() - rows["computed_rank"]
    rows["province_name"] = province_name
    return rows.sort_values(["year", "score", "entity_name"], ascending=[True, False, True]).reset_index(
        drop=True
    )


def par_index() -> pd.DataFrame:
    """Two years; the province spelled two ways, a printed rank that disagrees in 2023 (Hà Giang printed 2nd,
    3rd by its score), a province without a printed rank, and names whose Vietnamese order is not their
    code-point order (Đà Nẵng before Hà Giang)."""
    return index_rows(
        {
            2022: [
                ("Quảng Ninh", "quang ninh", 90.5, 1, False),
                ("Tỉnh Lạng Sơn", "lang son", 85.25, 2, True),
                ("Cao Bằng", "cao bang", 80.0, None, False),
            ],
            2023: [
                ("Lạng Sơn", "lang son", 88.10, 1, True),
                ("Quảng Ninh", "quang ninh", 87.00, 2, False),
                ("Hà Giang", "ha giang", 86.00, 2, False),
                ("Đà Nẵng", "da nang", 70.90, 4, False),
            ],
        }
    )


def annotation_texts(figure) -> list[str]:
    return [a.text for a in figure.layout.annotations]


def test_known_indices_come_first_in_the_order_leaders_read_them() -> None:
    assert logic.ordered_indices(["SIPAS", "ZZ INDEX", "PAR INDEX", "AA INDEX", "SIPAS"]) == [
        "PAR INDEX",
        "SIPAS",
        "AA INDEX",
        "ZZ INDEX",
    ]
    assert logic.index_label("PCI") == "PCI – Chỉ số năng lực cạnh tranh cấp tỉnh"
    assert logic.index_label("ZZ INDEX") == "ZZ INDEX"


def test_the_province_is_offered_first_under_its_latest_name() -> None:
    rows = par_index()
    assert logic.entity_options(rows) == ["Lạng Sơn", "Cao Bằng", "Đà Nẵng", "Hà Giang", "Quảng Ninh"]
    assert logic.entity_key_of(rows, "Lạng Sơn") == "lang son"
    assert logic.entity_key_of(rows, "Đà Nẵng") == "da nang"
    assert logic.province_keys(rows) == {"lang son"}
    assert logic.province_name(rows) == PROVINCE


def test_an_index_without_the_province_or_its_rule() -> None:
    rows = index_rows(
        {2023: [("Cao Bằng", "cao bang", 91.2, 1, False), ("Hà Giang", "ha giang", 88.4, 2, False)]}
    )
    assert logic.province_keys(rows) == set()
    assert logic.entity_options(rows) == ["Cao Bằng", "Hà Giang"]
    assert logic.province_name(index_rows({2023: [("Cao Bằng", "cao bang", 91.2, 1, False)]}, None)) is None


@pytest.mark.parametrize(
    ("years", "chosen", "expected"),
    [
        ([2021, 2022, 2023], None, 2023),
        ([2021, 2022, 2023], 2022, 2022),
        ([2021, 2022, 2023], 2025, 2023),
        ([2021, 2023], 2022, 2021),
        ([2021, 2023], 2019, 2023),
    ],
)
def test_the_year_shown_is_the_chosen_one_or_the_latest_earlier(
    years: list[int], chosen: int | None, expected: int
) -> None:
    assert logic.shown_year(years, chosen) == expected


def test_the_years_span_states_the_period() -> None:
    assert logic.years_span([2021, 2022, 2023]) == "năm 2021–2023"
    assert logic.years_span([2023]) == "năm 2023"
    assert logic.index_years(par_index()) == [2022, 2023]


def test_the_years_table_is_best_first() -> None:
    table = logic.year_table(par_index(), 2023)
    assert table["entity_name"].tolist() == ["Lạng Sơn", "Quảng Ninh", "Hà Giang", "Đà Nẵng"]
    assert table.index.tolist() == [0, 1, 2, 3]
    history = logic.entity_history(par_index(), "lang son")
    assert history["entity_name"].tolist() == ["Tỉnh Lạng Sơn", "Lạng Sơn"]


def test_the_standing_compares_with_the_previous_table() -> None:
    table = logic.year_table(par_index(), 2023)
    mine = logic.standing(table.iloc[0], 4)
    assert (mine.score_text, mine.score_delta) == ("88,10", "+2,85 so với 2022")
    assert (mine.rank_text, mine.rank_delta) == ("1/4", "+1 bậc so với 2022")
    assert (mine.published_text, mine.mean_text, mine.gap_text) == ("1", "83,00", "+5,10")
    fell = logic.standing(table.iloc[1], 4)
    assert (fell.score_delta, fell.rank_delta, fell.gap_text) == (
        "-3,50 so với 2022",
        "-1 bậc so với 2022",
        "+4,00",
    )
    # The first year of a series has nothing to compare with.
    new = logic.standing(table.iloc[3], 4)
    assert (new.score_delta, new.rank_delta, new.gap_text) == (None, None, "-12,10")
    unprinted = logic.standing(logic.year_table(par_index(), 2022).iloc[2], 3)
    assert unprinted.published_text == "không ghi"


def test_the_score_figure_follows_the_province_against_the_mean() -> None:
    figure = logic.score_figure(par_index(), "lang son", "PAR INDEX", SOURCE)
    mine, mean = figure.data
    assert mine.name == "Lạng Sơn" and mine.line.color == logic.ENTITY_COLOUR == "#D55E00"
    assert list(mine.x) == [2022, 2023] and list(mine.y) == [85.25, 88.10]
    assert mine.text == ("85,25", "88,10")
    assert mean.name == "Trung bình các tỉnh trong bảng" and mean.line.dash == "dash"
    assert list(mean.y) == [85.25, 83.0]
    assert figure.layout.xaxis.range == pytest.approx((2021.6, 2023.4))
    assert figure.layout.xaxis.tickvals == (2022, 2023)
    assert figure.layout.title.text == "Điểm PAR INDEX của Lạng Sơn, năm 2022–2023"
    assert SOURCE in annotation_texts(figure)


def test_the_rank_figure_puts_rank_one_at_the_top() -> None:
    figure = logic.rank_figure(par_index(), "lang son", "PAR INDEX", SOURCE)
    (mine,) = figure.data
    assert list(mine.y) == [2, 1]
    assert mine.text == ("2/3", "1/4") and mine.customdata == ("2/3", "1/4")
    low, high = figure.layout.yaxis.range
    assert (low, high) == (4.5, 0.5) and low > high  # reversed: the largest table's last rank at the bottom
    assert figure.layout.yaxis.dtick == 1
    assert figure.layout.xaxis.range == pytest.approx((2021.6, 2023.4))
    assert figure.layout.title.text == "Thứ hạng PAR INDEX của Lạng Sơn, năm 2022–2023"
    assert SOURCE in annotation_texts(figure)


def test_a_long_table_ticks_every_fifth_rank_and_one_year_is_its_own_period() -> None:
    entries = [(f"Tỉnh số {n}", f"tinh {n:02d}", 100.0 - n, n, n == 7) for n in range(1, 26)]
    rows = index_rows({2024: entries})
    figure = logic.rank_figure(rows, "tinh 07", "SIPAS", SOURCE)
    assert figure.layout.yaxis.dtick == 5 and figure.layout.yaxis.range == (25.5, 0.5)
    assert figure.layout.title.text == "Thứ hạng SIPAS của Tỉnh số 7, năm 2024"
    assert figure.layout.xaxis.range == pytest.approx((2023.6, 2024.4))


def test_the_distribution_marks_the_chosen_province() -> None:
    figure = logic.distribution_figure(par_index(), 2023, "lang son", "PAR INDEX", SOURCE)
    (bars,) = figure.data
    # Plotly draws the first bar at the bottom: the best score comes last.
    assert list(bars.y) == ["Đà Nẵng", "Hà Giang", "Quảng Ninh", "Lạng Sơn"]
    assert list(bars.x) == [70.90, 86.00, 87.00, 88.10]
    assert list(bars.marker.color) == ["#9ECAE1", "#9ECAE1", "#9ECAE1", "#D55E00"]
    assert bars.customdata == ("4/4", "3/4", "2/4", "1/4")
    assert figure.layout.yaxis.ticktext == ("Đà Nẵng", "Hà Giang", "Quảng Ninh", "<b>Lạng Sơn</b>")
    (mean_line,) = figure.layout.shapes
    assert mean_line.x0 == mean_line.x1 == 83.0
    assert "Trung bình các tỉnh trong bảng: 83,00" in annotation_texts(figure)
    low, high = figure.layout.xaxis.range
    assert low == pytest.approx(70.9 - 17.2 * 0.6 - 1) and high == pytest.approx(88.1 + 17.2 * 0.15 + 1)
    assert figure.layout.title.text == "PAR INDEX năm 2023: điểm 4 tỉnh, thành phố trong bảng đã nạp"
    assert figure.layout.height == 360
    assert SOURCE in annotation_texts(figure)
    other = logic.distribution_figure(par_index(), 2022, "quang ninh", "PAR INDEX", SOURCE)
    assert list(other.data[0].marker.color) == ["#9ECAE1", "#9ECAE1", "#D55E00"]
    assert other.layout.title.text.startswith("PAR INDEX năm 2022: điểm 3 tỉnh")


def test_the_distribution_axis_never_starts_below_zero() -> None:
    rows = index_rows(
        {2023: [("Cao Bằng", "cao bang", 90.0, 1, False), ("Hà Giang", "ha giang", 5.0, 2, True)]}
    )
    figure = logic.distribution_figure(rows, 2023, "ha giang", "SIPAS", SOURCE)
    assert figure.layout.xaxis.range[0] == 0.0


def test_the_ranking_table_flags_disagreements_and_marks_the_province() -> None:
    table = logic.year_table(par_index(), 2023)
    assert logic.disagreement_count(table) == 1
    assert logic.disagreement_count(logic.year_table(par_index(), 2022)) == 0
    styled = logic.ranking_table(table, "lang son")
    shown = styled.data
    assert list(shown.columns) == [
        "Hạng theo điểm",
        "Tỉnh, thành phố",
        "Điểm",
        "Thay đổi so với năm trước",
        "Hạng công bố",
        "Ghi chú",
    ]
    assert shown.values.tolist() == [
        [1, "Lạng Sơn", "88,10", "+2,85", "1", ""],
        [2, "Quảng Ninh", "87,00", "-3,50", "2", ""],
        [3, "Hà Giang", "86,00", "", "2", "Hạng công bố khác hạng theo điểm"],
        [4, "Đà Nẵng", "70,90", "", "4", ""],
    ]
    html = styled.to_html()
    assert html.count("background-color: #FBE3D6") == 1
    assert html.count("font-weight: bold") == 1
    cells = styled._compute().ctx
    assert all(("background-color", "#FBE3D6") in cells[(0, c)] for c in range(6))
    assert not any(cells.get((1, c)) for c in range(6))
