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
    # Phrases (folded) that, written above the header, say "this is that kind" even more surely: a
    # One-Stop officer's form has the columns of a scoring sheet but says «Mẫu số 01» and «Họ và tên».
    title_markers: tuple[str, ...] = ()


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

_CRITERION_TITLES = FRAMEWORK.fields["title"]

# A unit's yearly self-assessment sheet; the council's appraised version adds «Điểm thẩm định».
SCORING = Layout(
    kind="scoring",
    fields={
        "stt": ("stt", "so tt", "tt", "so thu tu", "ma tieu chi", "ma so"),
        "title": _CRITERION_TITLES,
        "max_points": ("diem toi da", "diem chuan", "thang diem", "so diem toi da", "toi da"),
        "self_points": (
            "diem tu danh gia",
            "tu danh gia",
            "diem tdg",
            "tdg",
            "diem tu cham",
            "tu cham diem",
            "diem tu cham diem",
            "diem don vi tu cham",
            "diem do don vi tu cham",
            "diem tu danh gia cua don vi",
            "don vi tu danh gia",
            "diem tu danh gia tdg",
        ),
        "appraised_points": (
            "diem tham dinh",
            "tham dinh",
            "diem hoi dong tham dinh",
            "diem do hoi dong tham dinh",
            "diem sau tham dinh",
            "ket qua tham dinh",
            "diem thdinh",
        ),
        "not_applicable": ("khong ap dung", "kad", "tieu chi khong ap dung"),
        "evidence": (
            "tai lieu kiem chung",
            "tlkc",
            "tai lieu kiem chung tlkc",
            "danh muc tai lieu kiem chung",
            "tai lieu chung minh",
            "minh chung",
            "tai lieu minh chung",
        ),
        "explanation": (
            "giai trinh",
            "noi dung giai trinh",
            "giai trinh cach tinh diem",
            "thuyet minh",
            "giai trinh ghi chu",
        ),
        # «Ghi chú» stands for the explanation when a sheet has no «Giải trình» column.
        "note": ("ghi chu",),
    },
    required=("title", "max_points", "self_points"),
    distinctive=("self_points",),
)

# Survey (ĐTXHH) points: one row per unit (a total) or per unit and survey criterion.
SURVEY = Layout(
    kind="survey",
    fields={
        "unit_code": ("ma don vi", "ma dv", "ma co quan"),
        "unit_name": ("ten don vi", "don vi", "ten co quan", "co quan don vi", "ten"),
        "year": ("nam", "nam danh gia"),
        "criterion_code": ("ma tieu chi", "tieu chi", "stt tieu chi", "ma tc"),
        "survey_points": (
            "diem dieu tra xa hoi hoc",
            "diem dtxhh",
            "dtxhh",
            "diem khao sat",
            "dieu tra xa hoi hoc",
            "tong diem dtxhh",
            "tong diem dieu tra xa hoi hoc",
            "diem dieu tra",
        ),
    },
    required=("survey_points",),
    distinctive=("survey_points",),
)

# A published results table: entity, score and optionally the published rank.
PUBLISHED_INDEX = Layout(
    kind="published_index",
    fields={
        "entity_name": (
            "tinh thanh pho",
            "dia phuong",
            "ten tinh thanh pho",
            "ten don vi",
            "don vi",
            "co quan don vi",
            "ten dia phuong",
            "tinh",
            "ten",
        ),
        "score": (
            "chi so",
            "diem chi so",
            "ket qua chi so",
            "gia tri chi so",
            "chi so cchc",
            "chi so par index",
            "par index",
            "sipas",
            "chi so sipas",
            "chi so hai long",
            "pci",
            "diem pci",
            "papi",
            "diem papi",
            "ddci",
            "ket qua",
            "tong diem",
            "diem so",
            "diem",
        ),
        "rank": ("xep hang", "thu hang", "hang", "vi tri xep hang", "thu tu xep hang"),
    },
    required=("entity_name", "score"),
    distinctive=("rank",),
)

