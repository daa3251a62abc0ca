"""Generated warehouses for the benchmarks: the demo province's reference data (its rules and criteria
frameworks, loaded through the real loader) and, written straight into the raw tables with DuckDB SQL,
any number of provinces' units, yearly scoring sheets, One-Stop officers, monthly forms and citizens'
ratings. Values are deterministic: every one comes from a hash of a fixed seed and the row's keys.

Each generated row names a generated file (`source_file` and `load_attempt`, one attempt per file, in the
order a province would send them: registry first), so lineage, supersession and the snapshots work as
after a real load. A finished warehouse is refreshed (`warehouse.db.prepare`) and published for readers.

Two departures from the demo, so that every generated year and month is scored and graded: the demo's
oldest framework versions are taken to start at the first generated year, and its rules to be in force
from then on. Column maps (`raw_file_column`) are not generated: no page reads them at scale.

Warehouses are cached in data/bench-cache/, named by the scale and a hash of what shapes them (this file,
the migrations, the models and the demo profile): a changed generator or model builds them again.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from etl.demo import PROFILE_DIR, framework_files
from etl.demo.reference import FAMILY, GIVEN_FEMALE, GIVEN_MALE, MIDDLE_FEMALE, MIDDLE_MALE
from etl.ingest import Loader
from etl.kinds.base import IngestOptions
from warehouse.db import (
    MIGRATIONS_DIR,
    MODELS_DIR,
    PROJECT_DIR,
    connect,
    files_dir,
    prepare,
    publish,
    record_published,
    replica_path,
)

CACHE_DIR = PROJECT_DIR / "data" / "bench-cache"
SEED = 2025


@dataclass(frozen=True)
class Scale:
    """How much to generate. Departments and districts per province, communes per province (each with its
    One-Stop desk), officers and ratings in all; scores for every year, forms for the last `months` months
    of the last year and before."""

    name: str
    provinces: int
    departments: int
    districts: int
    communes: int
    officers: int
    first_year: int
    last_year: int
    months: int
    ratings: int

    @property
    def units(self) -> int:
        return self.provinces * (self.departments + self.districts + self.communes)


# The country after 1 July 2025: 34 provinces, ~3,300 communes and ~700 departments and districts;
# 10 years of scoring, 10,000 One-Stop officers over 120 months, 20 million ratings.
NATIONAL = Scale("national", 34, 12, 9, 97, 10_000, 2016, 2025, 120, 20_000_000)
# One province shaped like the demo (about 120 scored units, 60 officers, two years of forms and
# 300,000 ratings) and that province 10 and 100 times over: the growth points.
PROVINCE_1X = Scale("growth-1x", 1, 12, 9, 97, 60, 2016, 2025, 24, 300_000)
PROVINCE_10X = Scale("growth-10x", 10, 12, 9, 97, 600, 2016, 2025, 24, 3_000_000)
PROVINCE_100X = Scale("growth-100x", 100, 12, 9, 97, 6_000, 2016, 2025, 24, 30_000_000)
# Small enough for a unit test.
TINY = Scale("tiny", 2, 2, 2, 4, 12, 2023, 2025, 12, 2_000)
_CONSTANTS = {
    "national": "NATIONAL",
    "growth-1x": "PROVINCE_1X",
    "growth-10x": "PROVINCE_10X",
    "growth-100x": "PROVINCE_100X",
    "tiny": "TINY",
}

PROCEDURES = (
    "Đăng ký khai sinh",
    "Chứng thực bản sao từ bản chính",
    "Đăng ký kết hôn",
    "Cấp giấy chứng nhận quyền sử dụng đất",
    "Đăng ký thường trú",
    "Cấp phép xây dựng nhà ở riêng lẻ",
    "Đăng ký hộ kinh doanh",
    "Xác nhận tình trạng hôn nhân",
)


def source_hash() -> str:
    """What the generated data depends on: this generator, the schema, the models and the demo profile."""
    digest = hashlib.sha256()
    paths = [Path(__file__), *sorted(MIGRATIONS_DIR.glob("*.sql")), *sorted(MODELS_DIR.glob("*.sql"))]
    paths += sorted(p for p in PROFILE_DIR.rglob("*") if p.is_file())
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def cached(scale: Scale, cache_dir: Path = CACHE_DIR) -> tuple[Path, float | None]:
    """The warehouse of `scale`, generated unless the cache holds one from the same sources; returns the
    path and the seconds spent generating (None when it came from the cache)."""
    database = cache_dir / f"{scale.name}-{source_hash()}.duckdb"
    if database.exists() and database.with_name(database.name + ".done").exists():
        return database, None
    cache_dir.mkdir(parents=True, exist_ok=True)
    # An older generation of this scale (other sources) is of no further use.
    for stale in cache_dir.glob(f"{scale.name}-*"):
        if stale.is_dir():
            shutil.rmtree(stale)
        else:
            stale.unlink()
    started = time.perf_counter()
    generate(database, scale)
    seconds = time.perf_counter() - started
    database.with_name(database.name + ".done").write_text(repr(asdict(scale)), encoding="utf-8")
    return database, seconds


def ensure(scale: Scale) -> tuple[Path, float | None, float | None]:
    """`cached(scale)` in a fresh process, so the generator's memory is its own: the warehouse, the
    seconds spent generating and the generator's peak memory in GB (both None when cached)."""
    database = CACHE_DIR / f"{scale.name}-{source_hash()}.duckdb"
    if database.exists() and database.with_name(database.name + ".done").exists():
        return database, None, None
    started = time.perf_counter()
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"from bench.national import cached, {_CONSTANTS[scale.name]}; cached({_CONSTANTS[scale.name]})",
        ],
        cwd=PROJECT_DIR,
    )
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"generating {scale.name} failed")
    return database, time.perf_counter() - started, usage.ru_maxrss / 2**20


