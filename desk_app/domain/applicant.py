"""Who promises: a person or an organisation, and an agent where the item allows one.

Validation returns a message per field so the screen can show each next to its input.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from .i18n import QT_TRANSLATE_NOOP
from .identity import (
    DocumentType,
    IdentityError,
    validate_document,
    validate_person_name,
    validate_phone,
    validate_uscc,
)


class ApplicantKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


DOCUMENT_LABELS: dict[DocumentType, str] = {
    DocumentType.RESIDENT_ID: QT_TRANSLATE_NOOP("domain", "居民身份证"),
    DocumentType.HMT_RESIDENCE: QT_TRANSLATE_NOOP("domain", "港澳台居民居住证"),
    DocumentType.FOREIGN_PERMANENT: QT_TRANSLATE_NOOP("domain", "外国人永久居留身份证"),
    DocumentType.PASSPORT: QT_TRANSLATE_NOOP("domain", "护照"),
    DocumentType.USCC: QT_TRANSLATE_NOOP("domain", "统一社会信用代码"),
}


@dataclass(frozen=True)
class Applicant:
    kind: ApplicantKind
    name: str
    doc_type: DocumentType
    doc_number: str
    phone: str
    legal_representative: str = ""   # organisations only
    original_seen: bool = False      # clerk saw the original card, holder present

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        data["doc_type"] = self.doc_type.value
        return data


@dataclass(frozen=True)
class Agent:
    """A proxy promising for the applicant under a special authorisation (特别授权)."""

    name: str
    doc_type: DocumentType
    doc_number: str
    phone: str
    authorisation_ref: str
    original_seen: bool = False

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["doc_type"] = self.doc_type.value
        return data


FieldErrors = dict[str, str]


def _check(errors: FieldErrors, name: str, fn: Any, *args: Any) -> Any:
    try:
        return fn(*args)
    except IdentityError as err:
        errors[name] = err.message
        return None


def build_person(
    name: str, doc_type: DocumentType, doc_number: str, phone: str, original_seen: bool,
    today: date | None = None,
) -> tuple[Applicant | None, FieldErrors]:
    errors: FieldErrors = {}
    clean_name = _check(errors, "name", validate_person_name, name)
    if doc_type is DocumentType.USCC:
        errors["doc_number"] = QT_TRANSLATE_NOOP("domain", "个人申请人不能使用统一社会信用代码，请选择身份证件类型。")
        number = None
    else:
        number = _check(errors, "doc_number", validate_document, doc_type, doc_number, today)
    clean_phone = _check(errors, "phone", validate_phone, phone)
    if not original_seen:
        errors["original_seen"] = QT_TRANSLATE_NOOP("domain", "请核验申请人本人持有的有效身份证件原件，并确认本人到场。")
    if errors or number is None:
        return None, errors
    return Applicant(ApplicantKind.PERSON, clean_name, doc_type, number, clean_phone, "", True), {}


def build_organisation(
    name: str, uscc: str, legal_representative: str, phone: str, original_seen: bool
) -> tuple[Applicant | None, FieldErrors]:
    """``original_seen``: the licence and the ID of whoever signs for the organisation."""
    errors: FieldErrors = {}
    clean_name = name.strip()
    if not 2 <= len(clean_name) <= 100:
        errors["name"] = QT_TRANSLATE_NOOP("domain", "请填写单位全称（2至100字）。")
    number = _check(errors, "doc_number", validate_uscc, uscc)
    rep = _check(errors, "legal_representative", validate_person_name, legal_representative)
    clean_phone = _check(errors, "phone", validate_phone, phone)
    if not original_seen:
        errors["original_seen"] = QT_TRANSLATE_NOOP("domain", "请核验营业执照（登记证书）原件及签字人的有效身份证件原件。")
    if errors:
        return None, errors
    return (
        Applicant(ApplicantKind.ORGANISATION, clean_name, DocumentType.USCC, number, clean_phone, rep, True),
        {},
    )


def build_agent(
    name: str, doc_type: DocumentType, doc_number: str, phone: str, authorisation_ref: str,
    original_seen: bool, today: date | None = None,
) -> tuple[Agent | None, FieldErrors]:
    errors: FieldErrors = {}
    clean_name = _check(errors, "agent_name", validate_person_name, name)
    number = _check(errors, "agent_doc_number", validate_document, doc_type, doc_number, today)
    clean_phone = _check(errors, "agent_phone", validate_phone, phone)
    ref = authorisation_ref.strip()
    if len(ref) < 4:
        errors["agent_authorisation"] = QT_TRANSLATE_NOOP("domain", "请填写特别授权委托书的编号或文号。")
    if not original_seen:
        errors["agent_original_seen"] = QT_TRANSLATE_NOOP("domain", "请核验代理人本人身份证件原件。")
    if errors:
        return None, errors
    return Agent(clean_name, doc_type, number, clean_phone, ref, True), {}
