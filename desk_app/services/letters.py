"""The letter after the counter: seal, preview, print records, reprints, exports, checks."""

from __future__ import annotations

import base64
import hashlib
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from desk_app.domain.accounts import Action
from desk_app.domain.case import Case, CaseEvent, CaseState
from desk_app.domain.catalog import ProofItem
from desk_app.domain.errors import DomainError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, fmt
from desk_app.storage import audit
from desk_app.storage import settings as keys
from desk_app.storage.db import storage_errors
from desk_app.storage.models import (
    CaseEventRow,
    CaseRow,
    CaseStatus,
    CatalogItemRow,
    DocumentRow,
    LetterPrintRow,
    SignatureRow,
)

from .case_events import append_case_event
from .context import AppContext

SEAL_KEY = "office.seal_png"
MAX_SEAL_BYTES = 2_000_000


# -- the office's e-seal -------------------------------------------------------------------

def seal_png(ctx: AppContext) -> bytes | None:
    with ctx.db.session() as s:
        value = keys.get(s, SEAL_KEY)
    return base64.b64decode(value) if value else None


def set_seal(ctx: AppContext, png: bytes | None) -> None:
    """Set (or with None remove) the e-seal image printed in the seal area."""
    actor = ctx.require_actor()
    actor.require(Action.CHANGE_SETTINGS)
    if png is not None:
        check_seal_image(png)
    with ctx.db.session() as s, s.begin():
        if png is None:
            keys.put(s, SEAL_KEY, "")
        else:
            keys.put(s, SEAL_KEY, base64.b64encode(png).decode("ascii"))
        audit.append(s, actor, ctx.clock(), "office.seal_set" if png else "office.seal_removed", "office",
                     ctx.office.code, {"sha256": hashlib.sha256(png).hexdigest() if png else None})


def check_seal_image(data: bytes) -> None:
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_SEAL_BYTES:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "印章图片过大（应小于 2 MB）。"))
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.verify()
            if img.format != "PNG":
                raise DomainError(QT_TRANSLATE_NOOP("domain", "印章图片应为 PNG 格式（建议透明背景）。"))
    except (UnidentifiedImageError, OSError):
        raise DomainError(QT_TRANSLATE_NOOP("domain", "无法识别印章图片，请选择 PNG 文件。")) from None


# -- reading a stored case -------------------------------------------------------------------

@dataclass(frozen=True)
class StoredLetter:
    case: CaseRow
    item: ProofItem
    pdf: bytes
    sha256: str


def _case_row(s, case_no: str) -> CaseRow:  # type: ignore[no-untyped-def]
    row = s.scalar(select(CaseRow).where(CaseRow.case_no == case_no.strip().upper()))
    if row is None:
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "没有找到案件 {case_no}。"), case_no=case_no))
    return row


def _item(s, code: str, version: int) -> ProofItem:  # type: ignore[no-untyped-def]
    row = s.scalar(select(CatalogItemRow).where(CatalogItemRow.code == code, CatalogItemRow.version == version))
    if row is None:
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "目录中缺少 {code} 第 {version} 版，无法重新生成文书。"),
                              code=code, version=version))
    return ProofItem.from_dict(row.payload)


def stored_letter(ctx: AppContext, case_no: str) -> StoredLetter:
    ctx.require_actor().require(Action.VIEW_CASES)
    with ctx.db.session() as s:
        case = _case_row(s, case_no)
        doc = s.scalar(select(DocumentRow).where(DocumentRow.case_id == case.id, DocumentRow.kind == "letter"))
        if doc is None:
            raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "案件 {case_no} 按提交证明办理，没有告知承诺书。"),
                                  case_no=case.case_no))
        return StoredLetter(case, _item(s, case.item_code, case.item_version), doc.content, doc.sha256)


def _record(ctx: AppContext, case_no: str, kind: str, sha: str, reason: str = "", printer: str = "") -> None:
    actor = ctx.require_actor()
    actor.require(Action.EXPORT_PERSONAL_DATA if kind == "export" else Action.PRINT_LETTER)
    now = ctx.clock()
    with storage_errors(), ctx.db.session() as s, s.begin():
        case = _case_row(s, case_no)
        s.add(LetterPrintRow(case_id=case.id, kind=kind, reason=reason, sha256=sha, printer=printer, at=now,
                             username=actor.username))
        audit.append(s, actor, now, f"letter.{kind}", "case", case.case_no,
                     {"sha256": sha, "reason": reason, "printer": printer})


def record_print(ctx: AppContext, case_no: str, pdf: bytes, printer: str) -> None:
    """A print job of the letter (original or reprint) went to ``printer``."""
    _record(ctx, case_no, "print", hashlib.sha256(pdf).hexdigest(), printer=printer)


def export_letter(ctx: AppContext, case_no: str, sink: Callable[[bytes], object]) -> None:
    """Hand the stored original to ``sink`` (a file on a USB stick, say); audited once written.
    The letter carries the full ID number: admins only."""
    ctx.require_actor().require(Action.EXPORT_PERSONAL_DATA)
    letter = stored_letter(ctx, case_no)
    sink(letter.pdf)
    _record(ctx, case_no, "export", letter.sha256)


def reprint(ctx: AppContext, case_no: str, reason: str) -> bytes:
    """A new rendering marked 补打 with today's date; needs a reason; never a new letter."""
    ctx.require_actor().require(Action.PRINT_LETTER)
    if len(reason.strip()) < 2:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "补打须写明原因（如：申请人遗失、打印卡纸）。"))
    from desk_app.documents.letter import render_letter

    letter = stored_letter(ctx, case_no)
    with ctx.db.session() as s:
        sig = s.scalar(select(SignatureRow.png).where(SignatureRow.case_id == letter.case.id))
    case = letter.case
    pdf = render_letter(case.payload, letter.item, case.payload_digest, sig, training=case.training,
                        seal_png=seal_png(ctx), reprint_on=ctx.clock().date())
    _record(ctx, case_no, "reprint", hashlib.sha256(pdf).hexdigest(), reason=reason.strip())
    return pdf


