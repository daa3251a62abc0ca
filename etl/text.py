"""Vietnamese text handling: whitespace and Unicode normalisation, folding for matching, legacy
8-bit encodings (TCVN3/ABC and VNI) shown through .VnTime or VNI fonts, and Vietnamese collation.

Legacy text reaches us as the Windows-1252 reading of the font's bytes: Excel and Word stored the
code points the keyboard driver typed, so "huyện" in a .VnTime font is the string "huyÖn".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

__all__ = [
    "ENCODINGS",
    "VIETNAMESE_LOWER",
    "VIETNAMESE_UPPER",
    "detect_legacy_encoding",
    "fold",
    "normalize_text",
    "tcvn3_to_unicode",
    "to_unicode",
    "unicode_to_cp1258",
    "unicode_to_tcvn3",
    "unicode_to_vni",
    "vi_sort_key",
    "vni_to_unicode",
]

ENCODINGS = ("unicode", "tcvn3", "vni")

# --------------------------------------------------------------------------------------------------
# Normalisation and folding
# --------------------------------------------------------------------------------------------------

# Zero-width characters that portals and copy-paste leave in cells; they are invisible to users.
# The soft hyphen U+00AD must stay: it is the letter "ư" in TCVN3 text.
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
# Searching for them first: translate() with a table costs ~5 µs a cell even when nothing matches.
_ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def normalize_text(value: object) -> str:
    """The cell value as one line of NFC text: whitespace runs (NBSP, line breaks) become one space."""
    if value is None:
        return ""
    text = value if type(value) is str else str(value)
    if text.isascii():
        # Most cells are plain ASCII: split/join runs in C and is the whole cost here.
        return " ".join(text.split())
    if _ZERO_WIDTH_RE.search(text):
        text = text.translate(_ZERO_WIDTH)
    return " ".join(unicodedata.normalize("NFC", text).split())


_FOLD_LETTERS = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})
_COMBINING = re.compile(r"[\u0300-\u036f]+")
_NOT_WORD = re.compile(r"[\W_]+")
_ASCII_NOT_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def _fold_str(text: str) -> str:
    text = normalize_text(text)
    if text.isascii():
        return _ASCII_NOT_WORD.sub(" ", text.lower()).strip()
    text = unicodedata.normalize("NFD", text.translate(_FOLD_LETTERS))
    text = _COMBINING.sub("", text).lower()
    return _NOT_WORD.sub(" ", text).strip()


def fold(value: object) -> str:
    """A matching key for names and headers: no diacritics (đ → d), lower case, punctuation as spaces."""
    if value is None:
        return ""
    return _fold_str(value if type(value) is str else str(value))


# --------------------------------------------------------------------------------------------------
# The Vietnamese alphabet, built from Unicode so no table of 134 letters is typed by hand
# --------------------------------------------------------------------------------------------------

# Tone order used everywhere below: ngang, huyền, hỏi, ngã, sắc, nặng.
_TONE_MARKS = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
_BASE_VOWELS = "aăâeêioôơuưy"


def _with_tone(base: str, tone: int) -> str:
    return unicodedata.normalize("NFC", base + _TONE_MARKS[tone])


# (base vowel, tone) -> precomposed lowercase letter, and the reverse for every toned letter.
_LOWER_LETTERS: dict[tuple[str, int], str] = {
    (base, tone): _with_tone(base, tone) for base in _BASE_VOWELS for tone in range(6)
}
_SPLIT_TONE: dict[str, tuple[str, int]] = {}
for (_base, _tone), _letter in _LOWER_LETTERS.items():
    _SPLIT_TONE[_letter] = (_base, _tone)
    _SPLIT_TONE[_letter.upper()] = (_base.upper(), _tone)
del _base, _tone, _letter

#: Every Vietnamese letter that carries a diacritic, lower case then upper case (67 + 67).
VIETNAMESE_LOWER = (
    *(letter for (base, tone), letter in _LOWER_LETTERS.items() if base not in "aeiouy" or tone),
    "đ",
)
VIETNAMESE_UPPER = tuple(letter.upper() for letter in VIETNAMESE_LOWER)

# --------------------------------------------------------------------------------------------------
# TCVN3 (TCVN 5712:1993 VN3, the ".Vn" fonts and the ABC keyboard table)
# --------------------------------------------------------------------------------------------------

# Code points per base vowel in tone order (huyền, hỏi, ngã, sắc, nặng), after the untoned letter.
# The standard VN3 table has no capitals with tones: ".VnTimeH" fonts draw the lower-case codes as
# capitals, so upper-case text converts to lower case where a tone mark is involved.
_TCVN3_LOWER = {
    "a": "a\xb5\xb6\xb7\xb8\xb9",
    "ă": "\xa8\xbb\xbc\xbd\xbe\xc6",
    "â": "\xa9\xc7\xc8\xc9\xca\xcb",
    "e": "e\xcc\xce\xcf\xd0\xd1",
    "ê": "\xaa\xd2\xd3\xd4\xd5\xd6",
    "i": "i\xd7\xd8\xdc\xdd\xde",
    "o": "o\xdf\xe1\xe2\xe3\xe4",
    "ô": "\xab\xe5\xe6\xe7\xe8\xe9",
    "ơ": "\xac\xea\xeb\xec\xed\xee",
    "u": "u\xef\xf1\xf2\xf3\xf4",
    "ư": "\xad\xf5\xf6\xf7\xf8\xf9",
    "y": "y\xfa\xfb\xfc\xfd\xfe",
}
_TCVN3_EXTRA = {
    "đ": "\xae",
    "Ă": "\xa1",
    "Â": "\xa2",
    "Ê": "\xa3",
    "Ô": "\xa4",
    "Ơ": "\xa5",
    "Ư": "\xa6",
    "Đ": "\xa7",
}


def _build_tcvn3() -> tuple[dict[int, str], dict[int, str]]:
    decode: dict[int, str] = {}
    encode: dict[int, str] = {}
    for base, codes in _TCVN3_LOWER.items():
        for tone, code in enumerate(codes):
            letter = _LOWER_LETTERS[(base, tone)]
            if code.isascii():
                continue
            decode[ord(code)] = letter
            encode[ord(letter)] = code
            # No capital exists: the lower-case code is what a .VnTimeH user typed.
            encode.setdefault(ord(letter.upper()), code)
    for letter, code in _TCVN3_EXTRA.items():
        decode[ord(code)] = letter
        encode[ord(letter)] = code
    return decode, encode


_TCVN3_DECODE, _TCVN3_ENCODE = _build_tcvn3()


def tcvn3_to_unicode(s: str) -> str:
    """Text typed in TCVN3 (.VnTime fonts) and read as Windows-1252, converted to Unicode (NFC)."""
    return s.translate(_TCVN3_DECODE)


# The five tone marks Windows-1258 has as combining characters.
_CP1258_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def unicode_to_cp1258(s: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: the code page has the base letters (ă, â, ê, ô, ơ,
    ư, đ) but few toned ones, so a letter it lacks ("ệ") is its base letter ("ê") and a combining tone."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", s):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _CP1258_TONES))
            out += (base + "".join(c for c in parts if c in _CP1258_TONES)).encode("cp1258")
    return bytes(out)


def unicode_to_tcvn3(s: str) -> str:
    """Unicode text as a .VnTime font user would have typed it; capitals with tones become lower case."""
    return unicodedata.normalize("NFC", s).translate(_TCVN3_ENCODE)


# --------------------------------------------------------------------------------------------------
# VNI (VNI-Windows fonts): a base letter followed by one diacritic character
# --------------------------------------------------------------------------------------------------

# Diacritic characters in tone order (ngang, huyền, hỏi, ngã, sắc, nặng), lower case; capitals use
# the upper-case forms of the same Windows-1252 characters.
_VNI_TONES = ("", "ø", "û", "õ", "ù", "ï")
_VNI_CIRCUMFLEX = ("â", "à", "å", "ã", "á", "ä")  # â ê ô with tones
_VNI_BREVE = ("ê", "è", "ú", "ü", "é", "ë")  # ă with tones
_VNI_I = ("i", "ì", "æ", "ó", "í", "ò")  # i is one character with its tone
_VNI_BASES = {
    "a": ("a", _VNI_TONES),
    "ă": ("a", _VNI_BREVE),
    "â": ("a", _VNI_CIRCUMFLEX),
    "e": ("e", _VNI_TONES),
    "ê": ("e", _VNI_CIRCUMFLEX),
    "o": ("o", _VNI_TONES),
    "ô": ("o", _VNI_CIRCUMFLEX),
    "ơ": ("ô", _VNI_TONES),
    "u": ("u", _VNI_TONES),
    "ư": ("ö", _VNI_TONES),
    "y": ("y", _VNI_TONES),
}


def _build_vni() -> tuple[dict[str, str], dict[str, str]]:
    encode: dict[str, str] = {"đ": "ñ", "Đ": "Ñ"}
    for base, (stem, marks) in _VNI_BASES.items():
        for tone, mark in enumerate(marks):
            letter = _LOWER_LETTERS[(base, tone)]
            encode[letter] = stem + mark
    for tone, code in enumerate(_VNI_I):
        encode[_LOWER_LETTERS[("i", tone)]] = code
    encode["ỵ"] = "î"  # ỵ is one character, unlike the other tones of y
    for letter in list(encode):
        encode[letter.upper()] = encode[letter].upper()
    encode = {letter: code for letter, code in encode.items() if code != letter}
    decode = {code: letter for letter, code in encode.items()}
    # A mark typed with the other case of its base still means the same letter (Caps Lock, Shift
    # on the first letter only); the case of the base letter decides.
    for code, letter in list(decode.items()):
        if len(code) == 2:
            decode.setdefault(code[0] + code[1].swapcase(), letter)
    return decode, encode


_VNI_DECODE, _VNI_ENCODE = _build_vni()
# Longest match first, so "aâ" (â) wins over "a" followed by a stray mark.
_VNI_DECODE_RE = re.compile(
    "|".join(re.escape(code) for code in sorted(_VNI_DECODE, key=lambda code: (-len(code), code)))
)
_VNI_ENCODE_TABLE = {ord(letter): code for letter, code in _VNI_ENCODE.items()}


def vni_to_unicode(s: str) -> str:
    """Text typed in VNI (VNI-Times fonts) and read as Windows-1252, converted to Unicode (NFC)."""
    if s.isascii():
        return s
    return _VNI_DECODE_RE.sub(lambda match: _VNI_DECODE[match.group()], s)


def unicode_to_vni(s: str) -> str:
    """Unicode text as a VNI font user would have typed it (inverse of `vni_to_unicode`)."""
    return unicodedata.normalize("NFC", s).translate(_VNI_ENCODE_TABLE)


def to_unicode(s: str, encoding: str) -> str:
    """Convert `s` from the encoding `detect_legacy_encoding` named; "unicode" returns it unchanged."""
    if encoding == "unicode":
        return s
    if encoding == "tcvn3":
        return tcvn3_to_unicode(s)
    if encoding == "vni":
        return vni_to_unicode(s)
    raise ValueError(f"unknown text encoding {encoding!r}; expected one of {ENCODINGS}")


# --------------------------------------------------------------------------------------------------
# Detection: which reading turns the most words into Vietnamese syllables
# --------------------------------------------------------------------------------------------------

_ONSET = "ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx]"
# Rhymes without tone marks, from the Vietnamese syllable inventory (medial + nucleus + coda).
_RHYME_TABLE = """
a ac ach ai am an ang anh ao ap at au ay
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e ec em en eng eo ep et
ê êch êm ên êng ênh êp êt êu
i ia ich im in inh ip it iu
iêc iêm iên iêng iêp iêt iêu
o oc oi om on ong op ot ooc oong
oa oac oach oai oam oan oang oanh oao oap oat oay
oăc oăm oăn oăng oăt
oe oem oen oeo oet
ô ôc ôi ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u uc ui um un ung up ut
ua uân uâng uât uây
uê uêch uênh
uy uych uyn uynh uyp uyt uyu uya uyên uyêt
uôc uôi uôm uôn uông uôt
uơ
ư ưa ưc ưi ưm ưn ưng ưt ưu
ươc ươi ươm ươn ương ươp ươt ươu
y yêm yên yêng yêt yêu
"""
_RHYMES = _RHYME_TABLE.split()
_SYLLABLE_RE = re.compile(rf"(?:{_ONSET})?(?:{'|'.join(sorted(_RHYMES, key=len, reverse=True))})")
_STOP_CODA = ("c", "ch", "p", "t")
# Abbreviations such as "QĐ", "TĐG", "NĐ" are consonants only.
_ABBREVIATION_RE = re.compile(r"[bcdđghklmnpqrstvxzfjw]{1,6}")


@lru_cache(maxsize=16384)
def _is_vietnamese_word(word: str) -> bool:
    word = unicodedata.normalize("NFC", word).lower()
    if _ABBREVIATION_RE.fullmatch(word):
        return True
    bare: list[str] = []
    tone = 0
    for char in word:
        split = _SPLIT_TONE.get(char)
        if split is None:
            bare.append(char)
            continue
        base, char_tone = split
        if char_tone:
            if tone:
                return False  # two tone marks in one syllable
            tone = char_tone
        bare.append(base)
    syllable = "".join(bare)
    if not _SYLLABLE_RE.fullmatch(syllable):
        return False
    # A syllable closed by c, ch, p or t only takes the sắc or nặng tone.
    return not (syllable.endswith(_STOP_CODA) and tone not in (4, 5))


# Words are split on what neither legacy table uses as a letter: ASCII punctuation, digits and
# spaces. Symbols such as "§" or "÷" must stay inside the word, since they are letters in TCVN3.
_WORD_RE = re.compile(r"[^\s!-@\[-`{-~\u2013\u2014\u2018\u2019\u201c\u201d\u2026]+")
_DETECT_MAX_WORDS = 400
# Legacy text read as Windows-1252 only uses these code points for its letters.
_LEGACY_RANGE_RE = re.compile(r"[\xa1-\xff]")


def detect_legacy_encoding(texts: Iterable[str]) -> str:
    """Whether a sheet's strings are Unicode, TCVN3 or VNI: the reading that yields most Vietnamese words.

    Unicode wins ties, so ASCII or genuine Unicode text is never converted.
    """
    unicode = tcvn3 = vni = 0
    seen = 0
    for text in texts:
        if not isinstance(text, str) or text.isascii():
            continue
        scored = _text_scores(text)
        words = scored.words
        if seen + len(words) > _DETECT_MAX_WORDS:
            words = words[: _DETECT_MAX_WORDS - seen]
            scored = _sum_scores(words)
        unicode, tcvn3, vni = unicode + scored.unicode, tcvn3 + scored.tcvn3, vni + scored.vni
        seen += len(words)
        if seen >= _DETECT_MAX_WORDS:
            break
    best, score = ("vni", vni) if vni > tcvn3 else ("tcvn3", tcvn3)
    return best if score > unicode else "unicode"


class _Scores(NamedTuple):
    """How many words of a text each reading makes Vietnamese, and each word's (Unicode, TCVN3, VNI)."""

    unicode: int
    tcvn3: int
    vni: int
    words: tuple[tuple[int, int, int], ...]


