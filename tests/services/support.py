"""Helpers for service tests: a counter visit as the wizard would assemble it."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from desk_app.domain.applicant import Applicant, build_person
from desk_app.domain.catalog import ProofItem
from desk_app.domain.identity import DocumentType
from desk_app.services.catalog import load_catalog
from desk_app.services.context import AppContext
from desk_app.services.counter import CaseDraft, SignatureInput, assess
from desk_app.services.demo import synthetic_signature

ID_NUMBER = "11010519491231002X"
PHONE = "13812345678"


def person(name: str = "张三", id_number: str = ID_NUMBER, phone: str = PHONE) -> Applicant:
    applicant, errors = build_person(name, DocumentType.RESIDENT_ID, id_number, phone, True)
    assert not errors, errors
    assert applicant is not None
    return applicant


def item(ctx: AppContext, code: str = "SF-001") -> ProofItem:
    found = load_catalog(ctx).current_version(code, ctx.clock().date())
    assert found is not None, code
    return found


def signature(seed: int = 1) -> SignatureInput:
    return SignatureInput(synthetic_signature(random.Random(seed)), 480, 180)


def promise_draft(ctx: AppContext, code: str = "SF-001", applicant: Applicant | None = None,
                  **changes: Any) -> CaseDraft:
    """A complete promise-path visit: item chosen, identity checked, notice given, signed."""
    chosen = item(ctx, code)
    who = applicant or person()
    draft = CaseDraft(started_at=ctx.clock() - timedelta(minutes=6), item=chosen, applicant=who)
    draft.eligibility = assess(ctx, chosen, who)
    draft.notice_given = True
    draft.signature = signature()
    if chosen.disclosure.public:
        draft.publication_consent = True
    for key, value in changes.items():
        setattr(draft, key, value)
    return draft
