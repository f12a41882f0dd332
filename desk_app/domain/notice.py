"""The one-time notice (一次性告知) and the promise text, composed from a catalog item.

The same sections feed the screen, the letter and (later) read-aloud, so the applicant
hears and signs exactly what is printed.
"""

from __future__ import annotations

from dataclasses import dataclass

from .catalog import ProofItem


@dataclass(frozen=True)
class Section:
    heading: str
    body: str


def _clause(text: str) -> str:
    """A text used inside a sentence: without its own closing punctuation."""
    return text.rstrip("。；;. ")


def notice_sections(item: ProofItem, *, include_proxy: bool = True) -> list[Section]:
    """(一)–(六) in the order and wording of the official template (Lieshan annex 1), then
    the office's power to verify and the publication rule, which the plans also require."""
    v = item.verification
    verify = f"核查方式：{v.method.label}；核查时限：受理后 {v.time_limit_days} 个工作日内；核查标准：{_clause(v.standard)}"
    if v.assisting_unit:
        verify += f"；协助核查单位：{_clause(v.assisting_unit)}"
    verify += "。"
    if item.disclosure.public:
        disclose = (
            f"本承诺书将予以公开。公开范围：{_clause(item.disclosure.scope or '')}；"
            f"公开期限：{item.disclosure.period_days} 日。公开时隐去个人隐私和商业秘密。"
        )
    else:
        disclose = "本承诺书不予公开。"
    liability = (
        f"民事责任：{item.liability.civil}\n行政责任：{item.liability.administrative}\n"
        f"刑事责任：{item.liability.criminal}\n信用记录：{item.liability.credit}"
    )
    content = item.proof_content
    if item.materials:
        content += "\n仍须提交的其他材料：" + "；".join(item.materials)
    proxy = "本事项允许代为承诺，代理人须持有申请人的特别授权。" if item.proxy_allowed else "本事项不允许代为承诺，须由申请人本人承诺并签字。"
    sections = [
        Section("（一）证明事项名称", item.proof_item),
        Section("（二）证明用途", item.purpose),
        Section("（三）设定证明依据", item.legal_basis),
        Section("（四）证明的内容", content),
        Section("（五）承诺的效力", item.effect),
        Section("（六）不实承诺的责任", liability),
        Section("（七）行政机关核查权力", verify),
        Section("（八）承诺书公开", disclose),
    ]
    if include_proxy:
        sections.append(Section("（九）代为承诺", proxy))
    return sections


PROMISE_INTRO = "申请人现作出下列承诺："
TRUE_INTENTION = "上述承诺是本人的真实意思表示。"


def promise_statements(item: ProofItem) -> list[str]:
    """The three statements of the template, the second with the item's concrete conditions."""
    conditions = "；".join(_clause(c) for c in item.conditions)
    return [
        "（一）已经知晓并理解受理单位告知的全部内容；",
        f"（二）已符合受理单位告知的条件、要求，具体是：{conditions}；",
        "（三）愿意承担不实承诺的法律责任。",
    ]
