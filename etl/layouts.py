"""Which header texts mean which field, per kind of file: the one place that knows spreadsheet layouts.

Synonyms are written folded (no diacritics, lower case, punctuation as spaces; see `etl.text.fold`),
so "Mã đơn vị", "MA DON VI" and "Mã đơn vị (*)" all match "ma don vi". A new template or a unit's
own wording is an edit here, not in the parsers.
"""

from __future__ import annotations

from dataclasses import dataclass


# Compared and hashed by identity: each layout is a module-level constant, looked up in caches.
@dataclass(frozen=True, eq=False)
class Layout:
    """The fields a kind of file can carry, the header texts that name them, and those it needs."""

    kind: str
    fields: dict[str, tuple[str, ...]]
    required: tuple[str, ...]
    # Fields whose presence alone says "this is that kind" (a units file has no "mã cán bộ").
    distinctive: tuple[str, ...] = ()


UNITS = Layout(
    kind="units",
    fields={
        "unit_code": ("ma don vi", "ma dv", "ma co quan", "ma"),
        "unit_name": ("ten don vi", "ten dv", "ten co quan", "ten co quan don vi", "don vi", "ten"),
        "unit_group": ("nhom", "nhom don vi", "loai don vi", "khoi", "nhom danh gia"),
        "parent_code": ("don vi cap tren", "ma don vi cap tren", "cap tren", "don vi quan ly"),
        "valid_from_date": ("hieu luc tu", "hieu luc tu ngay", "tu ngay", "ngay thanh lap"),
        "valid_to_date": ("hieu luc den", "hieu luc den ngay", "den ngay", "ngay giai the"),
        "aliases": ("ten goi khac", "ten khac", "cac ten goi khac", "ten viet tat"),
        "successor_code": ("sap nhap vao", "don vi ke thua", "ma don vi ke thua", "hop nhat vao"),
    },
    required=("unit_code", "unit_name", "unit_group"),
    distinctive=("unit_group",),
)

OFFICERS = Layout(
    kind="officers",
    fields={
        "officer_code": ("ma can bo", "ma cong chuc", "ma cb", "ma ccvc", "ma nhan vien"),
        "officer_name": ("ho va ten", "ho ten", "ten can bo", "ten cong chuc", "ho va ten can bo"),
        "unit_code": ("ma don vi", "ma dv", "ma co quan"),
        "valid_from_date": ("tu ngay", "ngay bat dau", "hieu luc tu"),
        "valid_to_date": ("den ngay", "ngay ket thuc", "hieu luc den"),
    },
    required=("officer_code", "officer_name", "unit_code"),
    distinctive=("officer_code",),
)

FRAMEWORK = Layout(
    kind="framework",
    fields={
        "stt": ("stt", "so tt", "tt", "so thu tu", "ma tieu chi"),
        "title": (
            "linh vuc tieu chi tieu chi thanh phan",
            "linh vuc tieu chi",
            "tieu chi tieu chi thanh phan",
            "noi dung tieu chi",
            "ten tieu chi",
            "tieu chi",
            "noi dung",
            "linh vuc",
        ),
        "max_points": ("diem toi da", "diem chuan", "thang diem", "diem toi da diem", "so diem toi da"),
        "method": ("phuong phap danh gia", "phuong phap cham diem", "phuong phap cham", "phuong phap"),
        "responsible_office": (
            "co quan chu tri",
            "don vi chu tri",
            "co quan phu trach",
            "co quan cung cap tai lieu kiem chung",
            "don vi cung cap tai lieu kiem chung",
            "co quan tham muu",
        ),
    },
    required=("stt", "title", "max_points"),
)

RULES = Layout(
    kind="rules",
    fields={
        "rule_code": ("quy tac", "ma quy tac", "bo quy tac"),
        "param_code": ("tham so", "ma tham so"),
        "value": ("gia tri",),
        "unit_group": ("nhom", "nhom don vi"),
        "valid_from_date": ("hieu luc tu", "tu ngay"),
        "valid_to_date": ("hieu luc den", "den ngay"),
        "legal_basis": ("can cu", "can cu phap ly", "van ban"),
        "note": ("dien giai", "ghi chu", "mo ta"),
    },
    required=("rule_code", "param_code", "value", "valid_from_date"),
    distinctive=("rule_code", "param_code"),
)

REFERENCE_LAYOUTS: dict[str, Layout] = {layout.kind: layout for layout in (UNITS, OFFICERS, FRAMEWORK, RULES)}

# Framework metadata may travel inside the workbook, on a sheet named like this, as label/value rows.
FRAMEWORK_INFO_SHEET = ("thong tin", "thong tin bo tieu chi", "metadata")
FRAMEWORK_INFO_FIELDS: dict[str, tuple[str, ...]] = {
    "framework_id": ("ma bo tieu chi", "ma"),
    "unit_group": ("nhom", "nhom don vi", "ap dung cho"),
    "from_year": ("tu nam", "ap dung tu nam"),
    "to_year": ("den nam", "ap dung den nam"),
    "legal_basis": ("can cu", "quyet dinh", "van ban"),
}

# Unit groups: codes, with other ways units write them (the Vietnamese labels live in labels.ui).
GROUP_SYNONYMS: dict[str, tuple[str, ...]] = {
    "so_nganh": ("so nganh", "so ban nganh", "cap so", "so", "khoi so"),
    "huyen": ("ubnd cap huyen", "cap huyen", "huyen", "ubnd huyen"),
    "xa": ("ubnd cap xa", "cap xa", "xa", "ubnd xa", "xa phuong thi tran"),
    "phong": ("phong chuyen mon", "phong", "co quan chuyen mon cap huyen"),
    "mot_cua": ("bo phan mot cua", "mot cua", "bo phan tiep nhan va tra ket qua"),
}

# Rows whose title says they are a total, not a criterion.
TOTAL_TITLES = ("tong cong", "tong diem", "tong so diem", "cong", "tong")
# Method texts that mark survey points (never self-scored).
SURVEY_METHODS = ("dieu tra xa hoi hoc", "dtxhh", "khao sat", "dieu tra")