# Heads' completion levels (QĐ 01/2023 Hưng Yên): which indices each unit answers for, and the thresholds.
HEAD_RULES = Layout(
    kind="head_rules",
    fields={
        "rule_set_id": ("ma quy dinh", "quy dinh", "ma bo quy dinh"),
        "unit_code": ("ma don vi", "ma dv", "ma co quan"),
        "index_name": ("chi so", "ten chi so", "chi so phu trach"),
        "field_name": ("linh vuc", "linh vuc chi so", "chi so thanh phan"),
        "measure": ("do theo", "thuoc do", "cach do", "tieu chi do"),
        "excellent_threshold": ("hoan thanh xuat sac", "muc hoan thanh xuat sac", "nguong xuat sac"),
        "good_threshold": ("hoan thanh tot", "muc hoan thanh tot", "nguong tot"),
        "done_threshold": ("hoan thanh", "muc hoan thanh", "nguong hoan thanh"),
        "weight": ("trong so",),
        "combine_method": ("cach ket hop", "ket hop", "cach tong hop"),
        "result_lag_years": ("ket qua lui", "so nam lui", "ket qua cua nam truoc"),
        "published_due": ("han cong bo",),
        "sent_due": ("han gui so noi vu", "han gui"),
        "decided_due": ("han quyet dinh", "han quyet dinh muc"),
        "valid_from_date": ("hieu luc tu", "tu ngay"),
        "valid_to_date": ("hieu luc den", "den ngay"),
        "legal_basis": ("can cu", "can cu phap ly", "van ban"),
        "note": ("ghi chu", "dien giai"),
    },
    required=(
        "rule_set_id",
        "unit_code",
        "index_name",
        "measure",
        "excellent_threshold",
        "good_threshold",
        "done_threshold",
        "valid_from_date",
    ),
    distinctive=("rule_set_id", "measure", "excellent_threshold"),
)

# The yearly calendar of each index (and the province's result in a field of a national index).
HEAD_CALENDAR = Layout(
    kind="head_calendar",
    fields={
        "year": ("nam", "nam ket qua", "nam chi so"),
        "index_name": ("chi so", "ten chi so"),
        "field_name": ("linh vuc", "linh vuc chi so", "chi so thanh phan"),
        "score": ("diem", "diem so", "ket qua", "diem linh vuc"),
        "rank": ("xep hang", "thu hang", "hang"),
        "published_date": ("ngay cong bo",),
        "sent_date": ("ngay gui so noi vu", "ngay gui"),
        "decided_date": ("ngay quyet dinh", "ngay quyet dinh muc"),
        "note": ("ghi chu",),
    },
    required=("year", "index_name"),
    distinctive=("published_date", "sent_date", "decided_date"),
)

# One-Stop officers' self-evaluations (Mẫu 01): one officer's form (criteria lines, the officer named in
# the title block) or a desk's monthly summary table (one officer per row).
OFFICER_FORM = Layout(
    kind="officer_form",
    fields={
        "stt": ("stt", "so tt", "tt", "so thu tu"),
        "title": ("noi dung", "noi dung tieu chi", "noi dung danh gia", "tieu chi", "tieu chi danh gia",
                  "noi dung cham diem"),
        "max_points": ("diem toi da", "thang diem", "diem chuan", "so diem toi da", "toi da"),
        "officer_code": ("ma can bo", "ma cong chuc", "ma cb", "ma ccvc", "ma nhan vien", "ma cbccvc"),
        "officer_name": ("ho va ten", "ho ten", "ten can bo", "ho va ten can bo", "ho va ten cong chuc",
                         "can bo cong chuc", "ten cong chuc"),
        "unit": ("don vi", "co quan", "bo phan", "noi cong tac", "don vi cong tac", "ma don vi", "co quan don vi"),
        "self_score": ("tong diem tu danh gia", "diem tu danh gia", "tu danh gia", "diem tdg", "ca nhan tu danh gia",
                       "diem ca nhan tu danh gia", "diem ca nhan tu cham", "tu cham", "diem tu cham"),
        "reviewed_score": ("diem thu truong danh gia", "thu truong danh gia", "diem thu truong",
                           "diem lanh dao danh gia", "lanh dao danh gia", "diem danh gia cua thu truong",
                           "diem thu truong don vi danh gia", "thu truong co quan danh gia", "diem cap tren danh gia"),
        "submitted_date": ("ngay nop", "ngay nop phieu", "ngay gui", "ngay gui phieu"),
        "note": ("ghi chu",),
    },
    required=("self_score",),
    distinctive=("officer_code", "officer_name", "reviewed_score"),
    title_markers=("mau so 01", "mau 01", "phieu tu danh gia", "ho va ten", "ho ten"),
)  # fmt: skip

