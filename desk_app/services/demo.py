"""Synthetic, realistic training data: people, valid ID numbers, signatures, credit records.

A data directory that gets demo data is marked as training data for good: its cases never
enter the outbox and its letters carry 培训 on every page.
"""

from __future__ import annotations

import math
import random
import uuid as uuidlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from desk_app.domain.accounts import Action
from desk_app.domain.applicant import Agent, Applicant, ApplicantKind
from desk_app.domain.case import CertificateReason
from desk_app.domain.eligibility import CreditKind
from desk_app.domain.errors import DomainError
from desk_app.domain.identity import (
    DocumentType,
    mod11_2_check_char,
    org_code_check_char,
    uscc_check_char,
)
from desk_app.domain.signature import Stroke
from desk_app.storage import audit
from desk_app.storage import settings as keys
from desk_app.storage.models import CaseRow, CreditRecordRow

from .catalog import load_catalog
from .context import AppContext
from .counter import CaseDraft, SignatureInput, assess, finish_case

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国志强海燕晓东卓玛次仁扎西旺堆央金格桑拉姆达瓦"
TIBETAN_NAMES = ["扎西次仁", "卓玛", "格桑拉姆", "次仁旺堆", "央金", "达瓦卓玛", "平措", "索朗多吉", "尼玛", "白玛"]
REGIONS = ["540102", "540103", "540121", "542621", "110105", "310104", "440305", "510107", "370811", "632801"]
ORG_WORDS = ["雪域", "高原", "拉萨", "日光", "圣城", "念青", "林芝", "嘉禾", "博远", "兴农"]
ORG_KINDS = ["商贸有限公司", "建筑工程有限公司", "农牧民专业合作社", "餐饮管理有限公司", "旅游服务有限公司"]

FULL_PATH_LIMIT = 400  # beyond this, cases are bulk-inserted without rendered letters


@dataclass(frozen=True)
class SeedReport:
    cases: int
    certificate: int
    credit_records: int


def _id_number(rng: random.Random, today: date) -> str:
    born = today - timedelta(days=rng.randint(18 * 365, 75 * 365))
    body = f"{rng.choice(REGIONS)}{born:%Y%m%d}{rng.randint(0, 999):03d}"
    return body + mod11_2_check_char(body)


def _uscc(rng: random.Random) -> str:
    org8 = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    body = "91" + rng.choice(REGIONS) + org8 + org_code_check_char(org8)
    return body + uscc_check_char(body)


