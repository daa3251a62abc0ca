"""Sinh dữ liệu tham chiếu của hồ sơ demo (tỉnh Lạng Sơn, dữ liệu hư cấu).

Chạy:  python profiles/demo/tools/build_profile.py
Kết quả (ghi đè, tất định):
    profiles/demo/units.csv
    profiles/demo/frameworks.csv
    profiles/demo/frameworks/<mã bộ tiêu chí>.csv

Các bộ tiêu chí được mô tả bằng một ngôn ngữ dòng nhỏ (xem ``parse_spec``) để hai phiên bản
2019 và 2021 của cùng một nhóm nằm cạnh nhau; số thứ tự và điểm của dòng cha được tính tự động
nên luôn nhất quán.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from specs import SPECS  # tệp cùng thư mục

ROOT = Path(__file__).resolve().parents[1]  # profiles/demo

UNIT_HEADER = [
    "Mã đơn vị",
    "Tên đơn vị",
    "Nhóm",
    "Đơn vị cấp trên",
    "Hiệu lực từ",
    "Hiệu lực đến",
    "Tên gọi khác",
    "Sáp nhập vào",
]
FW_HEADER = [
    "STT",
    "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
    "Điểm tối đa",
    "Phương pháp đánh giá",
    "Cơ quan chủ trì",
]
FWS_HEADER = ["Mã bộ tiêu chí", "Tệp", "Nhóm", "Từ năm", "Đến năm", "Căn cứ"]

SELF = "Tự đánh giá"
SURVEY = "Điều tra xã hội học"
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]

# Demo assumption: the units and the older frameworks are taken back to 2018, so that every
# assessed group has seven years of scores before districts end on 30/06/2025.
START = "01/01/2018"
DEPT_END, DEPT_NEW = "28/02/2025", "01/03/2025"
DIST_END, COMM_NEW = "30/06/2025", "01/07/2025"


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def ascii_slug(name: str) -> str:
    s = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^A-Z0-9]", "", s.upper())


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([nfc(c) for c in r])


# ---------------------------------------------------------------------------------------------
# 1. Danh mục đơn vị
# ---------------------------------------------------------------------------------------------


@dataclass
class Unit:
    code: str
    name: str
    group: str
    parent: str = ""
    start: str = START
    end: str = ""
    aliases: list[str] = field(default_factory=list)
    successor: str = ""

    def row(self) -> list[str]:
        return [
            self.code,
            self.name,
            self.group,
            self.parent,
            self.start,
            self.end,
            ";".join(self.aliases),
            self.successor,
        ]


# (mã, tên, bí danh, mã đơn vị hợp nhất từ 01/03/2025 hoặc "")
DEPARTMENTS = [
    ("SNV", "Sở Nội vụ", ["Sở Nội vụ tỉnh Lạng Sơn", "SNV", "Sở NV"], "SNV-25"),
    ("STP", "Sở Tư pháp", ["Sở Tư pháp tỉnh Lạng Sơn", "STP"], ""),
    ("STC", "Sở Tài chính", ["Sở Tài chính tỉnh Lạng Sơn", "STC"], "STC-25"),
    (
        "SKHDT",
        "Sở Kế hoạch và Đầu tư",
        ["Sở KH&ĐT", "Sở Kế hoạch & Đầu tư", "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn"],
        "STC-25",
    ),
    ("SCT", "Sở Công Thương", ["Sở CT", "Sở Công Thương tỉnh Lạng Sơn"], ""),
    ("SXD", "Sở Xây dựng", ["Sở Xây dựng tỉnh Lạng Sơn", "SXD"], "SXD-25"),
    (
        "SGTVT",
        "Sở Giao thông vận tải",
        ["Sở GTVT", "Sở Giao thông - Vận tải", "Sở Giao thông vận tải tỉnh Lạng Sơn"],
        "SXD-25",
    ),
    (
        "STNMT",
        "Sở Tài nguyên và Môi trường",
        ["Sở TN&MT", "Sở Tài nguyên & Môi trường", "Sở Tài nguyên và Môi trường tỉnh Lạng Sơn"],
        "SNNMT",
    ),
    (
        "SNNPTNT",
        "Sở Nông nghiệp và Phát triển nông thôn",
        ["Sở NN&PTNT", "Sở Nông nghiệp & PTNT", "Sở Nông nghiệp và PTNT"],
        "SNNMT",
    ),
    (
        "STTTT",
        "Sở Thông tin và Truyền thông",
        ["Sở TT&TT", "Sở Thông tin & Truyền thông", "Sở Thông tin và Truyền thông tỉnh Lạng Sơn"],
        "SKHCN-25",
    ),
    ("SKHCN", "Sở Khoa học và Công nghệ", ["Sở KH&CN", "Sở Khoa học & Công nghệ"], "SKHCN-25"),
    (
        "SLDTBXH",
        "Sở Lao động – Thương binh và Xã hội",
        ["Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội", "Sở Lao động Thương binh và Xã hội"],
        "SNV-25",
    ),
    ("SGDDT", "Sở Giáo dục và Đào tạo", ["Sở GD&ĐT", "Sở Giáo dục & Đào tạo"], ""),
    ("SYT", "Sở Y tế", ["Sở Y tế tỉnh Lạng Sơn", "SYT"], ""),
    (
        "SVHTTDL",
        "Sở Văn hóa, Thể thao và Du lịch",
        ["Sở VH,TT&DL", "Sở VHTTDL", "Sở Văn hoá, Thể thao và Du lịch"],
        "",
    ),
    ("TTT", "Thanh tra tỉnh", ["Thanh tra tỉnh Lạng Sơn", "TTT"], ""),
    (
        "VPUBND",
        "Văn phòng UBND tỉnh",
        ["Văn phòng Ủy ban nhân dân tỉnh", "VP UBND tỉnh", "Văn phòng UBND tỉnh Lạng Sơn"],
        "",
    ),
    (
        "BQLKKT",
        "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn",
        [
            "Ban Quản lý KKT cửa khẩu Đồng Đăng - Lạng Sơn",
            "BQL Khu KTCK Đồng Đăng - Lạng Sơn",
            "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn",
        ],
        "",
    ),
    ("BDT", "Ban Dân tộc", ["Ban Dân tộc tỉnh", "Ban Dân tộc tỉnh Lạng Sơn"], "SDTTG"),
    ("SNGV", "Sở Ngoại vụ", ["Sở Ngoại vụ tỉnh Lạng Sơn", "SNgV"], ""),
]

# Sở hình thành ngày 01/03/2025
NEW_DEPARTMENTS = [
    ("SNV-25", "Sở Nội vụ", ["Sở Nội vụ tỉnh Lạng Sơn", "SNV"]),
    ("STC-25", "Sở Tài chính", ["Sở Tài chính tỉnh Lạng Sơn", "STC"]),
    ("SXD-25", "Sở Xây dựng", ["Sở Xây dựng tỉnh Lạng Sơn", "SXD"]),
    (
        "SNNMT",
        "Sở Nông nghiệp và Môi trường",
        ["Sở NN&MT", "Sở Nông nghiệp & Môi trường", "Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn"],
    ),
    (
        "SKHCN-25",
        "Sở Khoa học và Công nghệ",
        ["Sở KH&CN", "Sở Khoa học & Công nghệ", "Sở Khoa học và Công nghệ tỉnh Lạng Sơn"],
    ),
    ("SDTTG", "Sở Dân tộc và Tôn giáo", ["Sở DT&TG", "Sở Dân tộc & Tôn giáo"]),
]

# (mã huyện, mã viết tắt trong mã xã, tên không kèm loại, loại)
DISTRICTS = [
    ("TPLS", "LS", "Lạng Sơn", "thành phố"),
    ("HTD", "TD", "Tràng Định", "huyện"),
    ("HVL", "VL", "Văn Lãng", "huyện"),
    ("HVQ", "VQ", "Văn Quan", "huyện"),
    ("HBG", "BG", "Bình Gia", "huyện"),
    ("HBS", "BS", "Bắc Sơn", "huyện"),
    ("HHL", "HL", "Hữu Lũng", "huyện"),
    ("HCLA", "CLA", "Chi Lăng", "huyện"),
    ("HCLO", "CLO", "Cao Lộc", "huyện"),
    ("HLB", "LB", "Lộc Bình", "huyện"),
    ("HDL", "DL", "Đình Lập", "huyện"),
]

# Đơn vị cấp xã từ 01/07/2025: (tên không kèm loại, loại, các xã cũ (mã huyện, loại, tên)).
# Tên xã mới lấy theo Nghị quyết 1672/NQ-UBTVQH15; việc ghép các xã cũ là hư cấu có chọn lọc
# (riêng xã Lộc Bình đúng như Nghị quyết).
MERGES = [
    ("Lương Văn Tri", "phường", [("TPLS", "phường", "Chi Lăng"), ("TPLS", "phường", "Vĩnh Trại")]),
    ("Tam Thanh", "phường", [("TPLS", "phường", "Tam Thanh")]),
    ("Đông Kinh", "phường", [("TPLS", "phường", "Đông Kinh"), ("TPLS", "xã", "Mai Pha")]),
    (
        "Kỳ Lừa",
        "phường",
        [("TPLS", "phường", "Hoàng Văn Thụ"), ("HCLO", "thị trấn", "Cao Lộc"), ("HCLO", "xã", "Hợp Thành")],
    ),
    (
        "Hữu Lũng",
        "xã",
        [
            ("HHL", "thị trấn", "Hữu Lũng"),
            ("HHL", "xã", "Đồng Tân"),
            ("HHL", "xã", "Hồ Sơn"),
            ("HHL", "xã", "Hòa Thắng"),
        ],
    ),
    ("Tuấn Sơn", "xã", [("HHL", "xã", "Minh Sơn"), ("HHL", "xã", "Minh Hòa"), ("HHL", "xã", "Hòa Sơn")]),
    ("Yên Bình", "xã", [("HHL", "xã", "Yên Bình"), ("HHL", "xã", "Quyết Thắng")]),
    ("Đồng Đăng", "xã", [("HCLO", "thị trấn", "Đồng Đăng"), ("HCLO", "xã", "Bảo Lâm")]),
    ("Cao Lộc", "xã", [("HCLO", "xã", "Gia Cát"), ("HCLO", "xã", "Tân Liên")]),
    ("Công Sơn", "xã", [("HCLO", "xã", "Công Sơn")]),
    ("Ba Sơn", "xã", [("HCLO", "xã", "Xuất Lễ"), ("HCLO", "xã", "Cao Lâu")]),
    (
        "Lộc Bình",
        "xã",
        [
            ("HLB", "thị trấn", "Lộc Bình"),
            ("HLB", "xã", "Khánh Xuân"),
            ("HLB", "xã", "Đồng Bục"),
            ("HLB", "xã", "Hữu Khánh"),
        ],
    ),
    ("Na Dương", "xã", [("HLB", "thị trấn", "Na Dương")]),
    ("Chi Lăng", "xã", [("HCLA", "thị trấn", "Đồng Mỏ"), ("HCLA", "xã", "Quang Lang")]),
    ("Thất Khê", "xã", [("HTD", "thị trấn", "Thất Khê"), ("HTD", "xã", "Đề Thám"), ("HTD", "xã", "Đội Cấn")]),
    ("Na Sầm", "xã", [("HVL", "thị trấn", "Na Sầm"), ("HVL", "xã", "Hoàng Việt")]),
    ("Văn Quan", "xã", [("HVQ", "thị trấn", "Văn Quan"), ("HVQ", "xã", "Tràng Phái")]),
    ("Bình Gia", "xã", [("HBG", "thị trấn", "Bình Gia"), ("HBG", "xã", "Tô Hiệu")]),
    ("Bắc Sơn", "xã", [("HBS", "thị trấn", "Bắc Sơn"), ("HBS", "xã", "Long Đống")]),
    ("Đình Lập", "xã", [("HDL", "thị trấn", "Đình Lập"), ("HDL", "xã", "Đình Lập")]),
]

KIND_PREFIX = {"xã": "", "thị trấn": "TT", "phường": "P"}

# Phòng chuyên môn cấp huyện: (mã, tên, bí danh theo mẫu {h} = tên huyện)
OFFICES = [
    ("PNV", "Phòng Nội vụ", ["Phòng Nội vụ {h}", "Phòng NV huyện {h}"]),
    ("PTP", "Phòng Tư pháp", ["Phòng Tư pháp {h}", "Phòng TP huyện {h}"]),
    (
        "VP",
        "Văn phòng HĐND và UBND",
        ["VP HĐND&UBND huyện {h}", "Văn phòng HĐND - UBND huyện {h}", "Văn phòng UBND huyện {h}"],
    ),
    (
        "PTCKH",
        "Phòng Tài chính – Kế hoạch",
        ["Phòng Tài chính - Kế hoạch huyện {h}", "Phòng TC-KH huyện {h}"],
    ),
    (
        "PVHTT",
        "Phòng Văn hóa và Thông tin",
        ["Phòng VH&TT huyện {h}", "Phòng Văn hoá và Thông tin huyện {h}"],
    ),
    ("TTR", "Thanh tra huyện", ["Thanh tra {h}", "TTr huyện {h}"]),
]
OFFICE_DISTRICTS = ["HHL", "HCLO"]
DESK_DISTRICTS = ["HHL", "HCLO", "HLB"]

# Bộ phận Một cửa cấp xã trước sắp xếp: (mã huyện, loại, tên)
OLD_DESKS = [
    ("HHL", "thị trấn", "Hữu Lũng"),
    ("HHL", "xã", "Minh Sơn"),
    ("HHL", "xã", "Hòa Thắng"),
    ("HHL", "xã", "Yên Bình"),
    ("HCLO", "thị trấn", "Cao Lộc"),
    ("HCLO", "thị trấn", "Đồng Đăng"),
    ("HCLO", "xã", "Gia Cát"),
    ("HLB", "thị trấn", "Lộc Bình"),
    ("HLB", "xã", "Khánh Xuân"),
]


def commune_code(dcode: str, kind: str, name: str) -> str:
    abbr = {d[0]: d[1] for d in DISTRICTS}[dcode]
    return f"X-{abbr}-{KIND_PREFIX[kind]}{ascii_slug(name)}"


def new_commune_code(name: str) -> str:
    return f"X25-{ascii_slug(name)}"


def kind_title(kind: str) -> str:
    return kind[0].upper() + kind[1:]


def build_units() -> list[Unit]:
    units: list[Unit] = []
    for code, name, aliases, succ in DEPARTMENTS:
        units.append(
            Unit(code, name, "so_nganh", end=DEPT_END if succ else "", aliases=aliases, successor=succ)
        )
    for code, name, aliases in NEW_DEPARTMENTS:
        units.append(Unit(code, name, "so_nganh", start=DEPT_NEW, aliases=aliases))

    dname: dict[str, str] = {}
    dfull: dict[str, str] = {}  # "huyện Hữu Lũng", "thành phố Lạng Sơn"
    for code, _abbr, name, kind in DISTRICTS:
        dname[code] = name
        dfull[code] = f"{kind} {name}"
        if kind == "thành phố":
            aliases = ["Thành phố Lạng Sơn", "UBND TP Lạng Sơn", "UBND TP. Lạng Sơn"]
        else:
            aliases = [f"Huyện {name}", f"UBND H. {name}", f"Ủy ban nhân dân huyện {name}"]
        units.append(Unit(code, f"UBND {kind} {name}", "huyen", end=DIST_END, aliases=aliases))

    # Xã cũ (đến 30/06/2025) và xã mới (từ 01/07/2025)
    old_communes: list[Unit] = []
    new_communes: list[Unit] = []
    old_names: dict[tuple[str, str, str], str] = {}
    for new_name, new_kind, olds in MERGES:
        ncode = new_commune_code(new_name)
        n_aliases = [
            f"{kind_title(new_kind)} {new_name}",
            f"UBND {new_kind} {new_name}, tỉnh Lạng Sơn",
            ascii_slug_spaced(f"UBND {new_kind} {new_name}"),
        ]
        new_communes.append(
            Unit(ncode, f"UBND {new_kind} {new_name}", "xa", start=COMM_NEW, aliases=n_aliases)
        )
        for dcode, kind, name in olds:
            code = commune_code(dcode, kind, name)
            old_names[(dcode, kind, name)] = code
            district = dname[dcode]
            full = dfull[dcode]
            if kind == "xã" and _ambiguous_short(name):
                aliases = [f"Xã {name}", f"UBND xã {name} ({district})", f"UBND xã {name} {full}"]
            elif kind == "xã":
                aliases = [f"Xã {name}", name, f"UBND xã {name} {full}"]
            elif kind == "thị trấn":
                aliases = [f"Thị trấn {name}", f"TT {name}", f"UBND TT {name}"]
            else:
                aliases = [f"Phường {name}", f"UBND P. {name}", f"P. {name}"]
            old_communes.append(
                Unit(
                    code,
                    f"UBND {kind} {name}",
                    "xa",
                    parent=dcode,
                    end=DIST_END,
                    aliases=aliases,
                    successor=ncode,
                )
            )
    units += old_communes + new_communes

    for dcode in OFFICE_DISTRICTS:
        abbr = {d[0]: d[1] for d in DISTRICTS}[dcode]
        h = dname[dcode]
        for ocode, oname, aliases in OFFICES:
            full = oname.replace(" huyện", "") + f" huyện {h}"  # "Thanh tra huyện" + " huyện X"
            units.append(
                Unit(
                    f"{ocode}-{abbr}",
                    full,
                    "phong",
                    parent=dcode,
                    end=DIST_END,
                    aliases=[a.format(h=h) for a in aliases],
                )
            )

    # Bộ phận Một cửa
    for dcode in DESK_DISTRICTS:
        h = dname[dcode]
        units.append(
            Unit(
                f"MC-{dcode}",
                f"Bộ phận Một cửa UBND huyện {h}",
                "mot_cua",
                parent=dcode,
                end=DIST_END,
                aliases=[f"Bộ phận Một cửa huyện {h}", f"Bộ phận TN&TKQ huyện {h}", f"BPMC huyện {h}"],
            )
        )
    new_desks: dict[str, Unit] = {}
    commune_succ = {u.code: u.successor for u in old_communes}
    new_by_code = {u.code: u for u in new_communes}
    for dcode, kind, name in OLD_DESKS:
        ccode = old_names[(dcode, kind, name)]
        ncode = commune_succ[ccode]
        if ncode not in new_desks:
            nname = new_by_code[ncode].name.removeprefix("UBND ")  # "xã Hữu Lũng", "phường Kỳ Lừa"
            kind_new, short = nname.split(" ", 1)
            new_desks[ncode] = Unit(
                f"MC-{ncode}",
                f"Bộ phận Một cửa UBND {nname}",
                "mot_cua",
                parent=ncode,
                start=COMM_NEW,
                aliases=[f"Bộ phận Một cửa {nname}", f"Trung tâm Phục vụ hành chính công {kind_new} {short}"],
            )
        short_kind = {"xã": "xã", "thị trấn": "TT", "phường": "phường"}[kind]
        units.append(
            Unit(
                f"MC-{ccode}",
                f"Bộ phận Một cửa UBND {kind} {name}",
                "mot_cua",
                parent=ccode,
                end=DIST_END,
                aliases=[f"Bộ phận Một cửa {kind} {name}", f"Bộ phận TN&TKQ {short_kind} {name}"],
                successor=f"MC-{ncode}",
            )
        )
    units += list(new_desks.values())
    return units


def ascii_slug_spaced(s: str) -> str:
    t = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in t if not unicodedata.combining(ch)).upper()


# Tên ngắn trùng với đơn vị khác cùng thời kỳ thì không dùng làm bí danh trần
def _ambiguous_short(name: str) -> bool:
    return name in {"Cao Lộc", "Hữu Lũng", "Lộc Bình", "Đình Lập", "Yên Bình", "Công Sơn"}


# ---------------------------------------------------------------------------------------------
# 2. Bộ tiêu chí
# ---------------------------------------------------------------------------------------------

OFFICE_NAMES = {
    "province": {
        "NV": "Sở Nội vụ",
        "TP": "Sở Tư pháp",
        "TTR": "Thanh tra tỉnh",
        "VP": "Văn phòng UBND tỉnh",
        "TC": "Sở Tài chính",
        "TTTT": "Sở Thông tin và Truyền thông",
        "KHDT": "Sở Kế hoạch và Đầu tư",
        "KHCN": "Sở Khoa học và Công nghệ",
    },
    "district": {
        "NV": "Phòng Nội vụ",
        "TP": "Phòng Tư pháp",
        "TTR": "Thanh tra huyện",
        "VP": "Văn phòng HĐND và UBND",
        "TC": "Phòng Tài chính – Kế hoạch",
        "VHTT": "Phòng Văn hóa và Thông tin",
    },
}
FIELD_DEFAULT_OFFICE = {
    "province": ["NV", "TP", "VP", "NV", "NV", "TC", "VP", "KHDT"],
    "district": ["NV", "TP", "VP", "NV", "NV", "TC", "VP", "TC"],
}


@dataclass
class Node:
    title19: str
    title21: str
    maxes: tuple[Fraction | None, Fraction | None]
    survey: bool
    versions: set[str]
    office: str | None
    children: list[Node] = field(default_factory=list)


def parse_num(s: str) -> Fraction | None:
    s = s.strip()
    if not s or s == "-":
        return None
    return Fraction(s.replace(",", "."))


def parse_spec(text: str) -> list[Node]:
    """Mỗi dòng: ``<thụt lề 2 dấu cách/cấp>tiêu đề | điểm | cờ``.

    * tiêu đề ``A => B``: tên ở bản 2019 là A, ở bản 2021 là B;
    * điểm ``a`` hoặc ``a/b`` (2019/2021); bắt buộc ở dòng lá, ở dòng cha là phép kiểm tra tổng;
    * cờ: ``S`` (điều tra xã hội học, áp dụng cho cả dòng con), ``19``/``21`` (chỉ có ở một bản),
      ``O=MÃ`` (cơ quan chủ trì, áp dụng cho cả dòng con).
    """
    roots: list[Node] = []
    stack: list[tuple[int, Node]] = []
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        if indent % 2:
            raise ValueError(f"thụt lề lẻ: {raw!r}")
        level = indent // 2
        parts = [p.strip() for p in raw.strip().split(" | ")]
        parts += [""] * (3 - len(parts))
        title, pts, flags = parts[0], parts[1], parts[2].split()
        t19, _, t21 = title.partition(" => ")
        t21 = t21 or t19
        if "/" in pts:
            a, b = pts.split("/")
            maxes = (parse_num(a), parse_num(b))
        else:
            maxes = (parse_num(pts), parse_num(pts))
        versions = {"2019", "2021"}
        if "19" in flags:
            versions = {"2019"}
        if "21" in flags:
            versions = {"2021"}
        office = next((f[2:] for f in flags if f.startswith("O=")), None)
        node = Node(t19, t21, maxes, "S" in flags, versions, office)
        while stack and stack[-1][0] >= level:
            stack.pop()
        if level == 0:
            roots.append(node)
        else:
            if not stack or stack[-1][0] != level - 1:
                raise ValueError(f"thụt lề sai cấp: {raw!r}")
            stack[-1][1].children.append(node)
        stack.append((level, node))
    return roots


def fmt(x: Fraction) -> str:
    if x.denominator == 1:
        return str(x.numerator)
    s = f"{float(x):.2f}".rstrip("0").rstrip(".")
    if Fraction(s) != x:
        raise ValueError(f"điểm không biểu diễn được: {x}")
    return s.replace(".", ",")


def render(fw_id: str, roots: list[Node], version: str, level_kind: str) -> tuple[list[list[str]], dict]:
    vi = 0 if version == "2019" else 1
    names = OFFICE_NAMES[level_kind]
    rows: list[list[str]] = []
    errors: list[str] = []

    def walk(node: Node, number: str, survey: bool, office: str) -> tuple[Fraction, bool, bool]:
        survey = survey or node.survey
        office = node.office or office
        kids = [c for c in node.children if version in c.versions]
        title = node.title19 if vi == 0 else node.title21
        row = [number, title, "", "", names[office]]
        rows.append(row)
        if not kids:
            mx = node.maxes[vi]
            if mx is None:
                errors.append(f"{fw_id} {number} {title}: thiếu điểm")
                mx = Fraction(0)
            row[2] = fmt(mx)
            row[3] = SURVEY if survey else SELF
            return mx, survey, not survey
        total = Fraction(0)
        any_s = any_self = False
        for i, k in enumerate(kids, 1):
            sub = (
                f"{number}.{i}" if "." in number or number[0].isdigit() else f"{ROMAN.index(number) + 1}.{i}"
            )
            v, s, f_ = walk(k, sub, survey, office)
            total += v
            any_s |= s
            any_self |= f_
        if node.maxes[vi] is not None and node.maxes[vi] != total:
            errors.append(f"{fw_id} {number} {title}: tổng con {fmt(total)} ≠ {fmt(node.maxes[vi])}")
        row[2] = fmt(total)
        row[3] = SURVEY if not any_self else (SELF if not any_s else "")
        return total, any_s, any_self

    grand = Fraction(0)
    fields = [r for r in roots if version in r.versions]
    for i, f in enumerate(fields):
        v, _, _ = walk(f, ROMAN[i], False, FIELD_DEFAULT_OFFICE[level_kind][i])
        grand += v
    if grand != 100:
        errors.append(f"{fw_id}: tổng {fmt(grand)} ≠ 100")
    rows.append(["", "TỔNG ĐIỂM", fmt(grand), "", ""])
    return rows, {"errors": errors}


FRAMEWORKS = [
    # id, nhóm, spec, phiên bản, cấp cơ quan chủ trì, từ năm, đến năm, căn cứ
    (
        "LS-SN-2019",
        "so_nganh",
        "SN",
        "2019",
        "province",
        "2018",
        "2020",
        "Quyết định số 2498/QĐ-UBND ngày 02/12/2020 của UBND tỉnh Lạng Sơn",
    ),
    (
        "LS-SN-2021",
        "so_nganh",
        "SN",
        "2021",
        "province",
        "2021",
        "",
        "Quyết định số 2281/QĐ-UBND ngày 21/11/2021 của UBND tỉnh Lạng Sơn",
    ),
    (
        "LS-HU-2019",
        "huyen",
        "HU",
        "2019",
        "province",
        "2018",
        "2020",
        "Quyết định số 2498/QĐ-UBND ngày 02/12/2020 của UBND tỉnh Lạng Sơn",
    ),
    (
        "LS-HU-2021",
        "huyen",
        "HU",
        "2021",
        "province",
        "2021",
        "2024",
        "Quyết định số 2281/QĐ-UBND ngày 21/11/2021 của UBND tỉnh Lạng Sơn",
    ),
    (
        "LS-XA-2019",
        "xa",
        "XA",
        "2019",
        "district",
        "2018",
        "2020",
        "Quyết định số 3130/QĐ-UBND ngày 05/12/2019 của UBND tỉnh Lạng Sơn",
    ),
    (
        "LS-XA-2021",
        "xa",
        "XA",
        "2021",
        "district",
        "2021",
        "",
        "Quyết định số 2282/QĐ-UBND ngày 21/11/2021 của UBND tỉnh Lạng Sơn",
    ),
    (
        "LS-PH-2019",
        "phong",
        "PH",
        "2019",
        "district",
        "2018",
        "2020",
        "Quyết định số 271/QĐ-UBND ngày 16/01/2019 của Chủ tịch UBND huyện Cao Lộc (Bảng 1)",
    ),
    (
        "LS-PH-2021",
        "phong",
        "PH",
        "2021",
        "district",
        "2021",
        "2024",
        "Quyết định số 1865/QĐ-UBND ngày 28/12/2021 của Chủ tịch UBND huyện Cao Lộc (Bảng 1)",
    ),
]


def main() -> int:
    units = build_units()
    write_csv(ROOT / "units.csv", UNIT_HEADER, [u.row() for u in units])

    errors: list[str] = []
    index_rows = []
    for fw_id, group, spec, version, kind, y0, y1, basis in FRAMEWORKS:
        roots = parse_spec(SPECS[spec])
        rows, info = render(fw_id, roots, version, kind)
        errors += info["errors"]
        write_csv(ROOT / "frameworks" / f"{fw_id}.csv", FW_HEADER, rows)
        index_rows.append([fw_id, f"frameworks/{fw_id}.csv", group, y0, y1, basis])
        survey = sum(
            (
                Fraction(r[2].replace(",", "."))
                for r in rows
                if r[3] == SURVEY and not _parent_is_survey(r[0], rows)
            ),
            Fraction(0),
        )
        print(f"{fw_id}: {len(rows)} dòng (kể cả dòng tổng), điều tra XHH {fmt(survey)} điểm")
    write_csv(ROOT / "frameworks.csv", FWS_HEADER, index_rows)
    counts: dict[str, int] = {}
    for u in units:
        counts[u.group] = counts.get(u.group, 0) + 1
    print("Đơn vị:", counts, "tổng", len(units))
    for e in errors:
        print("LỖI:", e, file=sys.stderr)
    return 1 if errors else 0


def _parent_is_survey(number: str, rows: list[list[str]]) -> bool:
    if "." not in number:
        return False
    parent = number.rsplit(".", 1)[0]
    if "." not in parent:
        parent = ROMAN[int(parent) - 1]
    return any(r[0] == parent and r[3] == SURVEY for r in rows)


if __name__ == "__main__":
    sys.exit(main())
