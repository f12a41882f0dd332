"""The one-time notice (一次性告知) and the promise text, composed from a catalog item.

The same sections feed the screen, the letter and (later) read-aloud, so the applicant
hears and signs exactly what is printed.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.domain.i18n import QT_TRANSLATE_NOOP

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


# -- 汉藏 bilingual notices and letters ---------------------------------------------------------

#: The letter languages a case may be notified and signed in (recorded per case, at the
#: applicant's request): Chinese, or bilingual Chinese then Tibetan section by section.
LETTER_ZH = "zh"
LETTER_ZH_BO = "zh-bo"
LETTER_LANGUAGES: dict[str, str] = {LETTER_ZH: QT_TRANSLATE_NOOP("domain", "汉文"), LETTER_ZH_BO: QT_TRANSLATE_NOOP("domain", "汉藏双语")}


def letter_languages(item: ProofItem) -> list[str]:
    """The languages ``item`` can be notified in: 汉藏 only if it carries Tibetan texts."""
    return [LETTER_ZH, LETTER_ZH_BO] if item.bo is not None else [LETTER_ZH]


_BO_HEADINGS = (
    "(༡) ར་སྤྲོད་དོན་ཚན་གྱི་མིང་།",
    "(༢) ར་སྤྲོད་ཀྱི་བེད་སྤྱོད།",
    "(༣) ར་སྤྲོད་གཏན་འཁེལ་བྱེད་པའི་གཞི་རྩ།",
    "(༤) ར་སྤྲོད་ཀྱི་ནང་དོན།",
    "(༥) ཁས་ལེན་གྱི་ནུས་ཤུགས།",
    "(༦) ཁས་ལེན་མི་བདེན་པའི་འགན་འཁྲི།",
    "(༧) སྲིད་འཛིན་ལས་ཁུངས་ཀྱི་ཞིབ་བཤེར་དབང་ཆ།",
    "(༨) ཁས་ལེན་ཡི་གེ་ཁྱབ་བསྒྲགས།",
    "(༩) ཚབ་བྱས་ནས་ཁས་ལེན་པ།",
)
_BO_METHODS = {
    "online": "དྲ་ཐོག་གཞི་གྲངས་ཞིབ་བཤེར།",
    "on_site": "ས་ཆ་དེ་ཉིད་དུ་ཞིབ་བཤེར།",
    "assisted": "རོགས་རམ་ཞིབ་བཤེར།",
    "exempt": "ཞིབ་བཤེར་ལས་གྲོལ་བ། (ཉིན་རེའི་ལྟ་རྟོག་དོ་དམ།)",
}


def _bo_clause(text: str) -> str:
    """A Tibetan text used inside a sentence: without its final shad."""
    return text.rstrip("། ")


def _bo_end(text: str) -> str:
    """A Tibetan clause closed by a shad -- none after final ཀ/ག (Tibetan orthography: a space)."""
    text = _bo_clause(text)
    return text if text.endswith(("ཀ", "ག")) else text + "།"


def _bo_digits(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "༠༡༢༣༤༥༦༧༨༩"))


def notice_sections_bo(item: ProofItem, *, include_proxy: bool = True) -> list[Section]:
    """The Tibetan twin of :func:`notice_sections`: same sections, same order.

    Raises ValueError for an item without Tibetan texts (``item.bo``)."""
    bo = item.bo
    if bo is None:
        raise ValueError(f"{item.code} has no Tibetan texts")
    v = item.verification
    verify = (f"ཞིབ་བཤེར་བྱེད་སྟངས། {_BO_METHODS[v.method.value]} "
              f"ཞིབ་བཤེར་དུས་ཚད། ཞུ་ཡིག་ལེན་རྗེས་ལས་ཀའི་ཉིན་གྲངས་{_bo_digits(v.time_limit_days)}ཡི་ནང་། "
              f"ཞིབ་བཤེར་ཚད་གཞི། {_bo_end(bo.verification_standard)}")
    if v.assisting_unit and bo.assisting_unit:
        verify += f" རོགས་རམ་ཞིབ་བཤེར་བྱེད་མཁན་ལས་ཁུངས། {_bo_end(bo.assisting_unit)}"
    if item.disclosure.public:
        disclose = (
            f"ཁས་ལེན་ཡི་གེ་འདི་ཁྱབ་བསྒྲགས་བྱ་རྒྱུ། ཁྱབ་བསྒྲགས་ཀྱི་ཁྱབ་ཁོངས། {_bo_end(bo.disclosure_scope or '')} "
            f"ཁྱབ་བསྒྲགས་ཀྱི་དུས་ཡུན། ཉིན་{_bo_digits(item.disclosure.period_days or 0)}། "
            "ཁྱབ་བསྒྲགས་སྐབས་མི་སྒེར་གྱི་གསང་དོན་དང་ཚོང་ལས་ཀྱི་གསང་བ་སྦས་རྒྱུ།"
        )
    else:
        disclose = "ཁས་ལེན་ཡི་གེ་འདི་ཁྱབ་བསྒྲགས་མི་བྱེད།"
    liability = (
        f"དམངས་སྲིད་འགན་འཁྲི། {bo.liability.civil}\nསྲིད་འཛིན་འགན་འཁྲི། {bo.liability.administrative}\n"
        f"ཉེས་ཁྲིམས་འགན་འཁྲི། {bo.liability.criminal}\nཡིད་རྟོན་ཟིན་ཐོ། {bo.liability.credit}"
    )
    content = bo.proof_content
    if bo.materials:
        content += "\nད་དུང་སྤྲོད་དགོས་པའི་ཡིག་ཆ་གཞན། " + " ".join(_bo_end(m) for m in bo.materials)
    proxy = ("དོན་ཚན་འདིར་ཚབ་བྱས་ནས་ཁས་ལེན་ཆོག ཚབ་མི་ལ་ཞུ་གཏུགས་པའི་དམིགས་བསལ་དབང་སྤྲོད་ངེས་པར་དུ་ཡོད་དགོས།"
             if item.proxy_allowed else
             "དོན་ཚན་འདིར་ཚབ་བྱས་ནས་ཁས་ལེན་མི་ཆོག ཞུ་གཏུགས་པ་རང་ཉིད་ཀྱིས་ཁས་ལེན་དང་མིང་རྟགས་འགོད་དགོས།")
    bodies = [bo.proof_item, bo.purpose, bo.legal_basis, content, bo.effect, liability, verify, disclose]
    if include_proxy:
        bodies.append(proxy)
    return [Section(h, b) for h, b in zip(_BO_HEADINGS, bodies, strict=False)]


PROMISE_INTRO_BO = "ཞུ་གཏུགས་པས་གཤམ་གསལ་ཁས་ལེན་བྱེད་རྒྱུ་སྟེ།"
TRUE_INTENTION_BO = "གོང་གསལ་ཁས་ལེན་ནི་བདག་གི་བསམ་པ་དངོས་ཡིན།"


def promise_statements_bo(item: ProofItem) -> list[str]:
    """The Tibetan twin of :func:`promise_statements`."""
    bo = item.bo
    if bo is None:
        raise ValueError(f"{item.code} has no Tibetan texts")
    conditions = " ".join(_bo_end(c) for c in bo.conditions)
    return [
        "(༡) ལེན་མཁན་ལས་ཁུངས་ཀྱིས་བརྡ་ཁྱབ་བྱས་པའི་ནང་དོན་ཡོངས་རྫོགས་ཤེས་ཤིང་གོ་བ་ལོན་ཡོད།",
        f"(༢) ལེན་མཁན་ལས་ཁུངས་ཀྱིས་བརྡ་ཁྱབ་བྱས་པའི་ཆ་རྐྱེན་དང་བླང་བྱ་དང་མཐུན་ཡོད་པ་སྟེ། ཞིབ་ཕྲ་ནི། {conditions}",
        "(༣) ཁས་ལེན་མི་བདེན་པའི་ཁྲིམས་ལུགས་འགན་འཁྲི་འཁུར་རྒྱུ་ཁས་ལེན།",
    ]
