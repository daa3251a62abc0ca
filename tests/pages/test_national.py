"""The national indices page with AppTest: empty states, the demo province's score and rank against the
published tables, the URL's index and province, and a built warehouse where the province is written
differently, a printed rank disagrees and one index does not list the province."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.format import vn_number
from tests.conftest import ingest, query, units_rows, write_csv, write_xlsx
from tests.pages.apptest import run_page

PAGE = "pages/national.py"
RULE_HEADER = ["Quy tắc", "Tham số", "Giá trị", "Nhóm", "Hiệu lực từ", "Hiệu lực đến", "Căn cứ", "Diễn giải"]
TABLE_HEADER = ["STT", "Tỉnh, thành phố", "Chỉ số", "Xếp hạng"]


def run(**params: str) -> AppTest:
    return run_page(PAGE, **params)


def metrics(app: AppTest) -> dict[str, tuple[str, str]]:
    return {m.label: (m.value, m.delta) for m in app.metric}


def national(db: Path, index_name: str, year: int) -> dict[str, tuple[float, int, int]]:
    """Score, rank from the scores and number of provinces of a national table, straight from the mart."""
    rows = query(
        db,
        "select entity_name, cast(score as double), computed_rank, count(*) over ()"
        " from mart_published_index where unit_code is null and index_name = ? and year = ?",
        index_name,
        year,
    )
    return {name: (score, rank, count) for name, score, rank, count in rows}


def test_an_empty_warehouse_says_how_to_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(tmp_path / "none.duckdb"))
    app = run()
    assert not app.exception
    assert any("make demo" in info.value for info in app.info)


def test_a_warehouse_without_national_tables_says_what_to_load(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ingest(write_csv(tmp_path / "units.csv", units_rows()), db).status == "loaded"
    monkeypatch.setenv("CCHC_DB", str(db))
    app = run()
    assert not app.exception
    assert any("--index" in info.value and "Xếp hạng" in info.value for info in app.info)


def test_the_provinces_score_and_rank_match_the_published_tables(demo: Path) -> None:
    app = run(year="2023")
    assert not app.exception and not app.error
    assert app.selectbox(key="national_index").value == "PAR INDEX"
    assert app.selectbox(key="national_entity").value == "Lạng Sơn"
    score, rank, count = national(demo, "PAR INDEX", 2023)["Lạng Sơn"]
    before_score, before_rank, _ = national(demo, "PAR INDEX", 2022)["Lạng Sơn"]
    shown = metrics(app)
    assert shown["Điểm PAR INDEX 2023"] == (
        vn_number(score, 2),
        f"+{vn_number(score - before_score, 2)} so với 2022",
    )
    assert shown["Xếp hạng 2023"] == (f"{rank}/{count}", f"+{before_rank - rank} bậc so với 2022")
    assert (rank, count, before_rank) == (6, 12, 9)
    scores = [s for s, _, _ in national(demo, "PAR INDEX", 2023).values()]
    assert shown["Trung bình các tỉnh 2023"][0] == vn_number(sum(scores) / len(scores), 2)
    assert any("trong số 12 tỉnh có trong bảng đã nạp" in c.value for c in app.caption)
    table = app.dataframe[0].value
    assert len(table) == count
    mine = table[table["Tỉnh, thành phố"] == "Lạng Sơn"].iloc[0]
    assert (mine["Hạng theo điểm"], mine["Điểm"], mine["Hạng công bố"]) == (rank, vn_number(score, 2), "6")
    assert not app.warning  # the demo's printed ranks agree with the scores


def test_a_year_without_a_table_shows_the_latest_earlier_one(demo: Path) -> None:
    app = run(year="2025")
    assert not app.exception
    assert any("Chưa có bảng PAR INDEX năm 2025; hiển thị năm 2023" in c.value for c in app.caption)
    assert "Điểm PAR INDEX 2023" in metrics(app)


def test_the_url_restores_the_index_and_the_province(demo: Path) -> None:
    app = run(year="2022", index="PAR INDEX", entity="Hà Nội")
    assert not app.exception
    assert app.selectbox(key="national_entity").value == "Hà Nội"
    score, rank, count = national(demo, "PAR INDEX", 2022)["Hà Nội"]
    shown = metrics(app)
    assert shown["Điểm PAR INDEX 2022"] == (vn_number(score, 2), "")
    assert shown["Xếp hạng 2022"][0] == f"{rank}/{count}"
    app.selectbox(key="national_entity").set_value("Cao Bằng").run()
    assert app.query_params["entity"] == "Cao Bằng"


def par_index(year: int, rows: list[list[object]]) -> list[list[object]]:
    return [
        [f"CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) NĂM {year} CỦA CÁC TỈNH, THÀNH PHỐ"],
        [],
        TABLE_HEADER,
        *rows,
    ]


@pytest.fixture
def built(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two PAR INDEX years naming the province two ways, a printed rank that disagrees in 2023, and a
    SIPAS table without the province; the rule names it «tỉnh LẠNG SƠN»."""
    rules = [RULE_HEADER, ["province", "name", "tỉnh LẠNG SƠN", "", "01/01/2018", "", "", ""]]
    assert ingest(write_csv(tmp_path / "rules.csv", rules), db).status == "loaded"
    tables = {
        "par_2022.xlsx": par_index(2022, [[1, "Quảng Ninh", "90,5", 1], [2, "Tỉnh Lạng Sơn", "85,25", 2]]),
        "par_2023.xlsx": par_index(
            2023,
            [[1, "Lạng Sơn", "88,10", 1], [2, "Quảng Ninh", "87,00", 2], [3, "Hà Giang", "86,00", 2]],
        ),
    }
    for name, rows in tables.items():
        report = ingest(write_xlsx(tmp_path / name, rows[2:], top=rows[:2]), db)
        assert report.status == "loaded", [f.message for f in report.findings]
    sipas = [TABLE_HEADER, [1, "Cao Bằng", "91,2%", 1], [2, "Hà Giang", "88,4%", 2]]
    assert (
        ingest(write_csv(tmp_path / "sipas.csv", sipas), db, index_name="SIPAS", year=2023).status == "loaded"
    )
    monkeypatch.setenv("CCHC_DB", str(db))
    return db


