"""Kiểm tra dữ liệu tham chiếu của hồ sơ demo (chỉ dùng thư viện chuẩn).

Chạy:  python profiles/demo/tools/check_profile.py [thư mục hồ sơ]
Mã thoát 0 khi mọi kiểm tra đạt; ngược lại in từng lỗi (tệp, dòng, nội dung) và thoát 1.

Kiểm tra:
* mọi tệp: UTF-8 không BOM, Unicode NFC, tiêu đề cột đúng, đủ cột, không khoảng trắng thừa;
* units.csv: mã duy nhất và đúng dạng, nhóm hợp lệ, ngày dd/mm/yyyy có thật, ngày kết thúc sau ngày
  bắt đầu, đơn vị cấp trên tồn tại, đúng nhóm và còn hiệu lực suốt thời gian của đơn vị con, đơn vị
  sáp nhập tồn tại, cùng nhóm và bắt đầu đúng ngày sau ngày kết thúc, 1–3 tên gọi khác không trùng
  giữa các đơn vị cùng thời kỳ, các mốc 01/03/2025 (sở) và 01/07/2025 (huyện, xã);
* frameworks.csv: mã, tệp, nhóm, năm, căn cứ; các phiên bản của một nhóm nối tiếp không chồng lấn;
* từng bộ tiêu chí: số thứ tự phân cấp liên tục, điểm là bội của 0,25 viết bằng dấu phẩy, điểm dòng cha
  bằng đúng tổng dòng con (phân số), 8 lĩnh vực cộng 100, dòng TỔNG ĐIỂM, quy tắc điều tra xã hội học
  và tổng điểm điều tra theo nhóm, cơ quan chủ trì theo lĩnh vực (và theo công văn của Hữu Lũng với
  cấp xã, phòng), số dòng theo nhóm, tên tiêu chí không trùng, không đặt tên kiểu "Tiêu chí 12";
* hai phiên bản liền nhau của một nhóm khác nhau như một lần sửa đổi thật.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import re
import sys
import unicodedata
from collections import defaultdict
from fractions import Fraction
from pathlib import Path

# The headers the profile is written with: one definition, beside the generator.
from build_profile import FW_HEADER, FWS_HEADER, OFFICE_NAMES, UNIT_HEADER  # same folder

GROUPS = {"so_nganh", "huyen", "xa", "phong", "mot_cua"}
PARENT_GROUPS = {
    "so_nganh": set(),
    "huyen": set(),
    "xa": {"huyen"},
    "phong": {"huyen"},
    "mot_cua": {"huyen", "xa"},
}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
SELF, SURVEY = "Tự đánh giá", "Điều tra xã hội học"
QUARTER = Fraction(1, 4)

MERGE_DEPT = dt.date(2025, 3, 1)
MERGE_COMMUNE = dt.date(2025, 7, 1)
FIRST_DAY = dt.date(2018, 1, 1)  # demo assumption: see docs/profile.md

ROW_RANGE = {"so_nganh": (130, 160), "huyen": (130, 160), "xa": (90, 120), "phong": (50, 70)}
SURVEY_RANGE = {"so_nganh": (25, 35), "huyen": (25, 35), "xa": (15, 25), "phong": (10, 25)}

# The offices the profile's frameworks name, as the builder writes them.
PROVINCE_OFFICES = OFFICE_NAMES["province"]
DISTRICT_OFFICES = OFFICE_NAMES["district"]


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.notes: list[str] = []

    def err(self, where: str, text: str) -> None:
        self.errors.append(f"{where}: {text}")


# --------------------------------------------------------------------------------------------- tệp


def read_table(path: Path, header: list[str], rep: Report) -> list[list[str]]:
    name = path.name
    if not path.is_file():
        rep.err(name, "không tìm thấy tệp")
        return []
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        rep.err(name, "tệp có BOM; ghi UTF-8 không BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        rep.err(name, f"không phải UTF-8 ({exc})")
        return []
    if unicodedata.normalize("NFC", text) != text:
        rep.err(name, "văn bản chưa chuẩn hóa Unicode NFC")
    if "\r" in text:
        rep.err(name, "có ký tự CR; dùng xuống dòng LF")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    if not rows or rows[0] != header:
        rep.err(f"{name} dòng 1", f"tiêu đề cột phải là {','.join(header)}")
        return []
    body = rows[1:]
    for i, row in enumerate(body, start=2):
        if len(row) != len(header):
            rep.err(f"{name} dòng {i}", f"có {len(row)} cột, cần {len(header)}")
        for cell in row:
            if cell != cell.strip() or "  " in cell:
                rep.err(f"{name} dòng {i}", f"khoảng trắng thừa trong «{cell}»")
    return [r for r in body if len(r) == len(header)]


def parse_date(text: str, where: str, rep: Report) -> dt.date | None:
    if not text:
        return None
    if not re.fullmatch(r"\d{2}/\d{2}/\d{4}", text):
        rep.err(where, f"ngày «{text}» phải viết dd/mm/yyyy")
        return None
    try:
        return dt.datetime.strptime(text, "%d/%m/%Y").date()
    except ValueError:
        rep.err(where, f"ngày «{text}» không có thật")
        return None


def fold(s: str) -> str:
    return unicodedata.normalize("NFC", s).casefold()


# ----------------------------------------------------------------------------------------- đơn vị


def check_units(profile: Path, rep: Report) -> dict[str, dict]:
    rows = read_table(profile / "units.csv", UNIT_HEADER, rep)
    units: dict[str, dict] = {}
    for i, r in enumerate(rows, start=2):
        where = f"units.csv dòng {i}"
        code, name, group, parent, start_s, end_s, aliases_s, succ = r
        if not re.fullmatch(r"[A-Z0-9]+(?:-[A-Z0-9]+)*", code):
            rep.err(where, f"mã «{code}» chỉ gồm chữ in hoa ASCII, chữ số và dấu gạch nối")
        if code in units:
            rep.err(where, f"mã «{code}» trùng")
            continue
        if not name:
            rep.err(where, "thiếu tên đơn vị")
        if group not in GROUPS:
            rep.err(where, f"nhóm «{group}» không thuộc {sorted(GROUPS)}")
        start = parse_date(start_s, where, rep)
        end = parse_date(end_s, where, rep)
        if start is None:
            rep.err(where, "thiếu ngày hiệu lực từ")
        elif start < FIRST_DAY:
            rep.err(where, "hiệu lực từ trước 01/01/2018")
        if start and end and end <= start:
            rep.err(where, "ngày hết hiệu lực phải sau ngày bắt đầu")
        aliases = aliases_s.split(";") if aliases_s else []
        if not 1 <= len(aliases) <= 3:
            rep.err(where, f"cần 1–3 tên gọi khác, đang có {len(aliases)}")
        if any(not a.strip() for a in aliases):
            rep.err(where, "tên gọi khác rỗng (dấu ; thừa)")
        if len({fold(a) for a in aliases}) != len(aliases) or fold(name) in {fold(a) for a in aliases}:
            rep.err(where, "tên gọi khác lặp lại nhau hoặc lặp tên chính")
        units[code] = {
            "row": i,
            "code": code,
            "name": name,
            "group": group,
            "parent": parent,
            "start": start,
            "end": end,
            "aliases": aliases,
            "succ": succ,
        }

    far = dt.date(9999, 12, 31)
    for u in units.values():
        where = f"units.csv dòng {u['row']} ({u['code']})"
        g, start, end = u["group"], u["start"], u["end"]
        # đơn vị cấp trên
        if u["parent"]:
            p = units.get(u["parent"])
            if p is None:
                rep.err(where, f"đơn vị cấp trên «{u['parent']}» không có trong danh mục")
            else:
                if g in PARENT_GROUPS and p["group"] not in PARENT_GROUPS[g]:
                    rep.err(where, f"nhóm {g} không thể trực thuộc nhóm {p['group']}")
                if start and p["start"] and (start < p["start"] or (end or far) > (p["end"] or far)):
                    rep.err(
                        where, f"đơn vị cấp trên {p['code']} không còn hiệu lực suốt thời gian của đơn vị"
                    )
        else:
            needs_parent = g in {"phong", "mot_cua"} or (g == "xa" and start and start < MERGE_COMMUNE)
            if needs_parent:
                rep.err(where, "thiếu đơn vị cấp trên")
        if g in {"so_nganh", "huyen"} and u["parent"]:
            rep.err(where, "sở, ngành và huyện là đơn vị cấp tỉnh: để trống đơn vị cấp trên")
        if g == "xa" and start and start >= MERGE_COMMUNE and u["parent"]:
            rep.err(where, "xã từ 01/07/2025 trực thuộc tỉnh: để trống đơn vị cấp trên")
        # sáp nhập
        if u["succ"]:
            s = units.get(u["succ"])
            if s is None:
                rep.err(where, f"đơn vị sáp nhập vào «{u['succ']}» không có trong danh mục")
            else:
                if s["group"] != g:
                    rep.err(where, f"đơn vị kế thừa {s['code']} khác nhóm")
                if end is None:
                    rep.err(where, "có đơn vị sáp nhập vào nhưng không có ngày hết hiệu lực")
                elif s["start"] != end + dt.timedelta(days=1):
                    rep.err(
                        where,
                        f"đơn vị kế thừa {s['code']} phải bắt đầu ngày "
                        f"{(end + dt.timedelta(days=1)):%d/%m/%Y}",
                    )
        # mốc của các cuộc sắp xếp 2025
        if g == "huyen" and (end != MERGE_COMMUNE - dt.timedelta(days=1) or u["succ"]):
            rep.err(where, "cấp huyện kết thúc 30/06/2025 và không có đơn vị kế thừa")
        if g == "xa" and end and not u["succ"]:
            rep.err(where, "xã hết hiệu lực phải chỉ ra đơn vị sáp nhập vào")
        if g == "xa" and end and end != MERGE_COMMUNE - dt.timedelta(days=1):
            rep.err(where, "xã cũ hết hiệu lực ngày 30/06/2025")
        if g == "xa" and start and start not in (FIRST_DAY, MERGE_COMMUNE):
            rep.err(where, "xã bắt đầu 01/01/2018 hoặc 01/07/2025")
        if g == "so_nganh" and end and (end != MERGE_DEPT - dt.timedelta(days=1) or not u["succ"]):
            rep.err(where, "sở hết hiệu lực 28/02/2025 và có sở kế thừa")
        if g == "so_nganh" and start and start not in (FIRST_DAY, MERGE_DEPT):
            rep.err(where, "sở bắt đầu 01/01/2018 hoặc 01/03/2025")

    # Sở mới phải có đơn vị tiền thân; xã mới có ít nhất một xã cũ
    preds: dict[str, list[str]] = defaultdict(list)
    for u in units.values():
        if u["succ"]:
            preds[u["succ"]].append(u["code"])
    for u in units.values():
        if (
            u["group"] in {"so_nganh", "xa"}
            and u["start"]
            and u["start"] > FIRST_DAY
            and not preds[u["code"]]
        ):
            rep.err(f"units.csv dòng {u['row']} ({u['code']})", "đơn vị mới không có đơn vị tiền thân")

    # Tên và tên gọi khác không trùng giữa các đơn vị cùng thời kỳ
    labels: dict[str, list[dict]] = defaultdict(list)
    for u in units.values():
        for label in {fold(u["name"]), *(fold(a) for a in u["aliases"])}:
            labels[label].append(u)
    for label, owners in sorted(labels.items()):
        for a_i, a in enumerate(owners):
            for b in owners[a_i + 1 :]:
                if (
                    a["start"]
                    and b["start"]
                    and a["start"] <= (b["end"] or far)
                    and b["start"] <= (a["end"] or far)
                ):
                    rep.err("units.csv", f"tên «{label}» dùng cho cả {a['code']} và {b['code']} cùng thời kỳ")

    counts: dict[str, int] = defaultdict(int)
    for u in units.values():
        counts[u["group"]] += 1
    rep.notes.append("Đơn vị theo nhóm: " + ", ".join(f"{g} {counts[g]}" for g in sorted(GROUPS)))
    return units


# -------------------------------------------------------------------------------------- bộ tiêu chí


def parse_points(text: str, where: str, rep: Report) -> Fraction | None:
    if not re.fullmatch(r"\d+(?:,\d+)?", text):
        rep.err(where, f"điểm «{text}» phải là số, phần thập phân dùng dấu phẩy (0,5)")
        return None
    value = Fraction(text.replace(",", "."))
    if value <= 0 or value % QUARTER:
        rep.err(where, f"điểm {text} phải dương và là bội của 0,25")
    return value


def fmt(x: Fraction) -> str:
    return (f"{float(x):g}").replace(".", ",")


def number_parts(stt: str) -> list[int] | None:
    if stt in ROMAN:
        return [ROMAN.index(stt) + 1]
    if re.fullmatch(r"[1-8](?:\.[1-9]\d*){1,3}", stt):
        return [int(p) for p in stt.split(".")]
    return None


def under(stt: str, prefixes: tuple[str, ...]) -> bool:
    return any(stt == p or stt.startswith(p + ".") for p in prefixes)


def expected_office(group: str, stt: str, field: int, inspection: bool) -> set[str]:
    if group in {"so_nganh", "huyen"}:
        o = PROVINCE_OFFICES
        by_field = {
            1: {o["NV"]},
            2: {o["TTR"]} if inspection else {o["TP"]},
            3: {o["VP"]},
            4: {o["NV"]},
            5: {o["NV"]},
            6: {o["TC"]},
            7: {o["VP"], o["TTTT"], o["KHCN"]},
            8: {o["KHDT"]},
        }
        return by_field[field]
    o = DISTRICT_OFFICES
    if field == 2:
        # Công văn Hữu Lũng (seeds/001): Tư pháp 2.1–2.4, Thanh tra 2.5
        if under(stt, ("2.5",)) or inspection:
            return {o["TTR"]}
        return {o["TP"]}
    if field == 7:
        # Văn phòng phần 7; Văn hóa – Thông tin 7.1.1, 7.1.2, 7.2
        return {o["VHTT"]} if under(stt, ("7.1.1", "7.1.2", "7.2")) else {o["VP"]}
    return {1: {o["NV"]}, 3: {o["VP"]}, 4: {o["NV"]}, 5: {o["NV"]}, 6: {o["TC"]}, 8: {o["TC"]}}[field]


def check_framework(path: Path, fw_id: str, group: str, units: dict[str, dict], rep: Report) -> dict | None:
    rows = read_table(path, FW_HEADER, rep)
    if not rows:
        return None
    name = path.name
    total = rows[-1]
    if total != ["", "TỔNG ĐIỂM", "100", "", ""]:
        rep.err(f"{name} dòng {len(rows) + 1}", "dòng cuối phải là ,TỔNG ĐIỂM,100,,")
    body = rows[:-1]
    nodes: list[dict] = []
    by_stt: dict[str, dict] = {}
    stack: list[dict] = []
    field_count = 0
    titles: dict[str, int] = {}
    for i, r in enumerate(body, start=2):
        where = f"{name} dòng {i}"
        stt, title, pts, method, office = r
        parts = number_parts(stt)
        if parts is None:
            rep.err(where, f"số thứ tự «{stt}» không hợp lệ (I…VIII, 3.1, 3.1.2, 3.1.2.1)")
            continue
        if "TỔNG" in title.upper():
            rep.err(where, "chỉ dòng cuối được là dòng tổng")
        if not title:
            rep.err(where, "thiếu tên tiêu chí")
        if re.fullmatch(r"(?i)(tiêu chí|tc|tctp|lĩnh vực|mục)\s*[\dIVX.]+", title):
            rep.err(where, f"tên «{title}» là tên giữ chỗ")
        if fold(title) in titles:
            rep.err(where, f"tên «{title}» trùng dòng {titles[fold(title)]}")
        titles[fold(title)] = i
        depth = len(parts)
        node = {
            "row": i,
            "stt": stt,
            "title": title,
            "depth": depth,
            "field": parts[0],
            "children": [],
            "points": parse_points(pts, where, rep),
            "method": method,
            "office": office,
            "parent": None,
        }
        if depth == 1:
            field_count += 1
            if parts[0] != field_count:
                rep.err(where, f"lĩnh vực thứ {field_count} phải đánh số {ROMAN[field_count - 1]}")
            stack = [node]
        else:
            while stack and stack[-1]["depth"] >= depth:
                stack.pop()
            parent = stack[-1] if stack else None
            if parent is None or parent["depth"] != depth - 1:
                rep.err(where, f"«{stt}» không có dòng cha ngay phía trên")
                continue
            expected = (
                f"{parent['stt'] if parent['depth'] > 1 else parent['field']}.{len(parent['children']) + 1}"
            )
            if stt != expected:
                rep.err(where, f"số thứ tự «{stt}», theo thứ tự phải là «{expected}»")
            node["parent"] = parent
            parent["children"].append(node)
            stack.append(node)
        nodes.append(node)
        by_stt[stt] = node
    if field_count != 8:
        rep.err(name, f"cần đúng 8 lĩnh vực I…VIII, có {field_count}")

    # Điểm
    for n in nodes:
        if n["children"] and n["points"] is not None:
            s = sum((c["points"] or Fraction(0) for c in n["children"]), Fraction(0))
            if s != n["points"]:
                rep.err(
                    f"{name} dòng {n['row']}", f"{n['stt']}: điểm {fmt(n['points'])} ≠ tổng dòng con {fmt(s)}"
                )
    fields = [n for n in nodes if n["depth"] == 1]
    grand = sum((f["points"] or Fraction(0) for f in fields), Fraction(0))
    if grand != 100:
        rep.err(name, f"các lĩnh vực cộng {fmt(grand)} điểm, phải là 100")

    # Phương pháp đánh giá
    def descendants(n: dict) -> list[dict]:
        out = []
        for c in n["children"]:
            out += [c, *descendants(c)]
        return out

    for n in nodes:
        where = f"{name} dòng {n['row']}"
        if n["method"] not in {SELF, SURVEY, ""}:
            rep.err(where, f"phương pháp «{n['method']}» phải là «{SELF}» hoặc «{SURVEY}»")
        if not n["children"] and not n["method"]:
            rep.err(where, "dòng lá phải ghi phương pháp đánh giá")
        if n["method"] == SURVEY and any(d["method"] != SURVEY for d in descendants(n)):
            rep.err(where, "tiêu chí điều tra xã hội học có dòng con không phải điều tra")
        if n["method"] == SELF and any(d["method"] == SURVEY for d in descendants(n)):
            rep.err(where, "dòng ghi tự đánh giá nhưng có dòng con điều tra xã hội học")
    tops = [
        n for n in nodes if n["method"] == SURVEY and not (n["parent"] and n["parent"]["method"] == SURVEY)
    ]
    survey_total = sum((n["points"] or Fraction(0) for n in tops), Fraction(0))
    lo, hi = SURVEY_RANGE[group]
    if not lo <= survey_total <= hi:
        rep.err(name, f"điểm điều tra xã hội học {fmt(survey_total)}, nhóm {group} cần {lo}–{hi}")
    survey_fields = {n["field"] for n in tops}
    if group in {"so_nganh", "huyen"}:
        if len(survey_fields) < 5:
            rep.err(name, f"điều tra xã hội học chỉ có ở {len(survey_fields)} lĩnh vực, cần rải ≥ 5 lĩnh vực")
        f8 = fields[7] if len(fields) == 8 else None
        s8 = sum((n["points"] for n in tops if n["field"] == 8), Fraction(0))
        if f8 and f8["points"] and s8 * 2 <= f8["points"]:
            rep.err(name, "lĩnh vực VIII phải chủ yếu là điều tra xã hội học")
    elif group == "xa" and len(survey_fields) < 3:
        rep.err(name, "điều tra xã hội học cần có ở ít nhất 3 lĩnh vực")

    # Cơ quan chủ trì
    def in_inspection(n: dict) -> bool:
        while n is not None:
            if n["depth"] == 2 and n["field"] == 2 and "thanh tra" in fold(n["title"]):
                return True
            n = n["parent"]
        return False

    offices_seen: set[str] = set()
    for n in nodes:
        where = f"{name} dòng {n['row']}"
        if not n["office"]:
            rep.err(where, "thiếu cơ quan chủ trì")
            continue
        offices_seen.add(n["office"])
        allowed = expected_office(group, n["stt"], n["field"], in_inspection(n))
        if n["depth"] == 1:
            allowed = {sorted(allowed)[0]} | expected_office(group, f"{n['field']}.9", n["field"], False)
        if n["office"] not in allowed:
            rep.err(where, f"{n['stt']}: cơ quan chủ trì «{n['office']}», cần một trong {sorted(allowed)}")
    if group in {"so_nganh", "huyen"}:
        names = {u["name"] for u in units.values() if u["group"] == "so_nganh"}
        for o in sorted(offices_seen - names):
            rep.err(name, f"cơ quan chủ trì «{o}» không có trong danh mục sở, ngành")
        if PROVINCE_OFFICES["TTTT"] not in offices_seen:
            rep.err(
                name, "phần chính quyền điện tử của lĩnh vực VII phải do Sở Thông tin và Truyền thông chủ trì"
            )
    else:
        phong = [u["name"] for u in units.values() if u["group"] == "phong"]
        for o in sorted(offices_seen):
            if not any(p.startswith(o + " ") for p in phong):
                rep.err(name, f"cơ quan chủ trì «{o}» không ứng với phòng nào trong danh mục")
        if set(DISTRICT_OFFICES.values()) - offices_seen:
            rep.err(name, f"thiếu cơ quan chủ trì {sorted(set(DISTRICT_OFFICES.values()) - offices_seen)}")
    if PROVINCE_OFFICES["TTR"] not in offices_seen and DISTRICT_OFFICES["TTR"] not in offices_seen:
        rep.err(name, "phần thanh tra, kiểm tra của lĩnh vực II phải do cơ quan thanh tra chủ trì")

    lo, hi = ROW_RANGE[group]
    if not lo <= len(rows) <= hi:
        rep.err(name, f"{len(rows)} dòng, nhóm {group} cần {lo}–{hi}")
    rep.notes.append(
        f"{fw_id}: {len(rows)} dòng, {len(tops)} tiêu chí điều tra = {fmt(survey_total)} điểm "
        f"(ở {len(survey_fields)} lĩnh vực); lĩnh vực: "
        + " / ".join(fmt(f["points"] or Fraction(0)) for f in fields)
    )
    return {"id": fw_id, "nodes": nodes, "fields": fields}


def compare_versions(old: dict, new: dict, rep: Report) -> None:
    where = f"{old['id']} → {new['id']}"
    a = {fold(n["title"]): n for n in old["nodes"] if n["depth"] > 1}
    b = {fold(n["title"]): n for n in new["nodes"] if n["depth"] > 1}
    shared = a.keys() & b.keys()
    added, removed = b.keys() - a.keys(), a.keys() - b.keys()
    changed_points = [t for t in shared if a[t]["points"] != b[t]["points"]]
    renumbered = [t for t in shared if a[t]["stt"] != b[t]["stt"]]
    if not added or not removed:
        rep.err(where, "bản sau phải có tiêu chí thêm mới và tiêu chí bị bỏ")
    if len(shared) * 2 < min(len(a), len(b)):
        rep.err(where, "quá ít tiêu chí giữ nguyên tên giữa hai bản")
    if not changed_points:
        rep.err(where, "không có tiêu chí nào đổi điểm tối đa")
    if not renumbered:
        rep.err(where, "không có tiêu chí nào đổi số thứ tự")
    if (
        len(old["fields"]) == 8 == len(new["fields"])
        and new["fields"][2]["points"] <= old["fields"][2]["points"]
    ):
        rep.err(where, "lĩnh vực III (cải cách TTHC) phải được tăng điểm ở bản sau")
    rep.notes.append(
        f"{where}: giữ {len(shared)} tên, thêm {len(added)}, bỏ {len(removed)}, "
        f"đổi điểm {len(changed_points)}, đổi số thứ tự {len(renumbered)}"
    )


def check_frameworks(profile: Path, units: dict[str, dict], rep: Report) -> None:
    rows = read_table(profile / "frameworks.csv", FWS_HEADER, rep)
    seen: set[str] = set()
    by_group: dict[str, list[tuple[int, int | None, dict | None]]] = defaultdict(list)
    for i, (fw_id, file_s, group, y0_s, y1_s, basis) in enumerate(rows, start=2):
        where = f"frameworks.csv dòng {i}"
        if not re.fullmatch(r"LS-[A-Z]{2}-\d{4}", fw_id):
            rep.err(where, f"mã bộ tiêu chí «{fw_id}» không đúng dạng LS-XX-YYYY")
        if fw_id in seen:
            rep.err(where, f"mã «{fw_id}» trùng")
        seen.add(fw_id)
        if file_s != f"frameworks/{fw_id}.csv":
            rep.err(where, f"tệp phải là frameworks/{fw_id}.csv")
        if group not in ROW_RANGE:
            rep.err(where, f"nhóm «{group}» không có bộ tiêu chí")
            continue
        if not re.fullmatch(r"\d{4}", y0_s) or (y1_s and not re.fullmatch(r"\d{4}", y1_s)):
            rep.err(where, "năm phải là số 4 chữ số")
            continue
        y0, y1 = int(y0_s), int(y1_s) if y1_s else None
        if y1 is not None and y1 < y0:
            rep.err(where, "đến năm trước từ năm")
        if not basis.startswith("Quyết định số ") or "/QĐ-" not in basis:
            rep.err(where, "căn cứ phải là «Quyết định số …/QĐ-…»")
        fw = check_framework(profile / file_s, fw_id, group, units, rep)
        by_group[group].append((y0, y1, fw))
    for group, versions in sorted(by_group.items()):
        versions.sort(key=lambda v: v[0])
        for (a0, a1, fa), (b0, _b1, fb) in itertools.pairwise(versions):
            if a1 is None or a1 + 1 != b0:
                rep.err(f"frameworks.csv nhóm {group}", f"bản từ {a0} phải kết thúc năm {b0 - 1}")
            if fa and fb:
                compare_versions(fa, fb, rep)
        if len(versions) < 2:
            rep.err(f"frameworks.csv nhóm {group}", "cần ít nhất hai phiên bản")
    missing = set(ROW_RANGE) - set(by_group)
    if missing:
        rep.err("frameworks.csv", f"thiếu bộ tiêu chí cho nhóm {sorted(missing)}")


def main(argv: list[str]) -> int:
    profile = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1]
    rep = Report()
    units = check_units(profile, rep)
    check_frameworks(profile, units, rep)
    for note in rep.notes:
        print(note)
    if rep.errors:
        print(f"\n{len(rep.errors)} lỗi:", file=sys.stderr)
        for e in rep.errors:
            print("  - " + e, file=sys.stderr)
        return 1
    print("\nHồ sơ demo hợp lệ.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
