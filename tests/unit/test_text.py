"""Vietnamese text handling: normalisation, folding, legacy encodings, detection and collation."""

from __future__ import annotations

import random
import unicodedata

import pytest

from etl.text import (
    VIETNAMESE_LOWER,
    VIETNAMESE_UPPER,
    detect_legacy_encoding,
    fold,
    normalize_text,
    tcvn3_to_unicode,
    to_unicode,
    unicode_to_tcvn3,
    unicode_to_vni,
    vi_sort_key,
    vni_to_unicode,
)

SENTENCES = [
    "Cải cách hành chính",
    "Ủy ban nhân dân huyện Hữu Lũng",
    "Quyết định số 2281/QĐ-UBND",
    "Đào tạo, bồi dưỡng",
    "Tiêu chí thành phần",
    "Tổng điểm tự đánh giá",
    "Điều tra xã hội học",
    "Người đứng đầu cơ quan, đơn vị",
    "Tỷ lệ hồ sơ giải quyết đúng hạn",
    "Kiểm soát thủ tục hành chính",
    "Thuở khuya, chuyện quốc gia: nguyễn, khuỷu tay, xoong",
]

# A sheet header and a few rows as they look in each encoding (Unicode written out by hand).
HEADER_UNICODE = [
    "STT",
    "Lĩnh vực, tiêu chí, tiêu chí thành phần",
    "Điểm tối đa",
    "Điểm tự đánh giá",
    "Tài liệu kiểm chứng",
    "Ghi chú",
    "UBND xã Hữu Lũng",
    "Cải cách thủ tục hành chính",
    "Tổng điểm",
    "Quyết định số 12/QĐ-UBND ngày 15/02/2023",
]

ALL_LETTERS_LOWER = "".join(VIETNAMESE_LOWER)
ALL_LETTERS_UPPER = "".join(VIETNAMESE_UPPER)


# -- normalize_text -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        ("", ""),
        ("  abc  ", "abc"),
        ("a\tb\n\nc", "a b c"),
        ("Điểm\ntự đánh giá", "Điểm tự đánh giá"),
        ("Tổng\u00a0điểm", "Tổng điểm"),
        ("\u00a0 Xã\r\nHữu  Lũng \u00a0", "Xã Hữu Lũng"),
        ("\ufeffSTT", "STT"),
        ("a\u200bb", "ab"),
        (12, "12"),
        (0.5, "0.5"),
        (unicodedata.normalize("NFD", "Hữu Lũng"), "Hữu Lũng"),
        # The soft hyphen is "ư" in TCVN3 text and must survive normalisation.
        ("Ng\xadêi", "Ng\xadêi"),
    ],
)
def test_normalize_text(value: object, expected: str) -> None:
    assert normalize_text(value) == expected


def test_normalize_text_returns_nfc() -> None:
    text = normalize_text(unicodedata.normalize("NFD", "Quyết định"))
    assert unicodedata.is_normalized("NFC", text)
    assert text == "Quyết định"


# -- fold -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("UBND XÃ HỮU LŨNG", "ubnd xa huu lung"),
        ("ubnd xa huu lung", "ubnd xa huu lung"),
        ("UBND xã Hữu Lũng", "ubnd xa huu lung"),
        ("Điểm tự đánh giá (TĐG)", "diem tu danh gia tdg"),
        ("Điểm\ntự  đánh giá", "diem tu danh gia"),
        ("Quyết định số 2281/QĐ-UBND", "quyet dinh so 2281 qd ubnd"),
        ("  --  ", ""),
        (None, ""),
        (2.5, "2 5"),
        ("Đường_Phố", "duong pho"),
        ("Tài liệu kiểm chứng (TLKC)", "tai lieu kiem chung tlkc"),
    ],
)
def test_fold(value: object, expected: str) -> None:
    assert fold(value) == expected


@pytest.mark.parametrize("text", [*SENTENCES, "UBND XÃ HỮU LŨNG", ALL_LETTERS_LOWER, ALL_LETTERS_UPPER])
def test_fold_nfd_equals_nfc(text: str) -> None:
    assert fold(unicodedata.normalize("NFD", text)) == fold(unicodedata.normalize("NFC", text))