def confirm_paper(ctx: AppContext, case_no: str) -> None:
    """Both copies printed, signed by hand and sealed: the case is no longer unfinished."""
    actor = ctx.require_actor()
    actor.require(Action.PRINT_LETTER)
    office = ctx.office
    now = ctx.clock()
    with storage_errors(), ctx.db.session() as s, s.begin():
        row = _case_row(s, case_no)
        if row.path != "promise":
            raise DomainError(QT_TRANSLATE_NOOP("domain", "提交证明办理的案件没有告知承诺书，无需确认。"))
        events = list(s.scalars(select(CaseEventRow).where(CaseEventRow.case_id == row.id).order_by(CaseEventRow.seq)))
        case = Case.replay([
            CaseEvent(e.kind, CaseState(e.from_state) if e.from_state else None, CaseState(e.to_state), e.at, e.data)
            for e in events
        ])
        event = case.confirm_paper(now)
        append_case_event(s, row, len(events) + 1, event, actor, office)
        status = s.get(CaseStatus, row.id)
        assert status is not None  # written with the case
        status.last_seq = len(events) + 1
        status.paper_confirmed = True
        status.updated_at = now


def unconfirmed_count(ctx: AppContext) -> int:
    with ctx.db.session() as s:
        return s.scalar(
            select(func.count()).select_from(CaseStatus).join(CaseRow, CaseRow.id == CaseStatus.case_id)
            .where(CaseRow.path == "promise", CaseStatus.paper_confirmed.is_(False))
        ) or 0


# -- checking a letter or its QR code --------------------------------------------------------

@dataclass(frozen=True)
class LetterCheck:
    ok: bool
    case_no: str | None
    message: str


def verify_code(ctx: AppContext, text: str) -> LetterCheck:
    """The QR text of a printed letter against the stored case, recomputing its digest."""
    from desk_app.documents.codes import parse_qr_text

    parsed = parse_qr_text(text)
    if parsed is None:
        return LetterCheck(False, None, QT_TRANSLATE_NOOP("domain", "不是本系统告知承诺书上的二维码。"))
    case_no, digest = parsed
    with ctx.db.session() as s:
        row = s.scalar(select(CaseRow).where(CaseRow.case_no == case_no))
        if row is None:
            return LetterCheck(False, case_no, fmt(QT_TRANSLATE_NOOP("domain", "本终端没有案件 {case_no} 的记录。"), case_no=case_no))
        actual = audit.canonical_digest(row.payload)
    if actual != row.payload_digest:
        return LetterCheck(False, case_no, fmt(QT_TRANSLATE_NOOP("domain", "案件 {case_no} 的存储内容已被改动，与签署时不一致。"),
                                                 case_no=case_no))
    if digest != actual:
        return LetterCheck(False, case_no, fmt(QT_TRANSLATE_NOOP("domain", "二维码与案件 {case_no} 的内容不符：该文书可能是伪造或被改动的。"),
                                             case_no=case_no))
    return LetterCheck(True, case_no, fmt(QT_TRANSLATE_NOOP("domain", "二维码与案件 {case_no} 的存储内容一致。"), case_no=case_no))


_SUBJECT = re.compile(rb"/Subject \((?P<no>[A-Z0-9-]{8,40})\)")


def verify_pdf(ctx: AppContext, data: bytes) -> LetterCheck:
    """An exported or printed-to-file letter against the stored original and reprints."""
    sha = hashlib.sha256(data).hexdigest()
    with ctx.db.session() as s:
        doc = s.execute(
            select(CaseRow.case_no).join(DocumentRow, DocumentRow.case_id == CaseRow.id).where(DocumentRow.sha256 == sha)
        ).first()
        if doc:
            return LetterCheck(True, doc[0], fmt(QT_TRANSLATE_NOOP("domain", "与案件 {case_no} 存档的告知承诺书完全一致。"), case_no=doc[0]))
        again = s.execute(
            select(CaseRow.case_no, LetterPrintRow.at).join(LetterPrintRow, LetterPrintRow.case_id == CaseRow.id)
            .where(LetterPrintRow.sha256 == sha, LetterPrintRow.kind == "reprint")
        ).first()
        if again:
            return LetterCheck(True, again[0], fmt(QT_TRANSLATE_NOOP("domain", "与案件 {case_no} 于 {day} 补打的文书完全一致。"),
                                                    case_no=again[0], day=f"{again[1]:%Y-%m-%d}"))
    match = _SUBJECT.search(data)
    named = match.group("no").decode() if match else None
    if named:
        return LetterCheck(False, named, fmt(QT_TRANSLATE_NOOP("domain", "文件自称案件 {case_no}，但与存档文书不一致：文件已被改动。"),
                                              case_no=named))
    return LetterCheck(False, None, QT_TRANSLATE_NOOP("domain", "不是本系统生成的告知承诺书，或文件已被改动。"))


def blank_letter(ctx: AppContext, item_code: str, day: datetime | None = None) -> bytes:
    """The blank format text of the item version in force, with this office's details."""
    from desk_app.documents.letter import render_blank

    from .catalog import load_catalog

    catalog = load_catalog(ctx)
    when = (day or ctx.clock()).date()
    item = catalog.current_version(item_code.strip().upper(), when)
    if item is None:
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "目录中没有现行有效的事项 {code}。"), code=item_code))
    office = ctx.office
    return render_blank(item, office.name, office.window_phone, seal_png=None)