def _sum_scores(words: tuple[tuple[int, int, int], ...]) -> _Scores:
    return _Scores(
        sum(word[0] for word in words), sum(word[1] for word in words), sum(word[2] for word in words), words
    )


@lru_cache(maxsize=16384)
def _text_scores(text: str) -> _Scores:
    """Score each word of `text` that a legacy table could have written: 1 per reading that makes it a
    Vietnamese syllable. Criterion titles repeat from sheet to sheet, so a text is scored once."""
    words = []
    if _LEGACY_RANGE_RE.search(text):
        for word in _WORD_RE.findall(text):
            if word.isascii() or not _LEGACY_RANGE_RE.search(word):
                continue
            words.append(
                (
                    int(_is_vietnamese_word(word)),
                    int(_is_vietnamese_word(tcvn3_to_unicode(word))),
                    int(_is_vietnamese_word(vni_to_unicode(word))),
                )
            )
    return _sum_scores(tuple(words))


# --------------------------------------------------------------------------------------------------
# Collation
# --------------------------------------------------------------------------------------------------

# Vietnamese alphabet with the foreign letters f j w z at their Latin places.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: 200 + index for index, letter in enumerate(_ALPHABET)}


@lru_cache(maxsize=4096)
def _collation_element(char: str) -> tuple[int, int]:
    split = _SPLIT_TONE.get(char)
    if split is not None:
        return _LETTER_RANK[split[0]], split[1]
    if char in _LETTER_RANK:
        return _LETTER_RANK[char], 0
    if char.isspace():
        return 0, 0
    if char.isdigit():
        return 100 + (unicodedata.digit(char, 0)), 0
    decomposed = unicodedata.normalize("NFD", char)
    if decomposed[0] in _LETTER_RANK:
        return _LETTER_RANK[decomposed[0]], 0  # foreign accented letters sort with their base
    if char.isalpha():
        return 1000 + ord(char), 0
    return 1, 0  # punctuation sorts before digits and letters


def vi_sort_key(s: str) -> tuple:
    """Sort key in Vietnamese dictionary order: letters first (a ă â … đ …), tones second, no case."""
    text = normalize_text(s).lower()
    elements = [_collation_element(char) for char in text]
    return tuple(rank for rank, _ in elements), tuple(tone for _, tone in elements)