def test_fold_removes_every_diacritic() -> None:
    folded = fold(ALL_LETTERS_LOWER + ALL_LETTERS_UPPER)
    assert folded.isascii()
    assert set(folded) <= set("aeiouyd")


# -- legacy encodings: tables ---------------------------------------------------------------------


def test_alphabet_has_134_letters() -> None:
    assert len(set(VIETNAMESE_LOWER)) == 67
    assert len(set(VIETNAMESE_UPPER)) == 67
    assert all(unicodedata.is_normalized("NFC", letter) for letter in VIETNAMESE_LOWER + VIETNAMESE_UPPER)


@pytest.mark.parametrize(
    ("legacy", "expected"),
    [
        ("UBND huyÖn H÷u Lòng", "UBND huyện Hữu Lũng"),
        ("C¶i c¸ch hµnh chÝnh", "Cải cách hành chính"),
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
        ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
        ("QuyÕt ®Þnh sè 2281/Q§-UBND", "Quyết định số 2281/QĐ-UBND"),
        ("§µo t¹o, båi d\xadìng", "Đào tạo, bồi dưỡng"),
        ("Ng\xadêi", "Người"),
        ("Tiªu chÝ thµnh phÇn", "Tiêu chí thành phần"),
        ("Tæng ®iÓm tù ®¸nh gi¸", "Tổng điểm tự đánh giá"),
        ("§iÒu tra x· héi häc", "Điều tra xã hội học"),
        ("¡ ¢ £ ¤ ¥ ¦ §", "Ă Â Ê Ô Ơ Ư Đ"),
        # .VnTimeH capitals: toned letters are typed with the lower-case codes.
        ("UBND HUYÖN H÷U LòNG", "UBND HUYệN HữU LũNG"),
    ],
)
def test_tcvn3_known_strings(legacy: str, expected: str) -> None:
    assert tcvn3_to_unicode(legacy) == expected


@pytest.mark.parametrize(
    ("legacy", "expected"),
    [
        ("Ñaøo taïo", "Đào tạo"),
        ("Vieät Nam", "Việt Nam"),
        ("Ngöôøi", "Người"),
        ("Caûi caùch haønh chính", "Cải cách hành chính"),
        ("Quyeát ñònh soá 2281/QÑ-UBND", "Quyết định số 2281/QĐ-UBND"),
        ("Myõ, Yù, Kyø, Lyù, Lî", "Mỹ, Ý, Kỳ, Lý, Lỵ"),
        ("ÑAØO TAÏO", "ĐÀO TẠO"),
        ("UÛY BAN NHAÂN DAÂN", "ỦY BAN NHÂN DÂN"),
        # A mark typed in the other case than its base letter follows the base.
        ("AÏp, Aùp", "Ạp, Áp"),
        ("plain ASCII", "plain ASCII"),
    ],
)
def test_vni_known_strings(legacy: str, expected: str) -> None:
    assert vni_to_unicode(legacy) == expected


@pytest.mark.parametrize("letter", VIETNAMESE_LOWER)
def test_tcvn3_round_trip_lower_case(letter: str) -> None:
    encoded = unicode_to_tcvn3(letter)
    assert len(encoded) == 1
    assert "\xa1" <= encoded <= "\xfe"
    assert tcvn3_to_unicode(encoded) == letter


@pytest.mark.parametrize("letter", VIETNAMESE_UPPER)
def test_tcvn3_round_trip_upper_case(letter: str) -> None:
    # Only Ă Â Ê Ô Ơ Ư Đ have their own codes; other capitals come back lower case, as typed.
    decoded = tcvn3_to_unicode(unicode_to_tcvn3(letter))
    if letter in "ĂÂÊÔƠƯĐ":
        assert decoded == letter
    else:
        assert decoded == letter.lower()


def test_tcvn3_codes_are_distinct() -> None:
    codes = [unicode_to_tcvn3(letter) for letter in VIETNAMESE_LOWER + tuple("ĂÂÊÔƠƯĐ")]
    assert len(set(codes)) == 74