def generate(database: Path, scale: Scale, seed: int = SEED) -> dict[str, int]:
    """Build the warehouse of `scale` at `database` (replacing it) and publish it; returns row counts."""
    _remove(database)
    _load_reference(database)
    con = connect(database)
    try:
        con.execute("begin transaction")
        _backdate_reference(con, scale)
        _generate_units(con, scale, seed)
        _generate_scores(con, scale, seed)
        _generate_officers(con, scale, seed)
        _generate_forms(con, scale, seed)
        _generate_feedback(con, scale, seed)
        _generate_published_index(con, scale, seed)
        _register_files(con)
        con.execute("commit")
        counts = {
            table: int(con.execute(f"select count(*) from {table}").fetchone()[0])
            for table in (
                "raw_unit",
                "raw_score",
                "raw_officer",
                "raw_officer_form",
                "raw_feedback",
                "source_file",
            )
        }
    finally:
        con.close()
    # Models and the snap_ tables, as after a load, then the read replica the pages open.
    prepare(database)
    con = connect(database)
    try:
        publish(con, database)
    finally:
        con.close()
    record_published(database)
    # Only the current replica is kept: a national one is over a gigabyte.
    current = replica_path(database)
    for stale in database.parent.glob(f"{database.stem}.read-*"):
        if stale != current:
            stale.unlink()
    return counts


def _remove(database: Path) -> None:
    """The warehouse, its WAL, replicas, pointer and stored files from an earlier generation."""
    for stale in (database, Path(f"{database}.wal"), *database.parent.glob(f"{database.stem}.read*")):
        if stale.exists():
            stale.unlink()
    shutil.rmtree(files_dir(database), ignore_errors=True)


def _load_reference(database: Path) -> None:
    """The demo's rules and criteria frameworks, through the loader a province uses."""
    with Loader(database) as loader:
        for path, options in [
            (PROFILE_DIR / "rules.csv", IngestOptions()),
            *((item.path, item.options) for item in framework_files()),
        ]:
            report = loader.ingest(path, options)
            if report.status != "loaded":
                raise RuntimeError(f"{path.name}: {report.status} {[f.message for f in report.findings]}")


def _backdate_reference(con, scale: Scale) -> None:
    first = f"{scale.first_year}-01-01"
    oldest = con.execute("select min(from_year) from raw_framework").fetchone()[0]
    con.execute(
        "update raw_framework set from_year = least(from_year, ?) where from_year = ?",
        [scale.first_year, oldest],
    )
    con.execute(
        "update raw_rule set valid_from_date = cast(? as date) where valid_from_date > cast(? as date)",
        [first, first],
    )
    # Files generated below are listed here, then registered in one pass (_register_files).
    con.execute(
        """
        create temp table bench_file (
            file_sha256 varchar, kind varchar, file_name varchar, file_format varchar, unit_code varchar,
            year integer, period varchar, framework_id varchar, rows_loaded integer, load_order integer
        )
        """
    )


