"""Tests for desk_app.domain.identity (pure domain: no Qt, no database)."""

from __future__ import annotations

import dataclasses
import pickle
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desk_app.domain.identity import (
    DocumentType,
    IdentityError,
    ResidentId,
    mask_id,
    mask_name,
    mask_phone,
    mod11_2_check_char,
    org_code_check_char,
    uscc_check_char,
    validate_document,
    validate_foreign_permanent,
    validate_hmt_residence,
    validate_passport,
    validate_person_name,
    validate_phone,
    validate_resident_id,
    validate_uscc,
)

TODAY = date(2025, 6, 1)

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
PROVINCES = [
    *range(11, 16),
    *range(21, 24),
    *range(31, 38),
    *range(41, 47),
    *range(50, 55),
    *range(61, 66),
]


def make_id(prefix6: str, born: date, seq: str = "001") -> str:
    body = f"{prefix6}{born:%Y%m%d}{seq}"
    return body + mod11_2_check_char(body)


def gb11714_check(body8: str) -> str:
    """Independent re-implementation of the GB 11714 organisation-code check."""
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    c = 11 - sum(int(ch, 36) * w for ch, w in zip(body8, weights, strict=True)) % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def make_uscc(prefix8: str, org8: str) -> str:
    body = prefix8 + org8 + gb11714_check(org8)
    return body + uscc_check_char(body)


def error_of(func: Callable[..., object], *args: object) -> IdentityError:
    """Call ``func`` and return the IdentityError it must raise."""
    with pytest.raises(IdentityError) as info:
        func(*args)
    return info.value


# --------------------------------------------------------------------------
# IdentityError
# --------------------------------------------------------------------------


class TestIdentityError:
    def test_is_value_error_with_chinese_str(self) -> None:
        err = IdentityError("length", "身份证号码应为18位，当前为17位。")
        assert isinstance(err, ValueError)
        assert str(err) == "身份证号码应为18位，当前为17位。"
        assert err.code == "length"

    def test_fields_are_frozen(self) -> None:
        err = IdentityError("length", "x")
        with pytest.raises(dataclasses.FrozenInstanceError):
            err.code = "other"  # type: ignore[misc]

    def test_works_with_pytest_raises_and_notes(self) -> None:
        with pytest.raises(IdentityError) as info:
            try:
                validate_resident_id("123")
            except IdentityError as exc:
                exc.add_note("context for the log")
                raise
        assert info.value.code == "length"
        assert info.value.__notes__ == ["context for the log"]

    def test_pickles(self) -> None:
        err = IdentityError(code="checksum", message="校验位错误")
        again = pickle.loads(pickle.dumps(err))
        assert again == err
        assert str(again) == "校验位错误"


# --------------------------------------------------------------------------
# 居民身份证
# --------------------------------------------------------------------------