@pytest.mark.parametrize("letter", VIETNAMESE_LOWER + VIETNAMESE_UPPER)
def test_vni_round_trip_every_letter(letter: str) -> None:
    encoded = unicode_to_vni(letter)
    # VNI writes ì í Ì Í with the Windows-1252 letters that Unicode also uses.
    assert encoded != letter or letter in "ìíÌÍ"
    assert all(char <= "\xff" for char in encoded)
    assert vni_to_unicode(encoded) == letter


def test_vni_codes_are_distinct() -> None:
    codes = [unicode_to_vni(letter) for letter in VIETNAMESE_LOWER + VIETNAMESE_UPPER]
    assert len(set(codes)) == 134


@pytest.mark.parametrize("sentence", SENTENCES)
def test_round_trip_sentences(sentence: str) -> None:
    assert vni_to_unicode(unicode_to_vni(sentence)) == sentence
    assert vni_to_unicode(unicode_to_vni(sentence.upper())) == sentence.upper()
    # TCVN3 keeps the case of everything but toned capitals: compare the lower-case text.
    assert tcvn3_to_unicode(unicode_to_tcvn3(sentence.lower())) == sentence.lower()


def test_round_trip_all_letters_in_one_string() -> None:
    assert vni_to_unicode(unicode_to_vni(ALL_LETTERS_LOWER + ALL_LETTERS_UPPER)) == (
        ALL_LETTERS_LOWER + ALL_LETTERS_UPPER
    )
    assert tcvn3_to_unicode(unicode_to_tcvn3(ALL_LETTERS_LOWER)) == ALL_LETTERS_LOWER


def test_encoders_accept_nfd_input() -> None:
    nfd = unicodedata.normalize("NFD", "Quyết định")
    assert unicode_to_tcvn3(nfd) == "QuyÕt ®Þnh"
    assert unicode_to_vni(nfd) == "Quyeát ñònh"


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        ("huyÖn", "tcvn3", "huyện"),
        ("Ñaøo", "vni", "Đào"),
        ("Hữu Lũng", "unicode", "Hữu Lũng"),
        ("a  b", "unicode", "a  b"),
    ],
)
def test_to_unicode(text: str, encoding: str, expected: str) -> None:
    assert to_unicode(text, encoding) == expected


def test_to_unicode_unknown_encoding() -> None:
    with pytest.raises(ValueError, match="viscii"):
        to_unicode("a", "viscii")


# -- detection ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        ([], "unicode"),
        (["STT", "Ten don vi", "Diem", "UBND XA HUU LUNG", "1", "0,5"], "unicode"),
        (HEADER_UNICODE, "unicode"),
        ([unicodedata.normalize("NFD", text) for text in HEADER_UNICODE], "unicode"),
        ([unicode_to_tcvn3(text) for text in HEADER_UNICODE], "tcvn3"),
        ([unicode_to_vni(text) for text in HEADER_UNICODE], "vni"),
        (["UBND huyÖn H÷u Lòng"], "tcvn3"),
        (["Ñaøo taïo"], "vni"),
        (["STT", "§iÓm"], "tcvn3"),
        (["STT", "Ñieåm"], "vni"),
        (["Quyết định", "Hà Nội", "có", "dân", "và", "Đào tạo", "Hoàng"], "unicode"),
        # Unicode words whose Latin-1 letters also mean something in the legacy tables.
        (["Hoàng Văn Thụ", "Lê Thị Ánh", "Bé Na", "Chí Linh", "Mã số", "Tô Hiệu", "Võ Thị Sáu"], "unicode"),
        (["Krông Búk", "Đắk Lắk", "Cư M'gar", "Ea Súp"], "unicode"),
        ([1, None, 2.5, "Tổng điểm"], "unicode"),
    ],
)
def test_detect_legacy_encoding(texts: list, expected: str) -> None:
    assert detect_legacy_encoding(texts) == expected


@pytest.mark.parametrize("sentence", SENTENCES)
def test_detect_each_sentence(sentence: str) -> None:
    assert detect_legacy_encoding([sentence]) == "unicode"
    assert detect_legacy_encoding([unicode_to_vni(sentence)]) == "vni"
    assert detect_legacy_encoding([unicode_to_tcvn3(sentence)]) == "tcvn3"


