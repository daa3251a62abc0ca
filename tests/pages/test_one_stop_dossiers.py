"""The dossier section of the One-Stop page with AppTest on the demo: the period's figures match the
dossier mart, the units with the most late dossiers come first, the officers with late dossiers are
listed, a unit's account sees its own desk only, and a year without dossier lists says what to load."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

from dashboard.format import vn_number
from tests.conftest import query
from tests.pages.apptest import run_page, signed_in

PAGE = "pages/one_stop.py"


def metrics(app: AppTest) -> dict[str, tuple[str, str]]:
    return {m.label: (m.value, m.delta) for m in app.metric}


def pct(value: float) -> str:
    text = vn_number(value, 2)
    return (text.rstrip("0").rstrip(",") if "," in text else text) + "%"


def table_with(app: AppTest, column: str):
    return next(frame.value for frame in app.dataframe if column in frame.value.columns)


def test_the_years_dossier_figures_match_the_mart(demo: Path) -> None:
    app = run_page(PAGE, year="2025")
    assert not app.exception and not app.error
    assert any(header.value == "Giải quyết hồ sơ thủ tục hành chính" for header in app.subheader)
    received, resolved, on_time, late, overdue, no_apology, late_n, disliked = query(
        demo,
        "select sum(received_count), sum(resolved_count), sum(early_count + on_time_count), sum(late_count),"
        " sum(overdue_count), sum(late_without_apology_count), sum(late_count), sum(disliked_count)"
        " from mart_dossier_period where breakdown = 'unit' and period_type = 'year' and year = 2025",
    )[0]
    assert resolved > 0 and late > 0 and no_apology > 0
    shown = metrics(app)
    assert shown["Hồ sơ tiếp nhận"] == (vn_number(received), f"{vn_number(resolved)} hồ sơ giải quyết xong")
    assert shown["Đúng hạn, trước hạn"][0] == pct(100 * on_time / resolved)
    assert shown["Hồ sơ trễ hạn"][0] == vn_number(late)
    assert shown["Chưa giải quyết, quá hạn"][0] == vn_number(overdue)
    assert shown["Trễ hạn chưa xin lỗi"][0] == vn_number(no_apology)
    assert shown["Chỉ số hài lòng (QĐ 766)"][0] == pct(100 - 100 * (late_n + disliked) / resolved)


def test_units_with_most_late_dossiers_first_and_late_officers_listed(demo: Path) -> None:
    app = run_page(PAGE, year="2024")
    assert not app.exception
    units = table_with(app, "Mã đơn vị")
    expected = query(
        demo,
        "select unit_code from mart_dossier_period where breakdown = 'unit' and period_type = 'year'"
        " and year = 2024 order by late_count desc, late_without_apology_count desc, received_count desc",
    )
    assert list(units["Mã đơn vị"]) == [code for (code,) in expected]
    officers = table_with(app, "Cán bộ tiếp nhận")
    assert len(officers) > 0
    late = [int(str(v).replace(".", "")) for v in officers["Trễ hạn"]]
    assert late == sorted(late, reverse=True) and min(late) >= 0


def test_a_units_account_sees_its_own_desks_only(demo: Path) -> None:
    app = run_page(PAGE, user=signed_in("don_vi", "X25-CAOLOC"), year="2025")
    assert not app.exception
    units = table_with(app, "Mã đơn vị")
    # xã Gia Cát merged into xã Cao Lộc on 1/7/2025: the account also reads its predecessor's desk.
    own = ["MC-X25-CAOLOC", "MC-X-CLO-GIACAT"]
    assert sorted(units["Mã đơn vị"]) == sorted(own)
    (received,) = query(
        demo,
        "select sum(received_count) from mart_dossier_period where breakdown = 'unit' and period_type = 'year'"
        " and year = 2025 and list_contains(?, unit_code)",
        own,
    )[0]
    assert metrics(app)["Hồ sơ tiếp nhận"][0] == vn_number(received)


def test_a_month_in_the_url_shows_that_months_dossiers(demo: Path) -> None:
    app = run_page(PAGE, year="2024", month="3")
    assert not app.exception and not app.error
    received, late, no_apology = query(
        demo,
        "select received_count, late_count, late_without_apology_count from mart_dossier_period"
        " where breakdown = 'all' and period_type = 'month' and year = 2024 and month = 3",
    )[0]
    shown = metrics(app)
    assert shown["Hồ sơ tiếp nhận"][0] == vn_number(received)
    assert (shown["Hồ sơ trễ hạn"][0], shown["Trễ hạn chưa xin lỗi"][0]) == (
        vn_number(late),
        vn_number(no_apology),
    )
    heading = "Cán bộ có nhiều hồ sơ trễ hạn và chưa xin lỗi – tháng 03/2024"
    assert any(heading in m.value for m in app.markdown)


def test_dossiers_show_where_no_officer_is_graded(tmp_path: Path, monkeypatch) -> None:
    """A province that sends dossier lists but no Mẫu 01 forms yet still sees how its desks handled them."""
    from tests.conftest import ingest, units_rows, write_csv
    from tests.integration.test_dossiers import HEADER, OFFICER_HEADER, TITLE, march_rows

    db = tmp_path / "wh" / "cchc.duckdb"
    assert ingest(write_csv(tmp_path / "units.csv", units_rows()), db).status == "loaded"
    officers = [OFFICER_HEADER, ["CB002", "Nông Văn Hùng", "MC-HL", "01/01/2023", ""]]
    assert ingest(write_csv(tmp_path / "officers.csv", officers), db).status == "loaded"
    rows = [*TITLE, HEADER, *march_rows()]
    assert ingest(write_csv(tmp_path / "hoso.csv", rows), db, refresh=True).status == "loaded"
    monkeypatch.setenv("CCHC_DB", str(db))
    app = run_page(PAGE, year="2024")
    assert not app.exception, app.exception
    assert any(header.value == "Giải quyết hồ sơ thủ tục hành chính" for header in app.subheader)
    assert metrics(app)["Hồ sơ tiếp nhận"][0] == "7"