class TestResidentId:
    def test_published_example(self) -> None:
        rid = validate_resident_id("11010519491231002X", today=TODAY)
        assert rid == ResidentId(
            number="11010519491231002X",
            birth_date=date(1949, 12, 31),
            sex="F",
            region_code="110105",
        )

    def test_check_char_of_published_examples(self) -> None:
        assert mod11_2_check_char("11010519491231002") == "X"
        assert mod11_2_check_char("44052418800101001") == "4"

    def test_gb11643_example_born_1880_is_rejected_by_1900_bound(self) -> None:
        # 440524188001010014 is the GB 11643-1999 example and its check digit is
        # right, but this desk only accepts births from 1900-01-01 on.
        err = error_of(validate_resident_id, "440524188001010014", TODAY)
        assert err.code == "birth_date"
        assert "1880年01月01日" in err.message and "1900" in err.message

    def test_normalisation(self) -> None:
        rid = validate_resident_id(" 110105 19491231 002x ", today=TODAY)
        assert rid.number == "11010519491231002X"
        full_width = "１１０１０５１９４９１２３１００２ｘ"
        assert validate_resident_id(full_width, today=TODAY).number == "11010519491231002X"
        assert validate_resident_id("\u200b11010519491231002X\ufeff", today=TODAY).number == (
            "11010519491231002X"
        )

    def test_male(self) -> None:
        number = make_id("320102", date(1990, 5, 17), "013")
        rid = validate_resident_id(number, today=TODAY)
        assert rid.sex == "M"
        assert rid.birth_date == date(1990, 5, 17)
        assert rid.region_code == "320102"

    def test_taiwan_province_code_71_accepted(self) -> None:
        assert validate_resident_id(make_id("710000", date(1980, 1, 1)), TODAY).region_code == (
            "710000"
        )

    @pytest.mark.parametrize("raw", ["", "   ", "\u3000"])
    def test_empty(self, raw: str) -> None:
        assert error_of(validate_resident_id, raw, TODAY).code == "empty"

    def test_length(self) -> None:
        err = error_of(validate_resident_id, "11010519491231002", TODAY)
        assert err.code == "length"
        assert err.message.startswith("身份证号码应为18位，当前为17位。")
        err15 = error_of(validate_resident_id, "110105491231002", TODAY)
        assert err15.code == "length" and "15位" in err15.message

    def test_charset_in_body(self) -> None:
        err = error_of(validate_resident_id, "1101051949A231002X", TODAY)
        assert err.code == "charset"
        assert "第11位“A”" in err.message

    def test_charset_last_char(self) -> None:
        err = error_of(validate_resident_id, "11010519491231002Y", TODAY)
        assert err.code == "charset" and "第18位" in err.message

    def test_invalid_birth_date(self) -> None:
        err = error_of(validate_resident_id, "110105199902300011", TODAY)
        assert err.code == "birth_date"
        assert "19990230" in err.message

    def test_invalid_birth_date_with_correct_check_char(self) -> None:
        body = "11010519990230001"
        err = error_of(validate_resident_id, body + mod11_2_check_char(body), TODAY)
        assert err.code == "birth_date"

    def test_before_1900(self) -> None:
        err = error_of(validate_resident_id, make_id("110105", date(1899, 12, 31)), TODAY)
        assert err.code == "birth_date"
        assert validate_resident_id(make_id("110105", date(1900, 1, 1)), TODAY)

    def test_future_birth_relative_to_today(self) -> None:
        tomorrow = TODAY + timedelta(days=1)
        err = error_of(validate_resident_id, make_id("110105", tomorrow), TODAY)
        assert err.code == "future_birth"
        assert "2025年06月02日" in err.message
        # born today is fine, and a later "today" accepts the same number
        assert validate_resident_id(make_id("110105", TODAY), TODAY).birth_date == TODAY
        assert validate_resident_id(make_id("110105", tomorrow), tomorrow)

    def test_default_today_is_real_today(self) -> None:
        far_future = date.today() + timedelta(days=400)
        err = error_of(validate_resident_id, make_id("110105", far_future))
        assert err.code == "future_birth"

    @pytest.mark.parametrize("prefix", ["000000", "100000", "160000", "990000", "720000", "910000"])
    def test_bad_province(self, prefix: str) -> None:
        err = error_of(validate_resident_id, make_id(prefix, date(1980, 1, 1)), TODAY)
        assert err.code == "region"
        assert prefix[:2] in err.message

    @pytest.mark.parametrize("prefix", ["810000", "820000", "830000"])
    def test_hmt_number_redirects_to_hmt_type(self, prefix: str) -> None:
        err = error_of(validate_resident_id, make_id(prefix, date(1980, 1, 1)), TODAY)
        assert err.code == "region"
        assert "港澳台居民居住证" in err.message

    def test_checksum_tells_expected_char(self) -> None:
        err = error_of(validate_resident_id, "110105194912310025", TODAY)
        assert err.code == "checksum"
        assert "最后一位应为 X" in err.message
        assert "逐位核对" in err.message

    def test_transposition_detected(self) -> None:
        # 110105 19491231 002X with "12" swapped to "21" in the date part would be an
        # invalid date; swap two sequence digits instead.
        err = error_of(validate_resident_id, "11010519491231020X", TODAY)
        assert err.code == "checksum"

    def test_mod11_2_rejects_bad_body(self) -> None:
        with pytest.raises(IdentityError):
            mod11_2_check_char("123")
        with pytest.raises(IdentityError):
            mod11_2_check_char("1101051949123100X")


