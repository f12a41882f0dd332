"""Finding and reading stored cases (lists show masked names and numbers)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, select

from desk_app.domain.accounts import Action
from desk_app.domain.case import CaseState, parse_case_no
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, fmt
from desk_app.domain.identity import mask_id, mask_name
from desk_app.storage.models import CaseEventRow, CaseRow, CaseStatus, CatalogItemRow, DocumentRow

from .context import AppContext

DOC_NUMBER_RE = re.compile(r"^[0-9A-Z]{8,20}$")
#: Sorts after every character (names may use CJK Extension B and later, beyond U+FFFF).
PREFIX_END = "\U0010ffff"


@dataclass(frozen=True)
class CaseSummary:
    case_no: str
    item_code: str
    proof_item: str
    state: CaseState
    path: str
    created_at: datetime
    name_masked: str
    doc_masked: str
    paper_confirmed: bool = True

    @property
    def unfinished(self) -> bool:
        """A promise whose paper was not yet confirmed printed, signed and sealed."""
        return self.path == "promise" and not self.paper_confirmed

    @property
    def state_label(self) -> str:
        if self.unfinished:
            return fmt(QT_TRANSLATE_NOOP("domain", "{state}（待打印用印）"), state=fmt(self.state.label))
        return self.state.label

    def to_json(self) -> dict[str, Any]:
        return {
            "case_no": self.case_no,
            "item_code": self.item_code,
            "proof_item": self.proof_item,
            "state": self.state.value,
            "path": self.path,
            "created_at": self.created_at.isoformat(),
            "applicant": self.name_masked,
            "doc_number": self.doc_masked,
            "unfinished": self.unfinished,
        }


def _summary_query() -> Select[Any]:
    proof = (
        select(CatalogItemRow.proof_item)
        .where(CatalogItemRow.code == CaseRow.item_code, CatalogItemRow.version == CaseRow.item_version)
        .scalar_subquery()
    )
    return select(
        CaseRow.case_no, CaseRow.item_code, proof, CaseStatus.state, CaseRow.path, CaseRow.created_at,
        CaseRow.applicant_name, CaseRow.doc_number, CaseStatus.paper_confirmed,
    ).join(CaseStatus, CaseStatus.case_id == CaseRow.id)


def _summaries(ctx: AppContext, query: Select[Any]) -> list[CaseSummary]:
    ctx.require_actor().require(Action.VIEW_CASES)
    with ctx.db.session() as s:
        return [
            CaseSummary(no, code, proof or "", CaseState(state), path, created, mask_name(name), mask_id(doc),
                        bool(confirmed))
            for no, code, proof, state, path, created, name, doc, confirmed in s.execute(query)
        ]


def list_cases(ctx: AppContext, day: date | None = None, limit: int | None = None) -> list[CaseSummary]:
    q = _summary_query().order_by(CaseRow.created_at.desc(), CaseRow.id.desc())
    if day is not None:
        start = datetime.combine(day, datetime.min.time())
        q = q.where(CaseRow.created_at >= start, CaseRow.created_at < start + timedelta(days=1))
    if limit:
        q = q.limit(limit)
    return _summaries(ctx, q)


def search_cases(ctx: AppContext, text: str, limit: int = 50) -> list[CaseSummary]:
    """By case number (whole or prefix), ID number (exact) or name (prefix); all indexed."""
    text = text.strip()
    if not text:
        return []
    q = _summary_query().order_by(CaseRow.created_at.desc()).limit(limit)
    upper = text.upper()
    if parse_case_no(upper) or upper.count("-") >= 1:
        return _summaries(ctx, q.where(CaseRow.case_no >= upper, CaseRow.case_no < upper + PREFIX_END))
    if DOC_NUMBER_RE.match(upper) and any(c.isdigit() for c in upper):
        return _summaries(ctx, q.where(CaseRow.doc_number == upper))
    # The exact name first (newest first, off the name+time index), then longer names.
    found = _summaries(ctx, q.where(CaseRow.applicant_name == text))
    if len(found) < limit:
        more = (
            _summary_query()
            .where(CaseRow.applicant_name > text, CaseRow.applicant_name < text + PREFIX_END)
            .order_by(CaseRow.applicant_name, CaseRow.created_at.desc())
            .limit(limit - len(found))
        )
        found += _summaries(ctx, more)
    return found


@dataclass(frozen=True)
class CaseDetail:
    summary: CaseSummary
    payload: dict[str, Any]
    payload_digest: str
    events: list[dict[str, Any]]
    letter_pdf: bytes | None


def get_case(ctx: AppContext, case_no: str) -> CaseDetail | None:
    found = _summaries(ctx, _summary_query().where(CaseRow.case_no == case_no.strip().upper()))
    if not found:
        return None
    with ctx.db.session() as s:
        row = s.scalar(select(CaseRow).where(CaseRow.case_no == found[0].case_no))
        assert row is not None
        events = [
            {"seq": e.seq, "kind": e.kind, "from": e.from_state, "to": e.to_state, "at": e.at.isoformat(),
             "user": e.username, "data": e.data}
            for e in s.scalars(select(CaseEventRow).where(CaseEventRow.case_id == row.id).order_by(CaseEventRow.seq))
        ]
        letter = s.scalar(select(DocumentRow.content).where(DocumentRow.case_id == row.id, DocumentRow.kind == "letter"))
        return CaseDetail(found[0], row.payload, row.payload_digest, events, letter)