# Citizens' ratings of One-Stop officers (Mẫu 02) exported from kiosks and the public-service portal.
FEEDBACK = Layout(
    kind="feedback",
    fields={
        "rated_at": ("thoi gian", "thoi gian danh gia", "ngay danh gia", "ngay gio danh gia", "thoi diem danh gia",
                     "ngay gio", "ngay", "ngay thang"),
        "dossier_code": ("ma ho so", "so ho so", "ma hs", "so bien nhan", "ma bien nhan"),
        "unit_code": ("ma don vi", "ma dv", "ma co quan"),
        "unit_name": ("don vi", "ten don vi", "co quan", "noi tiep nhan", "bo phan mot cua", "don vi tiep nhan"),
        "officer_code": ("ma can bo", "ma cong chuc", "ma cb", "ma ccvc", "tai khoan can bo", "ma nhan vien"),
        "officer_name": ("can bo", "ten can bo", "ho va ten can bo", "can bo tiep nhan", "cong chuc tiep nhan",
                         "nguoi tiep nhan", "can bo xu ly", "cong chuc", "ho ten can bo"),
        "procedure": ("thu tuc hanh chinh", "ten thu tuc", "thu tuc", "ten thu tuc hanh chinh", "tthc", "linh vuc"),
        "level": ("muc do hai long", "danh gia", "ket qua danh gia", "muc do danh gia", "muc hai long", "hai long",
                  "diem danh gia", "muc danh gia", "danh gia chung", "muc do hai long chung"),
        "attitude": ("thai do phuc vu", "thai do", "thai do cua can bo"),
        "guidance": ("huong dan", "huong dan ho so", "cong tac huong dan", "huong dan cua can bo"),
        "timeliness": ("thoi gian giai quyet", "tien do giai quyet", "dung hen", "thoi han giai quyet"),
        "comment": ("y kien", "y kien khac", "gop y", "noi dung gop y", "binh luan", "y kien gop y"),
    },
    required=("rated_at", "level"),
    distinctive=("level",),
)  # fmt: skip