# --------------------------------------------------------------------------
# 港澳台居民居住证
# --------------------------------------------------------------------------


class TestHmtResidence:
    @pytest.mark.parametrize("prefix", ["810000", "820000", "830000"])
    def test_valid(self, prefix: str) -> None:
        number = make_id(prefix, date(1985, 3, 4), "022")
        rid = validate_hmt_residence(number.lower(), today=TODAY)
        assert rid.number == number
        assert rid.region_code == prefix
        assert rid.sex == "F"
        assert rid.birth_date == date(1985, 3, 4)

    def test_mainland_number_redirects(self) -> None:
        err = error_of(validate_hmt_residence, "11010519491231002X", TODAY)
        assert err.code == "region"
        assert "居民身份证" in err.message

    def test_810100_is_not_accepted(self) -> None:
        err = error_of(validate_hmt_residence, make_id("810100", date(1985, 3, 4)), TODAY)
        assert err.code == "region"

    def test_other_errors(self) -> None:
        good = make_id("810000", date(1985, 3, 4))
        assert error_of(validate_hmt_residence, "", TODAY).code == "empty"
        assert error_of(validate_hmt_residence, good[:-1], TODAY).code == "length"
        assert error_of(validate_hmt_residence, good[:-2] + "A" + good[-1], TODAY).code == "charset"
        bad_check = good[:-1] + ("0" if good[-1] != "0" else "1")
        assert error_of(validate_hmt_residence, bad_check, TODAY).code == "checksum"
        assert (
            error_of(validate_hmt_residence, make_id("810000", TODAY + timedelta(1)), TODAY).code
            == "future_birth"
        )


# --------------------------------------------------------------------------
# 外国人永久居留身份证
# --------------------------------------------------------------------------


class TestForeignPermanent:
    def test_2023_version(self) -> None:
        body = "911840" + "19800101" + "001"
        number = body + mod11_2_check_char(body)
        assert validate_foreign_permanent(number, TODAY) == number

    def test_old_15_character_version(self) -> None:
        assert validate_foreign_permanent("usa 110180 010101", TODAY) == "USA110180010101"

    @pytest.mark.parametrize(
        ("raw", "code"),
        [
            ("", "empty"),
            ("USA11018001010", "length"),
            ("9118401980010100", "length"),
            ("U5A110180010101", "charset"),
            ("USA1101800101O1", "charset"),
            ("9118401980010100A1", "charset"),
        ],
    )
    def test_errors(self, raw: str, code: str) -> None:
        assert error_of(validate_foreign_permanent, raw, TODAY).code == code

    def test_must_start_with_9(self) -> None:
        err = error_of(validate_foreign_permanent, "11010519491231002X", TODAY)
        assert err.code == "format"
        assert "居民身份证" in err.message

    def test_region(self) -> None:
        body = "981840" + "19800101" + "001"
        err = error_of(validate_foreign_permanent, body + mod11_2_check_char(body), TODAY)
        assert err.code == "region"

    def test_birth_dates(self) -> None:
        body = "911840" + "19800230" + "001"
        err = error_of(validate_foreign_permanent, body + mod11_2_check_char(body), TODAY)
        assert err.code == "birth_date"
        body = "911840" + "20300101" + "001"
        err = error_of(validate_foreign_permanent, body + mod11_2_check_char(body), TODAY)
        assert err.code == "future_birth"

    def test_checksum(self) -> None:
        body = "911840" + "19800101" + "001"
        check = mod11_2_check_char(body)
        wrong = "1" if check != "1" else "2"
        err = error_of(validate_foreign_permanent, body + wrong, TODAY)
        assert err.code == "checksum"
        assert f"应为 {check}" in err.message


# --------------------------------------------------------------------------
# 护照
# --------------------------------------------------------------------------