def _rand(*keys: str) -> str:
    """SQL for a deterministic fraction in [0, 1) from the seed and the row's keys."""
    return f"(hash(?, {', '.join(keys)}) % 1000000) / 1000000.0"


def _generate_units(con, scale: Scale, seed: int) -> None:
    con.execute(
        """
        create temp table bench_province as
        select
            p as province_number,
            'T' || lpad(cast(p as varchar), 3, '0') as province_code,
            'Tỉnh Thử nghiệm ' || lpad(cast(p as varchar), 3, '0') as province_name
        from range(1, ? + 1) as t(p)
        """,
        [scale.provinces],
    )
    con.execute(
        """
        create temp table bench_unit as
        with departments as (
            select p.province_code, p.province_name, 'so_nganh' as unit_group, n,
                   p.province_code || '-S' || lpad(cast(n as varchar), 2, '0') as unit_code,
                   'Sở chuyên ngành số ' || n || ' ' || lower(p.province_name) as unit_name,
                   cast(null as varchar) as parent_code, cast(null as date) as valid_to_date
            from bench_province as p, range(1, ? + 1) as t(n)
        ),
        districts as (
            select p.province_code, p.province_name, 'huyen' as unit_group, n,
                   p.province_code || '-H' || lpad(cast(n as varchar), 2, '0') as unit_code,
                   'UBND huyện Số ' || n || ' ' || lower(p.province_name) as unit_name,
                   null as parent_code, date '2025-06-30' as valid_to_date
            from bench_province as p, range(1, ? + 1) as t(n)
        ),
        communes as (
            select p.province_code, p.province_name, 'xa' as unit_group, n,
                   p.province_code || '-X' || lpad(cast(n as varchar), 3, '0') as unit_code,
                   'UBND xã Số ' || n || ' ' || lower(p.province_name) as unit_name,
                   p.province_code || '-H' || lpad(cast((n - 1) % ? + 1 as varchar), 2, '0') as parent_code,
                   null as valid_to_date
            from bench_province as p, range(1, ? + 1) as t(n)
        ),
        desks as (
            select province_code, province_name, 'mot_cua', n, 'MC-' || unit_code,
                   'Bộ phận Một cửa ' || unit_name, unit_code, null
            from communes
        )
        select *, row_number() over (partition by province_code order by unit_group desc, n) as row_number
        from (
            select * from departments union all select * from districts
            union all select * from communes union all select * from desks
        )
        """,
        [scale.departments, scale.districts, scale.districts, scale.communes],
    )
    con.execute(
        f"""
        insert into raw_unit
        select sha256('bench:units:' || province_code), 'Danh mục', row_number + 1, unit_code, unit_name,
               unit_group, parent_code, date '{scale.first_year}-01-01', valid_to_date,
               [replace(unit_name, 'UBND ', '')], null
        from bench_unit
        """
    )
    con.execute(
        """
        insert into bench_file
        select sha256('bench:units:' || province_code), 'units',
               'Danh muc don vi ' || province_code || '.xlsx', 'xlsx', null, null, null, null,
               count(*), 0
        from bench_unit
        group by province_code
        """
    )