def test_the_province_is_found_however_the_table_writes_it(built: Path) -> None:
    app = run(year="2023")
    assert not app.exception and not app.error
    assert app.selectbox(key="national_entity").value == "Lạng Sơn"
    assert app.selectbox(key="national_index").options[:2] == [
        "PAR INDEX – Chỉ số cải cách hành chính",
        "SIPAS – Chỉ số hài lòng về sự phục vụ hành chính",
    ]
    shown = metrics(app)
    assert shown["Điểm PAR INDEX 2023"] == ("88,10", "+2,85 so với 2022")
    assert shown["Xếp hạng 2023"] == ("1/3", "+1 bậc so với 2022")
    assert query(built, "select count(*) from mart_national_index where is_province") == [(2,)]


def test_a_printed_rank_that_disagrees_is_flagged(built: Path) -> None:
    app = run(year="2023")
    assert [w.value for w in app.warning] == [
        "Thứ hạng công bố khác thứ hạng tính lại từ điểm ở 1 dòng (đánh dấu trong cột «Ghi chú»): "
        "kiểm tra lại bảng gốc."
    ]
    table = app.dataframe[0].value
    flagged = table[table["Ghi chú"] != ""]
    assert flagged[["Tỉnh, thành phố", "Hạng theo điểm", "Hạng công bố"]].values.tolist() == [
        ["Hà Giang", 3, "2"]
    ]


def test_an_index_without_the_province_lets_the_user_pick(built: Path) -> None:
    app = run(year="2023", index="SIPAS")
    assert not app.exception
    assert any("Các bảng SIPAS đã nạp không có tỉnh LẠNG SƠN" in info.value for info in app.info)
    assert app.selectbox(key="national_entity").options == ["Cao Bằng", "Hà Giang"]
    assert metrics(app)["Xếp hạng 2023"][0] == "1/2"
    app = run(year="2023", index="SIPAS", entity="Hà Giang")
    assert metrics(app)["Điểm SIPAS 2023"][0] == "88,40"


def test_without_the_province_rule_the_page_asks_for_a_province(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = par_index(2023, [[1, "Quảng Ninh", "90,5", 1], [2, "Lạng Sơn", "85,25", 2]])
    assert ingest(write_xlsx(tmp_path / "par.xlsx", rows[2:], top=rows[:2]), db).status == "loaded"
    monkeypatch.setenv("CCHC_DB", str(db))
    app = run(entity="Quảng Ninh")
    assert not app.exception
    assert any("«province» – «name»" in info.value for info in app.info)
    assert app.selectbox(key="national_entity").value == "Quảng Ninh"
    assert metrics(app)["Xếp hạng 2023"][0] == "1/2"


def test_a_province_rule_without_a_name_is_refused(db: Path, tmp_path: Path) -> None:
    rules = [RULE_HEADER, ["province", "name", "", "", "01/01/2018", "", "", ""]]
    report = ingest(write_csv(tmp_path / "rules.csv", rules), db)
    assert report.status == "rejected"
    assert [(f.rule, f.cell) for f in report.findings] == [("value.required", "C2")]