class TestPassport:
    @pytest.mark.parametrize(
        ("raw", "expected"),
        [
            ("E12345678", "E12345678"),
            ("e12345678", "E12345678"),
            ("EA1234567", "EA1234567"),
            (" G 1234 5678 ", "G12345678"),
            ("Ｐ１２３４５６７８", "P12345678"),
            ("123456789", "123456789"),
            ("C01X00T47", "C01X00T47"),
            ("AB123", "AB123"),
            ("A" * 20, "A" * 20),
        ],
    )
    def test_valid(self, raw: str, expected: str) -> None:
        assert validate_passport(raw) == expected

    @pytest.mark.parametrize(
        ("raw", "code"),
        [
            ("", "empty"),
            ("  ", "empty"),
            ("E123", "length"),
            ("A" * 21, "length"),
            ("E1234-5678", "charset"),
            ("护照E1234567", "charset"),
            ("\u0131E1234567", "charset"),  # dotless i must not become "I"
        ],
    )
    def test_invalid(self, raw: str, code: str) -> None:
        assert error_of(validate_passport, raw).code == code


# --------------------------------------------------------------------------
# 统一社会信用代码
# --------------------------------------------------------------------------


class TestUscc:
    @pytest.mark.parametrize(
        "code",
        [
            "91350100M000100Y43",  # GB 32100 style example
            "914403001922038216",  # 华为技术有限公司
            "91440300708461136T",  # 深圳市腾讯计算机系统有限公司
            "91330100716105852F",  # 阿里巴巴（中国）有限公司
        ],
    )
    def test_real_codes(self, code: str) -> None:
        assert validate_uscc(code) == code
        assert uscc_check_char(code[:17]) == code[17]
        assert gb11714_check(code[8:16]) == code[16]

    def test_lowercase_and_spaces(self) -> None:
        assert validate_uscc(" 91440300 708461136t ") == "91440300708461136T"

    def test_computed_codes(self) -> None:
        for prefix, org in [
            ("12100000", "40000012"),
            ("51110000", "MJ000000"),
            ("N2330100", "MA2KXXX0"),
        ]:
            code = make_uscc(prefix, org)
            assert validate_uscc(code) == code

    def test_check_char_mapping_31_to_0(self) -> None:
        # find a body whose weighted sum is a multiple of 31 -> check char "0"
        for tail in USCC_CHARS:
            body = "9135010000000000" + tail
            if uscc_check_char(body) == "0":
                break
        else:
            pytest.fail("no body with check char 0 found")
        weights = [pow(3, i, 31) for i in range(17)]
        assert sum(USCC_CHARS.index(c) * w for c, w in zip(body, weights, strict=True)) % 31 == 0

    def test_widely_quoted_but_wrong_example(self) -> None:
        # 91110108MA01K0A27T circulates as an example but its check char is G.
        err = error_of(validate_uscc, "91110108MA01K0A27T")
        assert err.code == "checksum"
        assert "应为 G" in err.message
        assert validate_uscc("91110108MA01K0A27G") == "91110108MA01K0A27G"

    def test_org_code_check(self) -> None:
        err = error_of(validate_uscc, "911100001000000007")
        assert err.code == "checksum"
        assert "组织机构代码" in err.message

    @pytest.mark.parametrize(
        ("raw", "code"),
        [
            ("", "empty"),
            ("9135010000000000", "length"),
            ("91350100M000100Y4", "length"),
            ("91350100M000100Y433", "length"),
            ("91350100MOOO100Y43", "charset"),
            ("91350100M000100Y4!", "charset"),
        ],
    )
    def test_invalid(self, raw: str, code: str) -> None:
        assert error_of(validate_uscc, raw).code == code

    def test_charset_hints_for_confusables(self) -> None:
        err = error_of(validate_uscc, "91350100MOOO100Y43")
        assert "第10位“O”" in err.message and "“0”" in err.message

    def test_authority(self) -> None:
        err = error_of(validate_uscc, make_uscc("H1350100", "M000100Y"))
        assert err.code == "authority"

    def test_region_digits(self) -> None:
        err = error_of(validate_uscc, make_uscc("91A50100", "M000100Y"))
        assert err.code == "region"

    def test_checksum(self) -> None:
        err = error_of(validate_uscc, "91350100M000100Y44")
        assert err.code == "checksum"
        assert "应为 3" in err.message

    def test_check_char_rejects_bad_body(self) -> None:
        with pytest.raises(IdentityError):
            uscc_check_char("91350100M000100I4")

    def test_org_code_check_char(self) -> None:
        assert org_code_check_char("MA01K0A2") == "7"
        assert org_code_check_char("19220382") == "1"
        assert org_code_check_char("70846113") == "6"
        with pytest.raises(IdentityError):
            org_code_check_char("1922038")
        with pytest.raises(IdentityError):
            org_code_check_char("1922-382")

    @given(body=st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=8, max_size=8))
    def test_org_code_check_char_matches_reference(self, body: str) -> None:
        assert org_code_check_char(body) == gb11714_check(body)