def _generate_scores(con, scale: Scale, seed: int) -> None:
    """One sheet per unit and year the unit exists on 31/12 and its group has a framework; every criterion
    of the framework a row (parents with their maximum only), survey points in a yearly survey table."""
    con.execute(
        f"""
        create temp table bench_sheet as
        select
            sha256('bench:score:' || u.unit_code || ':' || y) as file_sha256,
            u.province_code, u.unit_code, u.unit_name, u.unit_group, y as year, f.framework_id,
            -- The last year is partly appraised: the council has not finished it yet.
            y < ? or {_rand("u.unit_code", "y", "'appraised'")} < 0.6 as has_appraisal,
            -- A unit's level: most between 70 and 95 %, a few weaker.
            0.55 + 0.43 * {_rand("u.unit_code", "'level'")} as level
        from bench_unit as u
        cross join range(?, ? + 1) as t(y)
        inner join raw_framework as f
            on f.unit_group = u.unit_group and f.from_year <= y and coalesce(f.to_year, 9999) >= y
        where u.unit_group in ('so_nganh', 'huyen', 'xa')
          and (u.valid_to_date is null or u.valid_to_date >= make_date(y, 12, 31))
          -- About 1 % of the sheets owed never came.
          and {_rand("u.unit_code", "y", "'owed'")} >= 0.01
        """,
        [scale.last_year, seed, seed, scale.first_year, scale.last_year, seed],
    )
    con.execute(
        f"""
        insert into raw_score_sheet
        select file_sha256, 'Biểu tự đánh giá', unit_code, year, framework_id, unit_name, 'cell', 'cell',
               make_date(year, 12, 1 + cast(6 * {_rand("unit_code", "year", "'sent'")} as integer)),
               has_appraisal
        from bench_sheet
        """,
        [seed],
    )
    con.execute(
        f"""
        insert into raw_score
        with leaves as (
            select c.*, not exists (
                select 1 from raw_criterion as k
                where k.framework_id = c.framework_id and k.parent_code = c.criterion_code
            ) as is_leaf
            from raw_criterion as c
        ),
        rows as (
            select s.file_sha256, s.has_appraisal, s.level, c.*,
                   {_rand("s.file_sha256", "c.criterion_code")} as draw
            from bench_sheet as s
            inner join leaves as c using (framework_id)
        ),
        scored as (
            select *,
                   case when is_leaf and not is_survey
                        then round(least(max_points, max_points * (level + 0.3 * (draw - 0.5))) * 4) / 4
                   end as self_value
            from rows
        )
        select
            file_sha256, 'Biểu tự đánh giá', 6 + sort_order, criterion_code, 'code', stt_text, title,
            'cell', max_points,
            cast(greatest(self_value, 0) as decimal(9, 2)),
            case when has_appraisal and self_value is not null
                 then cast(greatest(self_value - case when draw < 0.15 then max_points * 0.5 else 0 end, 0)
                           as decimal(9, 2))
            end,
            null, null, false,
            case when self_value is not null and draw >= 0.04
                 then 'Quyết định số ' || (1 + cast(draw * 3000 as integer)) || '/QĐ-UBND' end,
            'cell',
            case when self_value is not null and draw < 0.02 then 'Đã thực hiện đầy đủ theo kế hoạch' end,
            'cell', null
        from scored
        """,
        [seed],
    )
    con.execute(
        f"""
        insert into raw_survey
        select sha256('bench:survey:' || s.province_code || ':' || s.year), 'ĐTXHH', row_number() over (
                   partition by s.province_code, s.year order by s.unit_code, c.criterion_code) + 5,
               s.year, s.unit_code, s.unit_name, c.criterion_code,
               cast(round(c.max_points * (0.5 + 0.5 * {_rand("s.file_sha256", "c.criterion_code")}), 2)
                    as decimal(9, 2))
        from bench_sheet as s
        inner join raw_criterion as c using (framework_id)
        where c.is_survey
          and not exists (select 1 from raw_criterion as k where k.framework_id = c.framework_id
                          and k.parent_code = c.criterion_code)
        """,
        [seed],
    )
    con.execute(
        """
        insert into bench_file
        select file_sha256, 'scoring', 'Tu danh gia CCHC ' || year || ' ' || unit_code || '.xlsx', 'xlsx',
               unit_code, year, null, framework_id,
               (select count(*) from raw_criterion as c where c.framework_id = s.framework_id), 1
        from bench_sheet as s
        """
    )
    con.execute(
        """
        insert into bench_file
        select file_sha256, 'survey', 'Diem DTXHH ' || year || '.xlsx', 'xlsx', null, year, null, null,
               count(*), 2
        from raw_survey
        group by file_sha256, year
        """
    )