# Dossier lists exported from the public-service portal: one row per dossier with its dates and whether
# it was digitised and, when late, whether an apology letter went to the citizen.
DOSSIERS = Layout(
    kind="dossiers",
    fields={
        "dossier_code": ("ma ho so", "so ho so", "ma hs", "so hs", "ma so ho so", "so bien nhan", "ma bien nhan"),
        "unit_code": ("ma don vi", "ma dv", "ma co quan"),
        "unit_name": ("don vi", "ten don vi", "co quan", "don vi tiep nhan", "noi tiep nhan", "bo phan mot cua",
                      "co quan tiep nhan", "don vi xu ly", "co quan giai quyet"),
        "officer_code": ("ma can bo", "ma cong chuc", "ma cb", "ma ccvc", "tai khoan can bo", "ma can bo tiep nhan"),
        "officer_name": ("can bo tiep nhan", "nguoi tiep nhan", "cong chuc tiep nhan", "ten can bo", "can bo",
                         "ho ten can bo tiep nhan", "ho va ten can bo tiep nhan", "cb tiep nhan"),
        "procedure": ("thu tuc hanh chinh", "ten thu tuc", "thu tuc", "ten thu tuc hanh chinh", "tthc", "ten tthc"),
        "received_date": ("ngay tiep nhan", "ngay nhan", "thoi gian tiep nhan", "ngay nhan ho so",
                          "ngay tiep nhan ho so", "ngay tn", "ngay gio tiep nhan"),
        "due_date": ("ngay hen tra", "ngay hen tra ket qua", "han giai quyet", "han xu ly", "ngay het han",
                     "han tra ket qua", "ngay hen", "hen tra"),
        "resolved_date": ("ngay tra ket qua", "ngay hoan thanh", "ngay co ket qua", "ngay giai quyet xong",
                          "ngay xu ly xong", "ngay ket thuc", "ngay tra kq", "thoi gian tra ket qua",
                          "ngay hoan thanh xu ly"),
        "is_digitised": ("so hoa", "da so hoa", "so hoa ho so", "ho so da so hoa", "so hoa thanh phan ho so",
                         "so hoa hs", "da so hoa ho so"),
        "has_apology": ("thu xin loi", "van ban xin loi", "da gui thu xin loi", "phieu xin loi", "xin loi",
                        "gui thu xin loi", "thu xin loi cong dan"),
        "has_complaint": ("phan anh kien nghi", "phan anh", "khieu nai", "co phan anh", "pakn"),
    },
    required=("dossier_code", "received_date", "due_date"),
    distinctive=("due_date", "received_date"),
)  # fmt: skip

# Yes/no cells of a dossier list (folded): «Có», «x», «Đã số hóa»; blank means not done.
YES_TEXTS = ("co", "x", "1", "true", "yes", "y", "da", "da so hoa", "co so hoa", "da gui", "co gui",
             "da gui thu xin loi", "dung", "v")  # fmt: skip
NO_TEXTS = ("khong", "k", "0", "false", "no", "n", "chua", "chua so hoa", "khong so hoa", "chua gui",
            "khong gui", "sai")  # fmt: skip
# Phrases (folded) of a title line that give the day a list's states are as of: «Tính đến ngày 05/01/2025».
AS_OF_MARKERS = ("tinh den", "den ngay", "ngay xuat", "thoi diem xuat", "xuat ngay", "ngay trich xuat",
                 "thoi diem trich xuat", "so lieu den")  # fmt: skip

# Satisfaction levels as the exports write them (folded), on the five-level scale; a three-level kiosk
# writes the first, second and fourth. Numbers 1–3 and 1–5 count up to «Rất hài lòng».
SATISFACTION_TEXTS: dict[str, tuple[str, ...]] = {
    "rat_hai_long": ("rat hai long", "rhl", "rat tot"),
    "hai_long": ("hai long", "hl", "tot"),
    "binh_thuong": ("binh thuong", "tam duoc", "chap nhan duoc", "trung binh"),
    "khong_hai_long": ("khong hai long", "khl", "chua hai long", "kem"),
    "rat_khong_hai_long": ("rat khong hai long", "rkhl", "rat kem"),
}

# Index names written in titles, and the code the warehouse files them under.
PUBLISHED_INDEX_NAMES: dict[str, tuple[str, ...]] = {
    "PAR INDEX": ("par index", "chi so cai cach hanh chinh", "chi so cchc"),
    "SIPAS": ("sipas", "chi so hai long"),
    "PCI": ("pci", "nang luc canh tranh"),
    "PAPI": ("papi", "hieu qua quan tri va hanh chinh cong"),
    "DDCI": ("ddci", "nang luc canh tranh cap so"),
}

# Words before a unit's name that do not tell units apart ("UBND xã A" is "xã A").
UNIT_NAME_PREFIXES = ("uy ban nhan dan", "ubnd")
# Words that say what kind of local government a name is; "UBND Minh Sơn" still finds "UBND xã Minh
# Sơn". Not "sở" or "phòng": "Phòng Tư pháp" without them would become "Sở Tư pháp".
UNIT_TYPE_WORDS = ("thi tran", "thanh pho", "phuong", "huyen", "xa")

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