# --------------------------------------------------------------------------
# validate_document
# --------------------------------------------------------------------------


class TestValidateDocument:
    def test_dispatch(self) -> None:
        assert validate_document(DocumentType.RESIDENT_ID, "11010519491231002x", TODAY) == (
            "11010519491231002X"
        )
        hmt = make_id("820000", date(1970, 7, 7))
        assert validate_document(DocumentType.HMT_RESIDENCE, hmt, TODAY) == hmt
        assert validate_document(DocumentType.FOREIGN_PERMANENT, "USA110180010101", TODAY) == (
            "USA110180010101"
        )
        assert validate_document(DocumentType.PASSPORT, "e12345678") == "E12345678"
        assert validate_document(DocumentType.USCC, "914403001922038216") == "914403001922038216"

    def test_type_matters(self) -> None:
        assert error_of(
            validate_document, DocumentType.HMT_RESIDENCE, "11010519491231002X"
        ).code == ("region")

    def test_plain_string_type_and_unknown_type(self) -> None:
        assert validate_document("uscc", "914403001922038216") == "914403001922038216"  # type: ignore[arg-type]
        err = error_of(validate_document, "driving_licence", "123")
        assert err.code == "doc_type"

    def test_enum_values(self) -> None:
        assert [t.value for t in DocumentType] == [
            "resident_id",
            "hmt_residence",
            "foreign_permanent",
            "passport",
            "uscc",
        ]


# --------------------------------------------------------------------------
# Phone numbers
# --------------------------------------------------------------------------


class TestPhone:
    @pytest.mark.parametrize(
        ("raw", "expected"),
        [
            ("13812345678", "13812345678"),
            ("138 1234 5678", "13812345678"),
            ("138-1234-5678", "13812345678"),
            ("+86 138 1234 5678", "13812345678"),
            ("+8613812345678", "13812345678"),
            ("0086-19912345678", "19912345678"),
            ("１３８１２３４５６７８", "13812345678"),
            ("010-62345678", "010-62345678"),
            ("01062345678", "010-62345678"),
            ("(021)62345678", "021-62345678"),
            ("（０２１）６２３４５６７８", "021-62345678"),
            ("0755-2345678", "0755-2345678"),
            ("075582345678", "0755-82345678"),
            ("0755 8234 5678", "0755-82345678"),
            ("0755-82345678-801", "0755-82345678转801"),
            ("0755-82345678转801", "0755-82345678转801"),
            ("0755-82345678 ext. 801", "0755-82345678转801"),
            ("0755-82345678x801", "0755-82345678转801"),
            ("0755-82345678#801", "0755-82345678转801"),
            ("0755-82345678分机801", "0755-82345678转801"),
        ],
    )
    def test_valid(self, raw: str, expected: str) -> None:
        assert validate_phone(raw) == expected
        assert validate_phone(expected) == expected

    @pytest.mark.parametrize(
        ("raw", "code"),
        [
            ("", "empty"),
            (" ", "empty"),
            ("1381234567", "length"),
            ("138123456789", "length"),
            ("12812345678", "format"),
            ("+86 010 62345678", "format"),
            ("62345678", "format"),  # no area code
            ("010-12345678", "format"),  # local numbers do not start with 1
            ("010-6234567", "format"),  # 3-digit area codes have 8-digit numbers
            ("0755-234567", "format"),
            ("0155-2345678", "format"),
            ("0755-82345678转", "format"),
            ("0755-82345678转1234567", "format"),
            ("138abcd5678", "charset"),
            ("电话13812345678", "charset"),
        ],
    )
    def test_invalid(self, raw: str, code: str) -> None:
        assert error_of(validate_phone, raw).code == code


# --------------------------------------------------------------------------
# Masking
# --------------------------------------------------------------------------