def _generate_officers(con, scale: Scale, seed: int) -> None:
    """Officers spread over the desks, in force from the first generated year (names from the demo's)."""
    names = [list(FAMILY), list(MIDDLE_FEMALE), list(GIVEN_FEMALE), list(MIDDLE_MALE), list(GIVEN_MALE)]
    con.execute(
        """
        create temp table bench_desk as
        select unit_code, province_code, row_number() over (order by unit_code) - 1 as desk_number
        from bench_unit where unit_group = 'mot_cua'
        """
    )
    desks = int(con.execute("select count(*) from bench_desk").fetchone()[0])
    con.execute(
        f"""
        create temp table bench_officer as
        with drawn as (
            select n, 'CB' || lpad(cast(n as varchar), 6, '0') as officer_code,
                   {_rand("n", "'family'")} as f, {_rand("n", "'middle'")} as m, {_rand("n", "'given'")} as g
            from range(1, ? + 1) as t(n)
        )
        select
            d.officer_code, k.unit_code, k.province_code,
            ?[1 + cast(floor(f * ?) as integer)] || ' ' ||
            case when g < 0.55
                 then ?[1 + cast(floor(m * ?) as integer)] || ' ' || ?[1 + cast(floor(g / 0.55 * ?) as integer)]
                 else ?[1 + cast(floor(m * ?) as integer)] || ' '
                      || ?[1 + cast(floor((g - 0.55) / 0.45 * ?) as integer)]
            end as officer_name
        from drawn as d
        inner join bench_desk as k on k.desk_number = (d.n - 1) % ?
        """,
        [
            seed,
            seed,
            seed,
            scale.officers,
            names[0],
            len(names[0]),
            names[1],
            len(names[1]),
            names[2],
            len(names[2]),
            names[3],
            len(names[3]),
            names[4],
            len(names[4]),
            desks,
        ],
    )
    con.execute(
        f"""
        insert into raw_officer
        select sha256('bench:officers:' || province_code), 'Danh sách',
               row_number() over (partition by province_code order by officer_code) + 4,
               officer_code, officer_name, unit_code, date '{scale.first_year}-01-01', null
        from bench_officer
        """
    )
    con.execute(
        """
        insert into bench_file
        select sha256('bench:officers:' || province_code), 'officers',
               'Danh sach can bo Mot cua ' || province_code || '.xlsx', 'xlsx', null, null, null, null,
               count(*), 0
        from bench_officer
        group by province_code
        """
    )


def _months(scale: Scale) -> str:
    return (
        f"(select cast(date '{scale.last_year}-12-01' - to_months(cast(k as integer)) as date) as period_month"
        f" from range(0, {scale.months}) as m(k))"
    )


def _generate_forms(con, scale: Scale, seed: int) -> None:
    """Each province's desks send one summary table a month; about 2 % of officer-months are missing,
    10 % reviewed, 10 % late, 0.5 % scored low enough for a D."""
    con.execute(
        f"""
        insert into raw_officer_form
        with cells as (
            select o.officer_code, o.officer_name, o.unit_code, o.province_code, m.period_month,
                   {_rand("o.officer_code", "m.period_month")} as draw
            from bench_officer as o cross join {_months(scale)} as m
        )
        select
            sha256('bench:forms:' || province_code || ':' || period_month), 'Tổng hợp',
            row_number() over (partition by province_code, period_month order by officer_code) + 7,
            'summary', period_month, 'cell', officer_code, officer_name, unit_code,
            -- About 0.5 % of the months are graded D: the officer is to be replaced.
            cast(case when draw < 0.025 then 30 else round(48 + 52 * sqrt(draw), 1) end as decimal(5, 2)),
            case when draw > 0.9 then cast(round(45 + 50 * draw, 1) as decimal(5, 2)) end,
            cast(period_month + interval 1 month as date) + case when floor(draw * 997) % 10 = 0 then 3 else 0 end,
            null
        from cells
        where draw >= 0.02
        """,
        [seed],
    )
    con.execute(
        """
        insert into bench_file
        select sha256('bench:forms:' || province_code || ':' || period_month), 'officer_form',
               'Mau 01 ' || province_code || ' ' || strftime(period_month, '%Y-%m') || '.xlsx', 'xlsx', null,
               year(period_month), strftime(period_month, '%Y-%m'), null, count(*), 3
        from raw_officer_form as f
        inner join bench_officer as o using (officer_code)
        group by province_code, period_month
        """
    )


