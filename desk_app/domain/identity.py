"""Identity numbers, phone numbers and personal names as typed at the counter.

Pure policy: standard library only, no I/O.  Every validator either returns the
normalised value or raises :class:`IdentityError`, whose ``message`` is written in
Simplified Chinese for the clerk (what is wrong and what to check) and whose
``code`` is a stable machine code for the UI:

===============  ============================================================
``empty``        nothing was entered
``length``       wrong number of characters
``charset``      a character that is not allowed at that position
``checksum``     a check character does not match (ISO 7064 MOD 11-2,
                 GB 32100 MOD 31 or the GB 11714 organisation-code check)
``birth_date``   the embedded date of birth is not a date, or is before 1900
``future_birth`` the embedded date of birth is after ``today``
``region``       the address / administrative-division code is not acceptable
                 for the chosen document type
``authority``    USCC registration-authority code (first character) unknown
``format``       any other structural problem (phone layout, name layout, ...)
``doc_type``     :func:`validate_document` got an unknown document type
===============  ============================================================

Input normalisation shared by the number validators: full-width ASCII
(``１１０…``, typed with a Chinese IME) becomes half-width, all whitespace and
invisible format characters (zero-width space, BOM, ...) are removed, and ASCII
letters are upper-cased.  Non-ASCII letters are never folded into ASCII (for
example ``ı`` does not become ``I``): they are reported as invalid characters.

Standards: GB 11643-1999 (citizen identity number), the 港澳台居民居住证 and
2023 外国人永久居留身份证 numbers (same layout and MOD 11-2 check),
GB 32100-2015 (统一社会信用代码) and GB 11714-1997 (organisation code check).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Literal

from .i18n import QT_TRANSLATE_NOOP, fmt

__all__ = [
    "DocumentType",
    "IdentityError",
    "ResidentId",
    "mask_id",
    "mask_name",
    "mask_phone",
    "mod11_2_check_char",
    "org_code_check_char",
    "uscc_check_char",
    "validate_document",
    "validate_foreign_permanent",
    "validate_hmt_residence",
    "validate_passport",
    "validate_person_name",
    "validate_phone",
    "validate_resident_id",
    "validate_uscc",
]


class DocumentType(StrEnum):
    RESIDENT_ID = "resident_id"  # 居民身份证
    HMT_RESIDENCE = "hmt_residence"  # 港澳台居民居住证
    FOREIGN_PERMANENT = "foreign_permanent"  # 外国人永久居留身份证
    PASSPORT = "passport"  # 护照
    USCC = "uscc"  # 统一社会信用代码


@dataclass(frozen=True)
class IdentityError(ValueError):
    """Validation failure: ``code`` for programs, ``message`` (Chinese) for the clerk."""

    code: str
    message: str

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[type[IdentityError], tuple[str, str]]:
        # The default exception pickling restores ``__dict__`` via setattr,
        # which a frozen dataclass refuses.
        return (type(self), (self.code, self.message))


_frozen_setattr = IdentityError.__setattr__


def _identity_error_setattr(self: IdentityError, name: str, value: object) -> None:
    # Fields stay frozen, but the interpreter and tools must still be able to
    # attach dunder attributes to a raised exception (``add_note`` writes
    # ``__notes__``; hypothesis and pytest rely on that).
    if name.startswith("__") and name.endswith("__"):
        object.__setattr__(self, name, value)
    else:
        _frozen_setattr(self, name, value)


setattr(IdentityError, "__setattr__", _identity_error_setattr)  # noqa: B010


@dataclass(frozen=True)
class ResidentId:
    """A validated 18-character GB 11643 style number (resident ID or HMT permit)."""

    number: str
    birth_date: date
    sex: Literal["M", "F"]
    region_code: str


# --------------------------------------------------------------------------
# Shared helpers
# --------------------------------------------------------------------------

_MIN_BIRTH = date(1900, 1, 1)

# Province-level codes of GB/T 2260 (first two digits of an address code).
_MAINLAND_PROVINCES: frozenset[str] = frozenset(
    [str(n) for n in range(11, 16)]
    + [str(n) for n in range(21, 24)]
    + [str(n) for n in range(31, 38)]
    + [str(n) for n in range(41, 47)]
    + [str(n) for n in range(50, 55)]
    + [str(n) for n in range(61, 66)]
)
_RESIDENT_PROVINCES: frozenset[str] = _MAINLAND_PROVINCES | {"71"}
_HMT_PROVINCES: frozenset[str] = frozenset({"81", "82", "83"})
_HMT_REGIONS: dict[str, str] = {"810000": "香港", "820000": "澳门", "830000": "台湾"}

_DIGITS = frozenset("0123456789")
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _to_halfwidth(text: str) -> str:
    """Full-width ASCII forms (U+FF01..U+FF5E) and the ideographic space to ASCII."""
    out: list[str] = []
    for ch in text:
        cp = ord(ch)
        if 0xFF01 <= cp <= 0xFF5E:
            out.append(chr(cp - 0xFEE0))
        elif cp == 0x3000:
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def _is_invisible(ch: str) -> bool:
    return unicodedata.category(ch) == "Cf"


def _ascii_upper(text: str) -> str:
    return "".join(chr(ord(c) - 32) if "a" <= c <= "z" else c for c in text)


def _compact(raw: str) -> str:
    """Normalise a typed or pasted document number (see module docstring)."""
    text = _to_halfwidth(raw)
    return _ascii_upper("".join(c for c in text if not c.isspace() and not _is_invisible(c)))


def _show(ch: str) -> str:
    """A character quoted for a message; invisible ones as U+XXXX."""
    if ch.isprintable() and not ch.isspace():
        return f"“{ch}”"
    return f"“U+{ord(ch):04X}”"


def _require_str(raw: object, label: str) -> str:
    if not isinstance(raw, str):
        raise IdentityError("empty", fmt(QT_TRANSLATE_NOOP("domain", "请输入{label}。"), label=label))
    return raw


def _fmt_date(d: date) -> str:
    return fmt(QT_TRANSLATE_NOOP("domain", "{year}年{month}月{day}日"), year=str(d.year), month=f"{d.month:02d}", day=f"{d.day:02d}")


def _parse_birth(yyyymmdd: str, label: str, today: date | None) -> date:
    """Check an 8-digit birth date embedded at positions 7-14."""
    try:
        born = date(int(yyyymmdd[0:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        raise IdentityError(
            "birth_date",
            fmt(QT_TRANSLATE_NOOP("domain", "{label}中的出生日期“{digits}”（第7至14位）不是有效日期，请核对年、月、日是否录错。"),
                label=label, digits=yyyymmdd),
        ) from None
    if born < _MIN_BIRTH:
        raise IdentityError(
            "birth_date",
            fmt(QT_TRANSLATE_NOOP("domain", "{label}中的出生日期为{date}，早于1900年1月1日，请核对第7至14位是否录错。"),
                label=label, date=_fmt_date(born)),
        )
    reference = today if today is not None else date.today()
    if born > reference:
        raise IdentityError(
            "future_birth",
            fmt(QT_TRANSLATE_NOOP("domain", "{label}中的出生日期为{date}，晚于今天（{today}），请核对第7至14位是否录错。"),
                label=label, date=_fmt_date(born), today=_fmt_date(reference)),
        )
    return born


# --------------------------------------------------------------------------
# ISO 7064 MOD 11-2 (GB 11643-1999)
# --------------------------------------------------------------------------

_MOD11_2_WEIGHTS: tuple[int, ...] = tuple(pow(2, 17 - i, 11) for i in range(17))
# = 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2


def mod11_2_check_char(body17: str) -> str:
    """ISO 7064 MOD 11-2 check character ('0'-'9' or 'X') for 17 ASCII digits."""
    if len(body17) != 17 or any(c not in _DIGITS for c in body17):
        raise IdentityError("format", QT_TRANSLATE_NOOP("domain", "计算校验位需要17位数字。"))
    total = sum(int(c) * w for c, w in zip(body17, _MOD11_2_WEIGHTS, strict=True))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def _check_18(number: str, label: str) -> None:
    """Length and character checks for an 18-character MOD 11-2 number."""
    if len(number) != 18:
        hint = fmt(QT_TRANSLATE_NOOP("domain", "请核对是否漏输或多输了数字。"))
        if len(number) == 15 and all(c in _DIGITS for c in number):
            hint = fmt(QT_TRANSLATE_NOOP("domain", "15位的一代证号码已停止使用，请按证件上的18位号码录入。"))
        raise IdentityError("length", fmt(QT_TRANSLATE_NOOP("domain", "{label}应为18位，当前为{n}位。{hint}"),
                                          label=label, n=len(number), hint=hint))
    for i, ch in enumerate(number[:17], start=1):
        if ch not in _DIGITS:
            raise IdentityError(
                "charset", fmt(QT_TRANSLATE_NOOP("domain", "{label}第{i}位{char}无效：前17位只能是数字，请核对。"),
                               label=label, i=i, char=_show(ch))
            )
    last = number[17]
    if last not in _DIGITS and last != "X":
        raise IdentityError(
            "charset", fmt(QT_TRANSLATE_NOOP("domain", "{label}第18位{char}无效：最后一位只能是数字或字母X，请核对。"),
                           label=label, char=_show(last))
        )


def _check_mod11_2(number: str, label: str) -> None:
    expected = mod11_2_check_char(number[:17])
    if number[17] != expected:
        raise IdentityError(
            "checksum",
            fmt(QT_TRANSLATE_NOOP("domain", "{label}校验位错误：按前17位计算最后一位应为 {expected}，录入的是 {typed}。"
                                         "任何一位录错都会导致校验失败，请对照证件逐位核对，不要只改最后一位。"),
                label=label, expected=expected, typed=number[17]),
        )


def _to_resident_id(number: str, born: date) -> ResidentId:
    sex: Literal["M", "F"] = "M" if int(number[16]) % 2 == 1 else "F"
    return ResidentId(number=number, birth_date=born, sex=sex, region_code=number[:6])


def validate_resident_id(raw: str, today: date | None = None) -> ResidentId:
    """Validate a 居民身份证 number (GB 11643-1999).

    Accepts lowercase ``x``, spaces and full-width digits.  The province part of
    the address code must be a mainland province or 71; 81/82/83 are 港澳台居民
    居住证 numbers and the clerk is told to switch the document type.
    """
    label = fmt(QT_TRANSLATE_NOOP("domain", "身份证号码"))
    number = _compact(_require_str(raw, label))
    if not number:
        raise IdentityError("empty", QT_TRANSLATE_NOOP("domain", "请输入身份证号码。"))
    _check_18(number, label)
    province = number[:2]
    if province in _HMT_PROVINCES:
        raise IdentityError(
            "region",
            fmt(QT_TRANSLATE_NOOP("domain", "以“{prefix}”开头的是港澳台居民居住证号码，请将证件类型改选为“港澳台居民居住证”。"),
                prefix=number[:6]),
        )
    if province not in _RESIDENT_PROVINCES:
        hint = fmt(QT_TRANSLATE_NOOP("domain", "请核对前两位是否录错。"))
        if province.startswith("9"):
            hint = fmt(QT_TRANSLATE_NOOP("domain", "以9开头的18位号码可能是外国人永久居留身份证，如是请改选该证件类型。"))
        raise IdentityError(
            "region", fmt(QT_TRANSLATE_NOOP("domain", "身份证号码前两位“{province}”不是有效的省级行政区划代码。{hint}"),
                          province=province, hint=hint)
        )
    born = _parse_birth(number[6:14], label, today)
    _check_mod11_2(number, label)
    return _to_resident_id(number, born)


def validate_hmt_residence(raw: str, today: date | None = None) -> ResidentId:
    """Validate a 港澳台居民居住证 number: address code 810000 / 820000 / 830000."""
    label = fmt(QT_TRANSLATE_NOOP("domain", "港澳台居民居住证号码"))
    number = _compact(_require_str(raw, label))
    if not number:
        raise IdentityError("empty", QT_TRANSLATE_NOOP("domain", "请输入港澳台居民居住证号码。"))
    _check_18(number, label)
    prefix = number[:6]
    if prefix not in _HMT_REGIONS:
        hint = fmt(QT_TRANSLATE_NOOP("domain", "请核对前6位。"))
        if number[:2] in _RESIDENT_PROVINCES:
            hint = fmt(QT_TRANSLATE_NOOP("domain", "这看起来是居民身份证号码，如是请将证件类型改选为“居民身份证”。"))
        raise IdentityError(
            "region",
            fmt(QT_TRANSLATE_NOOP("domain", "港澳台居民居住证号码前6位应为810000（香港）、820000（澳门）或830000（台湾），"
                                     "当前为“{prefix}”。{hint}"), prefix=prefix, hint=hint),
        )
    born = _parse_birth(number[6:14], label, today)
    _check_mod11_2(number, label)
    return _to_resident_id(number, born)


def validate_foreign_permanent(raw: str, today: date | None = None) -> str:
    """Validate a 外国人永久居留身份证 number and return it normalised.

    * 2023 version, 18 characters: ``9`` + 2-digit province code of the issuing
      office + 3-digit numeric nationality code + YYYYMMDD + 3-digit sequence +
      MOD 11-2 check character.
    * Earlier versions (2004/2017), 15 characters: 3 Latin letters (nationality)
      + 12 digits.  Only this layout is checked; the old check digit is not
      verified.
    """
    label = fmt(QT_TRANSLATE_NOOP("domain", "永居证号码"))
    number = _compact(_require_str(raw, label))
    if not number:
        raise IdentityError("empty", QT_TRANSLATE_NOOP("domain", "请输入外国人永久居留身份证号码。"))
    if len(number) == 15:
        for i, ch in enumerate(number[:3], start=1):
            if ch not in _UPPER:
                raise IdentityError(
                    "charset",
                    fmt(QT_TRANSLATE_NOOP("domain", "旧版永居证号码第{i}位{char}无效：15位号码应为3位英文字母（国籍代码）加12位数字。"),
                        i=i, char=_show(ch)),
                )
        for i, ch in enumerate(number[3:], start=4):
            if ch not in _DIGITS:
                raise IdentityError(
                    "charset",
                    fmt(QT_TRANSLATE_NOOP("domain", "旧版永居证号码第{i}位{char}无效：15位号码的第4至15位只能是数字。"),
                        i=i, char=_show(ch)),
                )
        return number
    if len(number) != 18:
        raise IdentityError(
            "length",
            fmt(QT_TRANSLATE_NOOP("domain", "外国人永久居留身份证号码应为18位（2023年版）或15位（旧版），当前为{n}位。"
                                     "请核对是否漏输或多输。"), n=len(number)),
        )
    _check_18(number, label)
    if number[0] != "9":
        hint = fmt(QT_TRANSLATE_NOOP("domain", "请核对第1位。"))
        if number[:2] in _RESIDENT_PROVINCES:
            hint = fmt(QT_TRANSLATE_NOOP("domain", "这看起来是居民身份证号码，如是请将证件类型改选为“居民身份证”。"))
        elif number[:2] in _HMT_PROVINCES:
            hint = fmt(QT_TRANSLATE_NOOP("domain", "这看起来是港澳台居民居住证号码，如是请改选该证件类型。"))
        raise IdentityError("format", fmt(QT_TRANSLATE_NOOP("domain", "2023年版永居证号码应以9开头，当前为“{first}”。{hint}"),
                                          first=number[0], hint=hint))
    if number[1:3] not in _MAINLAND_PROVINCES:
        raise IdentityError(
            "region",
            fmt(QT_TRANSLATE_NOOP("domain", "永居证号码第2至3位“{code}”不是有效的受理地省级行政区划代码，请核对。"),
                code=number[1:3]),
        )
    _parse_birth(number[6:14], label, today)
    _check_mod11_2(number, label)
    return number


# --------------------------------------------------------------------------
# Passport
# --------------------------------------------------------------------------


def validate_passport(raw: str) -> str:
    """Validate a passport number and return it upper-cased without spaces.

    Chinese passports (``E`` + 8 digits, ``E`` + letter + 7 digits, ``G``/``P``/
    ``S``/``D`` + digits) are a subset of what foreign passports use, so the rule
    is the foreign one: 5 to 20 characters, Latin letters and digits only.
    """
    number = _compact(_require_str(raw, fmt(QT_TRANSLATE_NOOP("domain", "护照号码"))))
    if not number:
        raise IdentityError("empty", QT_TRANSLATE_NOOP("domain", "请输入护照号码。"))
    for i, ch in enumerate(number, start=1):
        if ch not in _DIGITS and ch not in _UPPER:
            raise IdentityError(
                "charset",
                fmt(QT_TRANSLATE_NOOP("domain", "护照号码第{i}位{char}无效：只能包含英文字母和数字（不含横线等符号），"
                                         "请对照护照资料页录入。"), i=i, char=_show(ch)),
            )
    if not 5 <= len(number) <= 20:
        raise IdentityError(
            "length",
            fmt(QT_TRANSLATE_NOOP("domain", "护照号码应为5至20位，当前为{n}位。中国护照通常为9位（如 E12345678），请核对。"),
                n=len(number)),
        )
    return number


# --------------------------------------------------------------------------
# 统一社会信用代码 (GB 32100-2015)
# --------------------------------------------------------------------------

_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_VALUE: dict[str, int] = {c: i for i, c in enumerate(_USCC_CHARS)}
_USCC_WEIGHTS: tuple[int, ...] = tuple(pow(3, i, 31) for i in range(17))
# = 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
# Registration-authority codes: GB 32100-2015 (1-9, A-G, Y) plus N, used for
# rural collective economic organisations registered by agricultural departments.
_USCC_AUTHORITIES = frozenset("123456789ABCDEFGNY")
_USCC_CONFUSABLE = {"O": "0", "I": "1", "Z": "2", "S": "5", "V": "U"}

_GB11714_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def uscc_check_char(body17: str) -> str:
    """GB 32100 check character for the first 17 characters of a USCC."""
    if len(body17) != 17 or any(c not in _USCC_VALUE for c in body17):
        raise IdentityError("format", QT_TRANSLATE_NOOP("domain", "计算校验码需要17位统一社会信用代码字符。"))
    total = sum(_USCC_VALUE[c] * w for c, w in zip(body17, _USCC_WEIGHTS, strict=True))
    return _USCC_CHARS[(31 - total % 31) % 31]


def org_code_check_char(body8: str) -> str:
    """GB 11714 organisation-code check character for 8 characters [0-9A-Z].

    Letters count A=10 ... Z=35; weights 3, 7, 9, 10, 5, 8, 4, 2;
    ``11 - sum mod 11`` with 10 -> ``X`` and 11 -> ``0``.  Used for characters
    9-17 of a USCC.
    """
    if len(body8) != 8 or any(c not in _DIGITS and c not in _UPPER for c in body8):
        raise IdentityError("format", QT_TRANSLATE_NOOP("domain", "计算组织机构代码校验码需要8位数字或大写字母。"))
    total = sum(int(c, 36) * w for c, w in zip(body8, _GB11714_WEIGHTS, strict=True))
    value = 11 - total % 11
    if value == 10:
        return "X"
    if value == 11:
        return "0"
    return str(value)


def validate_uscc(raw: str) -> str:
    """Validate a 统一社会信用代码 and return it upper-cased without spaces."""
    label = fmt(QT_TRANSLATE_NOOP("domain", "统一社会信用代码"))
    code = _compact(_require_str(raw, label))
    if not code:
        raise IdentityError("empty", QT_TRANSLATE_NOOP("domain", "请输入统一社会信用代码。"))
    if len(code) != 18:
        hint = fmt(QT_TRANSLATE_NOOP("domain", "请核对是否漏输或多输。"))
        if len(code) in (9, 10, 15):
            hint = fmt(QT_TRANSLATE_NOOP("domain", "这可能是旧的组织机构代码或注册号，请录入营业执照或登记证书上的18位统一社会信用代码。"))
        raise IdentityError("length", fmt(QT_TRANSLATE_NOOP("domain", "统一社会信用代码应为18位，当前为{n}位。{hint}"),
                                          n=len(code), hint=hint))
    for i, ch in enumerate(code, start=1):
        if ch not in _USCC_VALUE:
            if ch in _USCC_CONFUSABLE:
                detail = fmt(QT_TRANSLATE_NOOP("domain", "代码中不使用字母 I、O、Z、S、V，是否应为“{char}”？"),
                             char=_USCC_CONFUSABLE[ch])
            else:
                detail = fmt(QT_TRANSLATE_NOOP("domain", "只能是数字或大写字母（不含 I、O、Z、S、V）。"))
            raise IdentityError("charset", fmt(QT_TRANSLATE_NOOP("domain", "{label}第{i}位{char}无效：{detail}"),
                                               label=label, i=i, char=_show(ch), detail=detail))
    if code[0] not in _USCC_AUTHORITIES:
        raise IdentityError(
            "authority",
            fmt(QT_TRANSLATE_NOOP("domain", "{label}第1位（登记管理部门代码）“{char}”无效，应为1至9、A至G、N或Y，请核对。"),
                label=label, char=code[0]),
        )
    for i in range(2, 8):
        if code[i] not in _DIGITS:
            raise IdentityError(
                "region",
                fmt(QT_TRANSLATE_NOOP("domain", "{label}第{i}位{char}无效：第3至8位为登记管理机关行政区划码，只能是数字。"),
                    label=label, i=i + 1, char=_show(code[i])),
            )
    org_expected = org_code_check_char(code[8:16])
    if code[16] != org_expected:
        raise IdentityError(
            "checksum",
            fmt(QT_TRANSLATE_NOOP("domain", "{label}第9至17位（组织机构代码）校验不符：按第9至16位计算第17位应为 "
                                     "{expected}，录入的是 {typed}。任何一位录错都会导致校验失败，请逐位核对。"),
                label=label, expected=org_expected, typed=code[16]),
        )
    expected = uscc_check_char(code[:17])
    if code[17] != expected:
        raise IdentityError(
            "checksum",
            fmt(QT_TRANSLATE_NOOP("domain", "{label}校验码错误：按前17位计算最后一位应为 {expected}，录入的是 {typed}。"
                                     "任何一位录错都会导致校验失败，请对照证照逐位核对。"),
                label=label, expected=expected, typed=code[17]),
        )
    return code


# --------------------------------------------------------------------------
# Dispatch
# --------------------------------------------------------------------------


def validate_document(doc_type: DocumentType, raw: str, today: date | None = None) -> str:
    """Validate ``raw`` as ``doc_type`` and return the normalised number."""
    try:
        kind = DocumentType(doc_type)
    except ValueError:
        raise IdentityError(
            "doc_type", fmt(QT_TRANSLATE_NOOP("domain", "不支持的证件类型“{kind}”，请重新选择证件类型。"), kind=doc_type)
        ) from None
    if kind is DocumentType.RESIDENT_ID:
        return validate_resident_id(raw, today).number
    if kind is DocumentType.HMT_RESIDENCE:
        return validate_hmt_residence(raw, today).number
    if kind is DocumentType.FOREIGN_PERMANENT:
        return validate_foreign_permanent(raw, today)
    if kind is DocumentType.PASSPORT:
        return validate_passport(raw)
    return validate_uscc(raw)


# --------------------------------------------------------------------------
# Phone numbers
# --------------------------------------------------------------------------

_MOBILE_RE = re.compile(r"1[3-9]\d{9}")
_COUNTRY_PREFIX_RE = re.compile(r"^(?:\+86|0086|\(\+86\)|\+\(86\))")
_EXTENSION_RE = re.compile(r"(转|分机|EXT\.?|X|#)(\d*)$")
# "(0755)2345678", "(0755)-2345678", "0755-2345678", "010-6234-5678", "075582345678"
_LANDLINE_SHAPE_RE = re.compile(r"(?:\(0\d+\)-?\d+|0\d*)(?:-\d+)*")


def _split_landline(digits: str) -> tuple[str, str] | None:
    """Split ``0AAA…LLLLLLLL`` into area code and local number, or None.

    Area codes 010 and 020-029 have three digits and 8-digit local numbers;
    every other area code (03xx-09xx) has four digits and 7- or 8-digit local
    numbers.  Local numbers never start with 0 or 1.
    """
    if len(digits) < 3 or digits[0] != "0":
        return None
    local_lengths: tuple[int, ...]
    if digits.startswith("010") or digits[1] == "2":
        area, local, local_lengths = digits[:3], digits[3:], (8,)
    elif digits[1] in "3456789":
        area, local, local_lengths = digits[:4], digits[4:], (7, 8)
    else:
        return None
    if len(local) not in local_lengths or local[0] not in "23456789":
        return None
    return area, local


def validate_phone(raw: str) -> str:
    """Validate a mainland mobile or landline number and return it normalised.

    * Mobile: ``1[3-9]`` + 9 digits, optionally prefixed ``+86`` / ``0086``;
      spaces and hyphens are ignored.  Normalised to the 11 bare digits.
    * Landline: area code + local number, e.g. ``010-62345678``,
      ``(0755)2345678``, ``075582345678``, with an optional extension
      (``-801``, ``转801``, ``分机801``, ``ext801``, ``x801``, ``#801``).
      Normalised to ``0755-82345678`` or ``0755-82345678转801``.
    """
    text = _require_str(raw, fmt(QT_TRANSLATE_NOOP("domain", "联系电话")))
    text = _ascii_upper(
        "".join(c for c in _to_halfwidth(text) if not c.isspace() and not _is_invisible(c))
    )
    if not text:
        raise IdentityError("empty", QT_TRANSLATE_NOOP("domain", "请输入联系电话。"))
    bad = next((c for c in text if not (c in _DIGITS or c in "+-()#.转分机EXT")), None)
    if bad is not None:
        raise IdentityError(
            "charset", fmt(QT_TRANSLATE_NOOP("domain", "联系电话中含有无效字符{char}，只能录入数字、区号括号、横线和分机号。"),
                           char=_show(bad))
        )

    prefix = _COUNTRY_PREFIX_RE.match(text)
    if prefix is not None:
        rest = text[prefix.end() :].replace("-", "")
        if _MOBILE_RE.fullmatch(rest):
            return rest
        raise IdentityError(
            "format",
            QT_TRANSLATE_NOOP("domain", "带国际区号 +86 时只支持11位手机号码；固定电话请录入以0开头的区号，例如 010-62345678。"),
        )

    flat = text.replace("-", "")
    if flat.startswith("1"):
        if not flat.isdigit() or not flat.isascii():
            raise IdentityError("format", QT_TRANSLATE_NOOP("domain", "手机号码只能包含数字，请核对。"))
        if len(flat) != 11:
            raise IdentityError("length", fmt(QT_TRANSLATE_NOOP("domain", "手机号码应为11位，当前为{n}位，请核对。"),
                                              n=len(flat)))
        if not _MOBILE_RE.fullmatch(flat):
            raise IdentityError("format", fmt(QT_TRANSLATE_NOOP("domain", "手机号码“{number}”的第二位应为3至9，请核对。"),
                                              number=flat))
        return flat

    main, extension = text, ""
    marker = _EXTENSION_RE.search(text)
    if marker is not None:
        main, extension = text[: marker.start()], marker.group(2)
        if not 1 <= len(extension) <= 6:
            raise IdentityError("format", QT_TRANSLATE_NOOP("domain", "分机号应为1至6位数字，请核对。"))

    def parse(candidate: str) -> tuple[str, str] | None:
        digits = re.sub(r"[-()]", "", candidate)
        if not digits.isdigit() or not digits.isascii():
            return None
        if not _LANDLINE_SHAPE_RE.fullmatch(candidate):
            return None
        return _split_landline(digits)

    parsed = parse(main)
    if parsed is None and not extension and "-" in main:
        head, _, tail = main.rpartition("-")
        if tail.isdigit() and 1 <= len(tail) <= 6:
            parsed = parse(head)
            if parsed is not None:
                extension = tail
    if parsed is None:
        raise IdentityError(
            "format",
            fmt(QT_TRANSLATE_NOOP("domain", "“{text}”不是有效的电话号码。手机号码应为11位（如 13812345678），"
                                     "固定电话应为区号加7至8位本地号码（本地号码不以0或1开头，如 010-62345678、0755-2345678），"
                                     "请核对。"), text=raw.strip()),
        )
    area, local = parsed
    return f"{area}-{local}" + (f"转{extension}" if extension else "")


# --------------------------------------------------------------------------
# Masking for display and printing
# --------------------------------------------------------------------------


def mask_id(number: str) -> str:
    """Mask a document number for display; the length is preserved.

    * 14 characters or more (ID cards, USCC, permanent residence cards): keep
      the first 6 and last 4, e.g. ``110105********002X``.
    * 8-13 characters (passports): keep the first 2 and last 2, e.g.
      ``E1*****78`` (keeping 6 + 4 would reveal the whole number).
    * 3-7 characters: keep the first and the last character.
    * 1-2 characters: everything masked.
    """
    s = number.strip()
    n = len(s)
    if n >= 14:
        head, tail = 6, 4
    elif n >= 8:
        head, tail = 2, 2
    elif n >= 3:
        head, tail = 1, 1
    else:
        return "*" * n
    return s[:head] + "*" * (n - head - tail) + s[n - tail :]


_NAME_SEPARATORS = frozenset(" ·•-'")


def mask_name(name: str) -> str:
    """Keep the first character and replace every other one by ``*``.

    ``张三`` → ``张*``, ``欧阳娜娜`` → ``欧***``; a one-character name becomes
    ``*``.  Separators (space, ``·``, ``•``, ``-``, ``'``) are kept so that
    ``阿依古丽·买买提`` → ``阿***·***``.
    """
    s = name.strip()
    if len(s) <= 1:
        return "*" * len(s)
    return s[0] + "".join(c if c in _NAME_SEPARATORS else "*" for c in s[1:])


def mask_phone(phone: str) -> str:
    """``13812345678`` → ``138****5678``; ``0755-82345678`` → ``0755-****5678``.

    Input that is not a valid phone number is masked like :func:`mask_id`,
    keeping at most the first 3 and last 4 characters.
    """
    try:
        normal = validate_phone(phone)
    except IdentityError:
        s = phone.strip()
        if len(s) >= 11:
            return s[:3] + "*" * (len(s) - 7) + s[-4:]
        return mask_id(s)
    if "-" not in normal:
        return normal[:3] + "****" + normal[7:]
    area, _, rest = normal.partition("-")
    local, sep, extension = rest.partition("转")
    return f"{area}-{'*' * (len(local) - 4)}{local[-4:]}{sep}{extension}"


# --------------------------------------------------------------------------
# Person names
# --------------------------------------------------------------------------

_NAME_MAX = 40
_DOT_VARIANTS = {
    "\u30fb": "·",
    "\uff65": "·",
    "\u2027": "·",
    "\u2219": "·",
    "\u22c5": "·",
    "\u0387": "·",
}
_CJK_COMPAT = ((0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
_ALLOWED_RANGES: tuple[tuple[int, int], ...] = (
    (0x0041, 0x005A),  # A-Z
    (0x0061, 0x007A),  # a-z
    (0x00C0, 0x00D6),  # Latin-1 letters
    (0x00D8, 0x00F6),
    (0x00F8, 0x024F),  # Latin Extended-A/B
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese ...)
    (0x0F00, 0x0FFF),  # Tibetan (digits are rejected separately)
    (0x3400, 0x4DBF),  # CJK Extension A (䶮)
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
    (0x20000, 0x3FFFF),  # planes 2-3: CJK Extension B-I (𠮷), compatibility supplement
)


def _is_name_letter(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _ALLOWED_RANGES)


def _nfc_except_cjk_compat(text: str) -> str:
    """NFC-compose (e.g. ``e`` + combining acute → ``é``) without NFC's
    replacement of CJK compatibility ideographs, which are distinct in names."""
    out: list[str] = []
    run: list[str] = []
    for ch in text:
        if any(lo <= ord(ch) <= hi for lo, hi in _CJK_COMPAT):
            out.append(unicodedata.normalize("NFC", "".join(run)))
            run = []
            out.append(ch)
        else:
            run.append(ch)
    out.append(unicodedata.normalize("NFC", "".join(run)))
    return "".join(out)


def validate_person_name(raw: str) -> str:
    """Validate a person's name and return it cleaned.

    1-40 characters after trimming; CJK ideographs of every block (basic,
    Extension A, B and later, compatibility), Latin letters (with accents),
    Tibetan, single spaces and the separators ``·`` ``•`` ``-`` ``'`` between
    letters.  Digits of any script are rejected.  Full-width Latin letters are
    converted to ASCII, runs of whitespace collapse to one space, and look-alike
    middle dots (``・`` ``‧`` ...) become ``·``.
    """
    text = _to_halfwidth(_require_str(raw, fmt(QT_TRANSLATE_NOOP("domain", "姓名"))))
    text = "".join(_DOT_VARIANTS.get(c, c) for c in text if not _is_invisible(c))
    text = " ".join(text.split())
    text = _nfc_except_cjk_compat(text)
    if not text:
        raise IdentityError("empty", QT_TRANSLATE_NOOP("domain", "请输入姓名。"))
    if len(text) > _NAME_MAX:
        raise IdentityError("length", fmt(QT_TRANSLATE_NOOP("domain", "姓名最多{most}个字，当前为{n}个字，请核对。"),
                                              most=_NAME_MAX, n=len(text)))
    for i, ch in enumerate(text, start=1):
        if ch.isdigit() or unicodedata.category(ch).startswith("N"):
            raise IdentityError("charset", fmt(QT_TRANSLATE_NOOP("domain", "姓名中不能包含数字（第{i}个字{char}），请核对。"),
                                                   i=i, char=_show(ch)))
    for i, ch in enumerate(text, start=1):
        if ch not in _NAME_SEPARATORS and not _is_name_letter(ch):
            raise IdentityError(
                "charset",
                fmt(QT_TRANSLATE_NOOP("domain", "姓名第{i}个字{char}无效：姓名只能包含汉字、英文字母、藏文，以及空格和间隔号“·”。"),
                    i=i, char=_show(ch)),
            )
    if text[0] in _NAME_SEPARATORS or text[-1] in _NAME_SEPARATORS:
        raise IdentityError("format", QT_TRANSLATE_NOOP("domain", "姓名不能以间隔号或其他符号开头或结尾，请核对。"))
    for a, b in zip(text, text[1:], strict=False):
        if a in _NAME_SEPARATORS and b in _NAME_SEPARATORS:
            raise IdentityError("format", fmt(QT_TRANSLATE_NOOP("domain", "姓名中的“{pair}”连续出现了两个分隔符号，请核对。"),
                                              pair=a + b))
    return text