def _name(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return rng.choice(TIBETAN_NAMES)
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def _phone(rng: random.Random) -> str:
    return rng.choice(["138", "139", "150", "177", "189"]) + f"{rng.randint(0, 99999999):08d}"


def synthetic_signature(rng: random.Random, width: int = 480, height: int = 180) -> list[Stroke]:
    """A few cursive-looking strokes: loops drifting right, with varying pressure."""
    strokes: list[Stroke] = []
    x0 = rng.uniform(30, 80)
    t = 0
    for _ in range(rng.randint(2, 4)):
        pts = []
        amp = rng.uniform(20, 50)
        for k in range(rng.randint(18, 40)):
            a = k / 3.0
            x = x0 + k * rng.uniform(2.5, 4.5) + 10 * math.cos(a)
            y = height / 2 + amp * math.sin(a * rng.uniform(0.8, 1.3))
            pts.append((round(min(x, width - 5), 1), round(min(max(y, 5), height - 5), 1),
                        round(0.4 + 0.5 * abs(math.sin(a)), 2), t))
            t += 12
        x0 = pts[-1][0] + rng.uniform(10, 25)
        strokes.append(pts)
    return strokes


def _ensure_training(ctx: AppContext) -> None:
    """Only a brand-new or already-training directory may take demo data: a real terminal,
    even one without cases yet, must never be turned into a training one by mistake."""
    with ctx.db.session() as s, s.begin():
        real = s.scalar(select(func.count()).select_from(CaseRow).where(CaseRow.training.is_(False)))
        if real:
            raise DomainError("该数据目录已有正式案件，不能写入培训演示数据；请使用单独的数据目录（--data-dir）。")
        if keys.get(s, keys.TRAINING) != "1" and keys.get(s, keys.DEMO_OFFICE) != "1":
            raise DomainError(
                "该数据目录是已设置的正式终端，不能写入培训演示数据；请用 --data-dir 指定一个新的目录。"
            )
        keys.put(s, keys.TRAINING, "1")
    ctx.invalidate_office()


def _seed_credit(ctx: AppContext, rng: random.Random, subjects: list[tuple[str, str]], now: datetime) -> int:
    actor = ctx.require_actor()
    kinds = [CreditKind.FALSE_PROMISE, CreditKind.SERIOUS_BAD_CREDIT, CreditKind.GENERAL_BAD_CREDIT]
    with ctx.db.session() as s, s.begin():
        for subject_id, name in subjects:
            kind = rng.choice(kinds)
            recorded = now.date() - timedelta(days=rng.randint(30, 700))
            repaired = recorded + timedelta(days=200) if rng.random() < 0.25 else None
            row = CreditRecordRow(
                uuid=str(uuidlib.uuid4()), subject_id=subject_id, subject_name=name, kind=kind.value,
                recorded_on=recorded, repaired_on=repaired if repaired and repaired < now.date() else None,
                source="培训演示：信用中国（西藏）", note="演示数据", created_at=now,
            )
            s.add(row)
            audit.append(s, actor, now, "credit.recorded", "credit_record", row.uuid,
                         {"subject": subject_id, "kind": kind.value})
    return len(subjects)


DEMO_ADMIN = ("trainer", "Practice-Desk-2026")


def ensure_demo_office(ctx: AppContext) -> None:
    """A fresh directory gets a demo office and a demo admin (printed in the README)."""
    if not ctx.is_set_up:
        from .accounts import first_run_setup

        with ctx.db.session() as s, s.begin():
            keys.put(s, keys.DEMO_OFFICE, "1")  # set up by demo seed itself, so training is allowed
        ctx.actor = first_run_setup(
            ctx, office_name="培训演示政务服务大厅", office_code="DEMO01", window_phone="0891-6888888",
            terminal_code="T1", admin_username=DEMO_ADMIN[0], admin_display_name="演示管理员",
            admin_password=DEMO_ADMIN[1],
        )
        _ensure_training(ctx)


def seed_demo(ctx: AppContext, n: int, seed: int = 2021) -> SeedReport:
    if n < 1:
        raise DomainError("案件数量应为正整数。")
    ensure_demo_office(ctx)
    ctx.require_actor().require(Action.SEED_DEMO)
    _ensure_training(ctx)
    rng = random.Random(seed)
    now = ctx.clock()
    items = load_catalog(ctx).current(now.date())
    if not items:
        raise DomainError("目录为空，无法生成演示案件。")
    people = [(_id_number(rng, now.date()), _name(rng)) for _ in range(max(20, n // 3))]
    flagged = rng.sample(people, k=max(2, len(people) // 15))
    credit = _seed_credit(ctx, rng, flagged, now)
    certificate = 0
    full = min(n, FULL_PATH_LIMIT)
    for _ in range(full):
        draft = _random_draft(rng, items, people, now, lambda i, a: assess(ctx, i, a))
        result = finish_case(ctx, draft)
        certificate += result.state.value == "certificate_path"
    if n > full:
        from .demo_bulk import bulk_insert

        certificate += bulk_insert(ctx, rng, items, people, n - full, now)
    return SeedReport(n, certificate, credit)


def _random_draft(rng, items, people, now, eligibility):  # type: ignore[no-untyped-def]
    """One plausible counter visit; ``eligibility(item, applicant)`` decides the route."""
    item = rng.choice(items)
    draft = CaseDraft(started_at=now - timedelta(seconds=rng.randint(120, 900)), item=item)
    if rng.random() < 0.12 and len(ORG_WORDS):
        name = rng.choice(ORG_WORDS) + rng.choice(ORG_KINDS)
        draft.applicant = Applicant(ApplicantKind.ORGANISATION, name, DocumentType.USCC, _uscc(rng),
                                    _phone(rng), _name(rng), True)
    else:
        number, name = rng.choice(people)
        draft.applicant = Applicant(ApplicantKind.PERSON, name, DocumentType.RESIDENT_ID, number, _phone(rng), "", True)
    draft.eligibility = eligibility(item, draft.applicant)
    if not draft.eligibility.eligible:
        draft.path = "certificate"
        draft.certificate_reason = CertificateReason.INELIGIBLE
        draft.certificate_detail = "；".join(draft.eligibility.reasons)
        return draft
    if rng.random() < 0.15:
        draft.path = "certificate"
        draft.certificate_reason = CertificateReason.APPLICANT_CHOICE
        return draft
    if item.proxy_allowed and rng.random() < 0.2:
        number, name = rng.choice(people)
        draft.agent = Agent(name, DocumentType.RESIDENT_ID, number, _phone(rng), f"授权-{rng.randint(1000, 9999)}", True)
    draft.notice_given = True
    draft.read_aloud = rng.random() < 0.2
    if item.disclosure.public:
        if rng.random() < 0.05:
            draft.path = "certificate"
            draft.certificate_reason = CertificateReason.PUBLICATION_REFUSED
            return draft
        draft.publication_consent = True
    draft.signature = SignatureInput(synthetic_signature(rng), 480, 180)
    return draft