class TestMasking:
    @pytest.mark.parametrize(
        ("number", "masked"),
        [
            ("11010519491231002X", "110105********002X"),
            ("914403001922038216", "914403********8216"),
            ("USA110180010101", "USA110*****0101"),
            ("E12345678", "E1*****78"),
            ("AB12345", "A*****5"),
            ("ABC", "A*C"),
            ("AB", "**"),
            ("A", "*"),
            ("", ""),
        ],
    )
    def test_mask_id(self, number: str, masked: str) -> None:
        assert mask_id(number) == masked

    @pytest.mark.parametrize(
        ("name", "masked"),
        [
            ("张三", "张*"),
            ("欧阳娜娜", "欧***"),
            ("李", "*"),
            ("𠮷野家", "𠮷**"),
            ("阿依古丽·买买提", "阿***·***"),
            ("John Smith", "J*** *****"),
            ("", ""),
        ],
    )
    def test_mask_name(self, name: str, masked: str) -> None:
        assert mask_name(name) == masked

    @pytest.mark.parametrize(
        ("phone", "masked"),
        [
            ("13812345678", "138****5678"),
            ("+86 138 1234 5678", "138****5678"),
            ("010-62345678", "010-****5678"),
            ("0755-2345678", "0755-***5678"),
            ("0755-82345678转801", "0755-****5678转801"),
            ("not a phone number", "not***********mber"),
            ("12345", "1***5"),
        ],
    )
    def test_mask_phone(self, phone: str, masked: str) -> None:
        assert mask_phone(phone) == masked


# --------------------------------------------------------------------------
# Person names
# --------------------------------------------------------------------------


class TestPersonName:
    @pytest.mark.parametrize(
        ("raw", "expected"),
        [
            ("张三", "张三"),
            ("  王  五 ", "王 五"),
            ("𠮷田", "𠮷田"),  # CJK Extension B
            ("王䶮", "王䶮"),  # CJK Extension A
            ("阿依古丽·买买提", "阿依古丽·买买提"),
            ("阿依古丽•买买提", "阿依古丽•买买提"),
            ("阿依古丽・买买提", "阿依古丽·买买提"),  # katakana middle dot normalised
            ("བཀྲ་ཤིས་བདེ་ལེགས", "བཀྲ་ཤིས་བདེ་ལེགས"),
            ("John Smith", "John Smith"),
            ("Ｊｏｈｎ", "John"),
            ("José Ñúñez", "José Ñúñez"),
            ("Jose\u0301", "José"),  # combining accent composed
            ("Jean-Pierre O'Neil", "Jean-Pierre O'Neil"),
            ("\uf900", "\uf900"),  # CJK compatibility ideograph kept as typed
            ("李" * 40, "李" * 40),
        ],
    )
    def test_valid(self, raw: str, expected: str) -> None:
        assert validate_person_name(raw) == expected

    @pytest.mark.parametrize(
        ("raw", "code"),
        [
            ("", "empty"),
            ("   ", "empty"),
            ("李" * 41, "length"),
            ("张3", "charset"),
            ("张３", "charset"),
            ("张三༣", "charset"),  # Tibetan digit
            ("张Ⅲ", "charset"),
            ("张三😀", "charset"),
            ("张三@", "charset"),
            ("张<三>", "charset"),
            ("김철수", "charset"),
            ("·张三", "format"),
            ("张三·", "format"),
            ("阿依古丽··买买提", "format"),
            ("·", "format"),
        ],
    )
    def test_invalid(self, raw: str, code: str) -> None:
        err = error_of(validate_person_name, raw)
        assert err.code == code
        assert err.message

    def test_digit_message(self) -> None:
        assert "不能包含数字" in error_of(validate_person_name, "张3").message


# --------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------

ALL_VALIDATORS = [
    lambda s: validate_resident_id(s, TODAY),
    lambda s: validate_hmt_residence(s, TODAY),
    lambda s: validate_foreign_permanent(s, TODAY),
    validate_passport,
    validate_uscc,
    validate_phone,
    validate_person_name,
    *[lambda s, t=t: validate_document(t, s, TODAY) for t in DocumentType],
]