def test_detect_upper_case_legacy_sheets() -> None:
    texts = [text.upper() for text in HEADER_UNICODE]
    assert detect_legacy_encoding(texts) == "unicode"
    assert detect_legacy_encoding([unicode_to_vni(text) for text in texts]) == "vni"
    assert detect_legacy_encoding([unicode_to_tcvn3(text) for text in texts]) == "tcvn3"


def test_detect_unicode_never_mistaken_on_random_names() -> None:
    rng = random.Random(20240315)
    family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
    middle = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thu", "Ngọc", "Quang", "Thành", "Bá"]
    given = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Lan", "Mai", "Nga", "Sơn", "Tùng", "Ánh", "Yến"]
    for _ in range(200):
        names = [
            f"{rng.choice(family)} {rng.choice(middle)} {rng.choice(given)}" for _ in range(rng.randint(1, 8))
        ]
        assert detect_legacy_encoding(names) == "unicode", names
        assert detect_legacy_encoding([unicode_to_tcvn3(name) for name in names]) == "tcvn3", names
        assert detect_legacy_encoding([unicode_to_vni(name) for name in names]) == "vni", names


def test_detect_on_a_large_sheet() -> None:
    texts = [unicode_to_tcvn3(text) for text in HEADER_UNICODE] * 2000
    assert detect_legacy_encoding(texts) == "tcvn3"


def test_detect_stops_at_the_word_limit_inside_a_text() -> None:
    # 210 words only TCVN3 reads as Vietnamese, then a cell of 300 only VNI reads so: the limit of 400
    # words cuts the second cell after 190 of them, so TCVN3 wins; counted whole, VNI would.
    tcvn3_cell = " ".join([unicode_to_tcvn3("huyện")] * 210)
    vni_cell = " ".join([unicode_to_vni("đào")] * 300)
    assert detect_legacy_encoding([tcvn3_cell, vni_cell]) == "tcvn3"
    assert detect_legacy_encoding([vni_cell, tcvn3_cell]) == "vni"
    # The same cell seen again (its scores are kept) counts again, up to the limit.
    assert detect_legacy_encoding([tcvn3_cell, vni_cell, vni_cell]) == "tcvn3"


# -- collation ------------------------------------------------------------------------------------


def test_vi_sort_key_orders_names() -> None:
    names = [
        "Em",
        "Đồng Đăng",
        "Dương",
        "ăn uống",
        "An",
        "Ân",
        "Anh",
        "Bình",
        "ánh",
        "Ơn",
        "Ôn",
        "On",
        "Ưng",
        "Uyên",
        "Yên",
        "Xuân",
        "Chi",
        "Cường",
        "Giang",
        "Hà",
        "Ha",
        "Hả",
    ]
    expected = [
        "An",
        "Anh",
        "ánh",
        "ăn uống",
        "Ân",
        "Bình",
        "Chi",
        "Cường",
        "Dương",
        "Đồng Đăng",
        "Em",
        "Giang",
        "Ha",
        "Hà",
        "Hả",
        "On",
        "Ôn",
        "Ơn",
        "Uyên",
        "Ưng",
        "Xuân",
        "Yên",
    ]
    assert sorted(names, key=vi_sort_key) == expected


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Dương", "Đồng Đăng"),
        ("Đồng Đăng", "Em"),
        ("Dz", "Đa"),
        ("ha", "hà"),
        ("hà", "hả"),
        ("hả", "hã"),
        ("hã", "há"),
        ("há", "hạ"),
        ("hạ", "hac"),
        ("An", "An Bình"),
        ("An Bình", "Anh"),
        ("Xã 1", "Xã A"),
    ],
)
def test_vi_sort_key_pairs(before: str, after: str) -> None:
    assert vi_sort_key(before) < vi_sort_key(after)


def test_vi_sort_key_ignores_case_and_normal_form() -> None:
    assert vi_sort_key("UBND XÃ HỮU LŨNG") == vi_sort_key("ubnd xã hữu lũng")
    assert vi_sort_key(unicodedata.normalize("NFD", "Đồng Đăng")) == vi_sort_key("Đồng Đăng")