def _generate_feedback(con, scale: Scale, seed: int) -> None:
    """Ratings spread evenly over officers and months, one export per province and month, on the 5-level
    scale; about 80 % satisfied."""
    con.execute(
        f"""
        create temp table bench_month as
        select row_number() over (order by period_month) - 1 as month_number, period_month
        from {_months(scale)}
        """
    )
    con.execute(
        "create temp table bench_officer_number as"
        " select row_number() over (order by officer_code) - 1 as officer_number, * from bench_officer"
    )
    con.execute(
        f"""
        insert into raw_feedback
        with drawn as (
            select i, {_rand("i")} as draw, hash(?, i, 'officer') % ? as officer_number,
                   i % ? as month_number
            from range(0, ?) as t(i)
        ),
        placed as (
            select d.*, o.officer_code, o.unit_code, o.province_code, m.period_month
            from drawn as d
            inner join bench_officer_number as o using (officer_number)
            inner join bench_month as m using (month_number)
        )
        select
            sha256('bench:feedback:' || province_code || ':' || period_month),
            i + 2,
            cast(period_month as timestamp) + to_seconds(cast(floor(draw * 27 * 86400) as bigint)),
            'HS-' || i, unit_code, officer_code,
            ?[1 + cast(floor(draw * 7919) % 8 as integer)],
            case when draw < 0.45 then 'rat_hai_long' when draw < 0.80 then 'hai_long'
                 when draw < 0.92 then 'binh_thuong' when draw < 0.98 then 'khong_hai_long'
                 else 'rat_khong_hai_long' end,
            5, null, null, null, null, null
        from placed
        """,
        [seed, seed, scale.officers, scale.months, scale.ratings, list(PROCEDURES)],
    )
    con.execute(
        """
        insert into bench_file
        select sha256('bench:feedback:' || o.province_code || ':' || m.period_month), 'feedback',
               'Danh gia Mau 02 ' || o.province_code || ' ' || strftime(m.period_month, '%Y-%m') || '.csv',
               'csv', null, year(m.period_month), strftime(m.period_month, '%Y-%m'), null, count(*), 4
        from raw_feedback as f
        inner join bench_officer as o using (officer_code)
        inner join bench_month as m on m.period_month = cast(date_trunc('month', f.rated_at) as date)
        group by o.province_code, m.period_month
        """
    )


def _generate_published_index(con, scale: Scale, seed: int) -> None:
    """The ministry's PAR INDEX of the generated provinces, one table a year."""
    con.execute(
        f"""
        insert into raw_published_index
        select sha256('bench:par:' || y), 'PAR INDEX', p.province_number + 3, 'PAR INDEX', y,
               p.province_name, 'cell', null, cast(round(75 + 20 * {_rand("p.province_code", "y")}, 2) as decimal(12, 4)),
               null, cast(p.province_number as integer)
        from bench_province as p cross join range(?, ? + 1) as t(y)
        """,
        [seed, scale.first_year, scale.last_year],
    )
    con.execute(
        """
        insert into bench_file
        select file_sha256, 'published_index', 'PAR INDEX ' || year || '.xlsx', 'xlsx', null, year, null,
               null, count(*), 5
        from raw_published_index
        group by file_sha256, year
        """
    )


def _register_files(con) -> None:
    """One load attempt and one source_file row per generated file, in load order."""
    con.execute(
        """
        insert into load_attempt (file_sha256, file_name, stored_path, kind, status, attempted_at,
                                  rows_loaded, rows_rejected, unit_code, year, period)
        select file_sha256, file_name, 'bench/' || file_sha256, kind, 'loaded', now(), rows_loaded, 0,
               unit_code, year, period
        from bench_file
        order by load_order, year nulls first, period, file_name
        """
    )
    con.execute(
        """
        insert into source_file
        select b.file_sha256, a.attempt_id, b.file_name, a.stored_path, b.file_format,
               b.rows_loaded * 120, b.kind, b.unit_code, b.year, b.period, b.framework_id, a.attempted_at,
               b.rows_loaded, 0, null
        from bench_file as b
        inner join load_attempt as a using (file_sha256)
        """
    )


if __name__ == "__main__":
    # `python -m bench.national [SCALE ...]`: fill the cache before a timed `make bench` (default: every
    # scale the bench reads).
    wanted = sys.argv[1:] or ["national", "growth-1x", "growth-10x", "growth-100x"]
    by_name = {name: globals()[constant] for name, constant in _CONSTANTS.items()}
    for name in wanted:
        path, seconds, peak = ensure(by_name[name])
        state = "cached" if seconds is None else f"generated in {seconds:.0f} s, peak {peak:.1f} GB"
        print(f"{name}: {path} ({state})")