id_like_text = st.one_of(
    st.text(),
    st.text(alphabet="0123456789Xx -", max_size=25),
    st.text(alphabet=USCC_CHARS + "IOZSVabc +-()转#", max_size=25),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(raw=id_like_text, which=st.integers(0, len(ALL_VALIDATORS) - 1))
def test_validators_raise_only_identity_error(raw: str, which: int) -> None:
    try:
        result = ALL_VALIDATORS[which](raw)
    except IdentityError as err:
        assert err.code
        assert err.message
        return
    number = result.number if isinstance(result, ResidentId) else result
    assert isinstance(number, str) and number


@given(raw=st.text())
def test_number_validators_return_ascii_and_are_idempotent(raw: str) -> None:
    for validate in (validate_passport, validate_uscc, validate_phone):
        try:
            out = validate(raw)
        except IdentityError:
            continue
        assert out.isascii() or "转" in out
        assert validate(out) == out


@given(raw=st.text())
def test_masking_never_raises(raw: str) -> None:
    assert len(mask_id(raw)) == len(raw.strip())
    assert len(mask_name(raw)) == len(raw.strip())
    assert isinstance(mask_phone(raw), str)


@given(raw=st.text())
def test_person_name_output_is_stable(raw: str) -> None:
    try:
        name = validate_person_name(raw)
    except IdentityError:
        return
    assert 1 <= len(name) <= 40
    assert validate_person_name(name) == name


resident_bodies = st.builds(
    lambda prov, rest, born, seq: f"{prov}{rest}{born:%Y%m%d}{seq}",
    st.sampled_from([str(p) for p in PROVINCES] + ["71"]),
    st.text(alphabet="0123456789", min_size=4, max_size=4),
    st.dates(min_value=date(1900, 1, 1), max_value=TODAY),
    st.text(alphabet="0123456789", min_size=3, max_size=3),
)


@given(body=resident_bodies, data=st.data())
def test_resident_id_round_trip_and_single_substitution(body: str, data: st.DataObject) -> None:
    number = body + mod11_2_check_char(body)
    rid = validate_resident_id(number, TODAY)
    assert rid.number == number
    assert rid.sex == ("M" if int(number[16]) % 2 else "F")
    hmt_body = "810000" + body[6:]
    assert validate_hmt_residence(hmt_body + mod11_2_check_char(hmt_body), TODAY).sex == rid.sex

    pos = data.draw(st.integers(0, 17), label="position")
    alphabet = "0123456789X" if pos == 17 else "0123456789"
    new = data.draw(st.sampled_from([c for c in alphabet if c != number[pos]]), label="char")
    mutated = number[:pos] + new + number[pos + 1 :]
    with pytest.raises(IdentityError):
        validate_resident_id(mutated, TODAY)


@given(
    authority=st.sampled_from("123456789ABCDEFGNY"),
    kind=st.sampled_from(USCC_CHARS),
    region=st.text(alphabet="0123456789", min_size=6, max_size=6),
    org=st.text(alphabet=USCC_CHARS, min_size=8, max_size=8),
    data=st.data(),
)
def test_uscc_round_trip_and_single_substitution(
    authority: str, kind: str, region: str, org: str, data: st.DataObject
) -> None:
    org_check = gb11714_check(org)
    assume(org_check in USCC_CHARS)  # always true: digits and X
    code = make_uscc(authority + kind + region, org)
    assert validate_uscc(code) == code
    assert validate_uscc(code.lower()) == code

    pos = data.draw(st.integers(0, 17), label="position")
    new = data.draw(st.sampled_from([c for c in USCC_CHARS if c != code[pos]]), label="char")
    mutated = code[:pos] + new + code[pos + 1 :]
    with pytest.raises(IdentityError):
        validate_uscc(mutated)


@given(
    mobile=st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
    style=st.sampled_from(["{m}", "+86 {m}", "{a} {b} {c}", "{a}-{b}-{c}", "0086{m}"]),
)
def test_mobile_formats(mobile: str, style: str) -> None:
    raw = style.format(m=mobile, a=mobile[:3], b=mobile[3:7], c=mobile[7:])
    assert validate_phone(raw) == mobile
    assert mask_phone(raw) == mobile[:3] + "****" + mobile[7:]
