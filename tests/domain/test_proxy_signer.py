"""代签: who may sign for an applicant who cannot write."""

from __future__ import annotations

from desk_app.domain.signature import build_proxy_signer, proxy_signer_from_dict

SIGNER_ID = "110105198001010016"
APPLICANT_ID = "11010519491231002X"


def test_a_valid_signer_round_trips_through_the_payload() -> None:
    signer, errors = build_proxy_signer(" 李四 ", SIGNER_ID, "子女", applicant_doc_number=APPLICANT_ID)
    assert errors == {}
    assert signer is not None and signer.name == "李四" and signer.relation == "子女"
    assert proxy_signer_from_dict(signer.to_dict()) == signer


def test_bad_id_number_missing_relation_and_the_applicant_themself_are_refused() -> None:
    signer, errors = build_proxy_signer("李四", "110105198001010015", "", applicant_doc_number=APPLICANT_ID)
    assert signer is None
    assert set(errors) == {"proxy_doc_number", "proxy_relation"}
    assert "代签人身份证号码" in errors["proxy_doc_number"]
    _, same = build_proxy_signer("王丽", APPLICANT_ID, "其他", applicant_doc_number=APPLICANT_ID)
    assert "申请人本人" in same["proxy_doc_number"]
    _, digits = build_proxy_signer("李4", SIGNER_ID, "子女")
    assert "proxy_name" in digits
