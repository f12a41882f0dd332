"""Hall devices at the counter: read-aloud, pen tablets, ID-card readers, proxy signing,
checking a paper letter."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desk_app.documents.codes import qr_text
from desk_app.documents.signature_image import strokes_to_png
from desk_app.services import id_card
from desk_app.services.letter_check import Verdict
from desk_app.storage.models import CaseRow, DocumentRow, SignatureRow
from desk_app.ui import speech
from desk_app.ui.letter_check import LetterCheckDialog
from desk_app.ui.signature_canvas import SignatureCanvas
from desk_app.ui.wizard.wizard import FINISH, IDENTITY, NOTICE, PROMISE, SIGNATURE

from .test_wizard import ALT, APPLICANT_ID, K, drive, fill_person, wait_page
from .walk import Walk, sign

# -- read-aloud ---------------------------------------------------------------------------


class FakeEngine(speech.SpeechEngine):
    def __init__(self, parent=None, voices=("zh",), problem=""):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.voices = set(voices)
        self._problem = problem
        self.said: list[tuple[str, str]] = []
        self.calls: list[str] = []

    def problem(self) -> str:
        return self._problem

    def has_voice(self, language: str) -> bool:
        return language in self.voices

    def say(self, text: str, language: str) -> None:
        self.said.append((text, language))
        self.state_changed.emit("speaking")

    def pause(self) -> None:
        self.calls.append("pause")
        self.state_changed.emit("paused")

    def resume(self) -> None:
        self.calls.append("resume")
        self.state_changed.emit("speaking")

    def stop(self) -> None:
        self.calls.append("stop")
        self.state_changed.emit("ready")

    def reach_end(self) -> None:
        self.state_changed.emit("ready")


def fake_factory(monkeypatch, **kw) -> list[FakeEngine]:  # type: ignore[no-untyped-def]
    made: list[FakeEngine] = []

    def make(parent):  # type: ignore[no-untyped-def]
        made.append(FakeEngine(parent, **kw))
        return made[-1]

    monkeypatch.setattr(speech, "engine_factory", make)
    return made


def pdf_text(pdf: bytes) -> str:
    return "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def test_read_aloud_to_the_end_is_recorded_on_the_case_and_in_the_letter(qtbot, main_window, ctx, monkeypatch):  # type: ignore[no-untyped-def]
    engines = fake_factory(monkeypatch)
    walk = Walk()
    wizard = drive(qtbot, main_window, walk, NOTICE)
    page = wizard.pages[NOTICE]
    assert not page.read_aloud.isChecked()
    walk.key(K.Key_P, ALT)  # 朗读
    engine = engines[-1]
    text, lang = engine.said[-1]
    assert lang == "zh" and "申请人承诺" in text and "<" not in text  # notice and promise, plain text
    assert page.speech.status.text() == "正在朗读…"
    walk.key(K.Key_Z, ALT)  # pause
    assert engine.calls[-1] == "pause" and page.speech.pause.text() == "继续(&Z)"
    walk.key(K.Key_Z, ALT)  # resume
    assert engine.calls[-1] == "resume"
    assert not page.read_aloud.isChecked()  # not yet read to the end
    engine.reach_end()
    assert page.read_aloud.isChecked() and page.speech.status.text() == "已朗读完毕。"
    walk.key(K.Key_End)
    walk.key(K.Key_G, ALT)
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, PROMISE)
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, SIGNATURE)
    sign(walk, wizard.pages[SIGNATURE].canvas)
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, FINISH)
    walk.key(K.Key_Return)
    qtbot.waitUntil(lambda: wizard.result_case is not None, timeout=5000)
    with ctx.db.session() as s:
        case = s.scalar(select(CaseRow))
        assert case.payload["read_aloud"] is True and case.payload["read_aloud_by"] == "speech"
        pdf = s.scalar(select(DocumentRow.content))
    assert "已向申请人宣读本告知承诺书的全部内容（借助本终端语音朗读）" in pdf_text(pdf)


def test_replay_and_stop_do_not_count_as_read_to_the_end(qtbot, main_window, monkeypatch):  # type: ignore[no-untyped-def]
    engines = fake_factory(monkeypatch)
    walk = Walk()
    wizard = drive(qtbot, main_window, walk, NOTICE)
    page = wizard.pages[NOTICE]
    page.speech.play.click()
    page.speech.replay.click()  # stops (engine goes "ready") and starts again
    assert engines[-1].calls == ["stop"] and len(engines[-1].said) == 2
    assert not page.read_aloud.isChecked()
    wizard.back()  # leaving the page stops the voice
    assert engines[-1].calls[-1] == "stop" and not page.read_aloud.isChecked()


def test_without_engine_or_voice_the_bar_says_so(qtbot, main_window, monkeypatch):  # type: ignore[no-untyped-def]
    fake_factory(monkeypatch, voices=())
    walk = Walk()
    wizard = drive(qtbot, main_window, walk, NOTICE)
    bar = wizard.pages[NOTICE].speech
    bar.play.click()
    assert "没有中文语音" in bar.status.text()
    monkeypatch.setattr(speech, "engine_factory",
                        lambda parent: speech.UnavailableEngine("本机未安装语音朗读组件（libpulse.so.0）", parent))
    other = speech.ReadAloudBar("x")
    qtbot.addWidget(other)
    other.set_text("告知")
    other.play.click()
    assert "未安装语音朗读组件" in other.status.text() and not other.read_to_end


def test_tibetan_falls_back_to_chinese_when_no_voice(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    engines = fake_factory(monkeypatch, voices=("zh",))
    bar = speech.ReadAloudBar("x")
    qtbot.addWidget(bar)
    bar.lang.setCurrentIndex(bar.lang.findData("bo"))
    assert bar.language == "bo"
    bar.set_text("<p>一</p><p>二</p>")
    bar.play.click()
    assert engines[-1].said == [("一。\n二。", "zh")]
    assert "没有藏语语音，改用普通话朗读" in bar.status.text()
    assert bar.lang.currentData() == "zh"


def test_tibetan_is_used_where_a_voice_exists(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    engines = fake_factory(monkeypatch, voices=("zh", "bo"))
    bar = speech.ReadAloudBar("x")
    qtbot.addWidget(bar)
    bar.lang.setCurrentIndex(bar.lang.findData("bo"))
    bar.set_text("ཀ")
    bar.play.click()
    assert engines[-1].said == [("ཀ", "bo")]


def test_the_qt_engine_wrapper_with_qts_mock_plugin(qtbot):  # type: ignore[no-untyped-def]
    """QtTextToSpeech's own "mock" engine (English/Nordic voices only): no Chinese voice is reported."""
    import pytest

    tts_module = pytest.importorskip("PySide6.QtTextToSpeech")
    if "mock" not in tts_module.QTextToSpeech.availableEngines():
        pytest.skip("QtTextToSpeech mock plugin not shipped")
    engine = speech.QtSpeechEngine(tts_module.QTextToSpeech("mock"))
    assert engine.problem() == ""
    assert not engine.has_voice("zh") and not engine.has_voice("bo")
    states: list[str] = []
    engine.state_changed.connect(states.append)
    engine._tts.say("hello")  # the wrapper maps Qt's states onto SpeechState
    qtbot.waitUntil(lambda: "ready" in states, timeout=5000)
    assert states[0] == "speaking"


# -- pen tablets --------------------------------------------------------------------------


def tablet(canvas: SignatureCanvas, kind: QTabletEvent.Type, x: float, y: float, pressure: float) -> None:
    device = QPointingDevice.primaryPointingDevice()
    buttons = Qt.MouseButton.NoButton if kind == QTabletEvent.Type.TabletRelease else Qt.MouseButton.LeftButton
    pos = QPointF(x, y)
    event = QTabletEvent(kind, device, pos, canvas.mapToGlobal(pos), pressure, 0.0, 0.0, 0.0, 0.0, 0.0,
                         Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, buttons)
    QApplication.sendEvent(canvas, event)


def pen_stroke(canvas: SignatureCanvas, pressure: float, y: float) -> None:
    tablet(canvas, QTabletEvent.Type.TabletPress, 40, y, pressure)
    for i in range(1, 30):
        tablet(canvas, QTabletEvent.Type.TabletMove, 40 + i * 12, y + (i % 5) * 6, pressure)
    tablet(canvas, QTabletEvent.Type.TabletRelease, 40 + 30 * 12, y, 0.0)


def ink(png: bytes) -> int:
    img = QImage.fromData(png)
    return sum(1 for x in range(0, img.width(), 2) for y in range(0, img.height(), 2) if img.pixelColor(x, y).alpha() > 0)


def test_pen_pressure_is_stored_per_point_and_widens_the_stroke(qtbot) -> None:  # type: ignore[no-untyped-def]
    light, heavy = SignatureCanvas(), SignatureCanvas()
    for c in (light, heavy):
        qtbot.addWidget(c)
        c.resize(480, 180)
        c.show()
    pen_stroke(light, 0.15, 60)
    pen_stroke(heavy, 0.95, 60)
    assert len(light.strokes()) == 1 and len(light.strokes()[0]) == 30
    assert {p[2] for p in light.strokes()[0]} == {0.15}
    assert {p[2] for p in heavy.strokes()[0]} == {0.95}
    light_png = strokes_to_png(light.strokes(), 480, 180)
    heavy_png = strokes_to_png(heavy.strokes(), 480, 180)
    assert ink(heavy_png) > 1.3 * ink(light_png)
    # The canvas paints it too: more dark pixels on screen for the heavier pen.
    assert _dark(heavy) > _dark(light)


def _dark(canvas: SignatureCanvas) -> int:
    img = canvas.grab().toImage()
    return sum(1 for x in range(0, img.width(), 2) for y in range(0, img.height(), 2)
               if img.pixelColor(x, y).lightness() < 100)


def test_pressure_reaches_the_stored_signature(qtbot, main_window, ctx) -> None:  # type: ignore[no-untyped-def]
    walk = Walk()
    wizard = drive(qtbot, main_window, walk, SIGNATURE)
    canvas = wizard.pages[SIGNATURE].canvas
    pen_stroke(canvas, 0.4, 50)
    pen_stroke(canvas, 0.8, 110)
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, FINISH)
    walk.key(K.Key_Return)
    qtbot.waitUntil(lambda: wizard.result_case is not None, timeout=5000)
    with ctx.db.session() as s:
        sig = s.scalar(select(SignatureRow))
        assert [sorted({p[2] for p in st}) for st in sig.strokes] == [[0.4], [0.8]]


# -- ID-card reader -----------------------------------------------------------------------


def test_simulated_reader_fills_the_identity_step(qtbot, main_window, ctx) -> None:  # type: ignore[no-untyped-def]
    id_card.set_reader(ctx, "simulated")
    walk = Walk()
    wizard = drive(qtbot, main_window, walk, IDENTITY)
    page = wizard.pages[IDENTITY]
    assert page.read_card.isVisible()
    walk.key(K.Key_K, ALT)  # 读卡
    assert page.name.text() == "王丽" and page.doc_number.text() == APPLICANT_ID
    assert "北京市朝阳区示例路1号" in page.card_info.text() and "长期" in page.card_info.text()
    assert QApplication.focusWidget() is page.phone
    walk.type("13812345678")
    walk.key(K.Key_S, ALT)
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, NOTICE)
    assert wizard.pages[IDENTITY].applicant().doc_number == APPLICANT_ID


def test_reader_errors_and_expired_cards_are_shown(qtbot, main_window, ctx) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    id_card.set_reader(ctx, "simulated")
    walk = Walk()
    wizard = drive(qtbot, main_window, walk, IDENTITY)
    page = wizard.pages[IDENTITY]
    page.reader = id_card.SimulatedReader([])
    page.read_card.click()
    assert "没有身份证" in page.card_info.text() and page.name.text() == ""
    old = id_card.IdCardData("王丽", APPLICANT_ID, "某地", date(2005, 1, 1), date(2025, 1, 1))
    page.reader = id_card.SimulatedReader([old])
    page.read_card.click()
    assert "已过有效期" in page.card_info.text()


def test_the_chip_photo_is_shown(qtbot, main_window, ctx) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QBuffer, QIODevice

    id_card.set_reader(ctx, "simulated")
    img = QImage(102, 126, QImage.Format.Format_RGB32)
    img.fill(Qt.GlobalColor.gray)
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    card = id_card.IdCardData("王丽", APPLICANT_ID, "某地", None, None, photo=bytes(buf.data()))
    walk = Walk()
    wizard = drive(qtbot, main_window, walk, IDENTITY)
    page = wizard.pages[IDENTITY]
    page.reader = id_card.SimulatedReader([card])
    page.read_card.click()
    assert page.card_photo.isVisible() and not page.card_photo.pixmap().isNull()
    assert page.card_photo.pixmap().height() <= 108


def test_no_reader_no_button(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    walk = Walk()
    wizard = drive(qtbot, main_window, walk, IDENTITY)
    assert not wizard.pages[IDENTITY].read_card.isVisible()


# -- proxy signing -------------------------------------------------------------------------


def test_proxy_signing_through_the_wizard(qtbot, main_window, ctx) -> None:  # type: ignore[no-untyped-def]
    walk = Walk()
    wizard = drive(qtbot, main_window, walk, SIGNATURE)
    page = wizard.pages[SIGNATURE]
    walk.key(K.Key_W, ALT)  # 申请人不能书写，由他人代签
    assert page.proxy_box.isChecked()
    page.proxy_name.setFocus()
    walk.type("李四")
    page.proxy_doc.setFocus()
    walk.type(APPLICANT_ID)  # the applicant themself: refused
    page.proxy_relation.setCurrentText("子女")
    sign(walk, page.canvas)
    walk.key(K.Key_Return)
    assert wizard.currentId() == SIGNATURE
    assert "申请人本人" in page.proxy_errors["proxy_doc_number"].text()
    page.proxy_doc.clear()
    page.proxy_doc.setFocus()
    walk.type("110105198001010016")
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, FINISH)
    assert "代签：李四" in wizard.pages[FINISH].preview.toPlainText()
    walk.key(K.Key_Return)
    qtbot.waitUntil(lambda: wizard.result_case is not None, timeout=5000)
    with ctx.db.session() as s:
        case = s.scalar(select(CaseRow))
        assert case.payload["proxy_signer"] == {"name": "李四", "doc_number": "110105198001010016",
                                                "relation": "子女", "reason": "申请人无书写能力"}
        assert s.scalar(select(SignatureRow.role)) == "proxy"
        body = pdf_text(s.scalar(select(DocumentRow.content)))
    assert "按指印处" in body and "代签人签名" in body and "110105198001010016" in body


def test_no_proxy_signing_offered_when_an_agent_signs(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    walk = Walk()
    wizard = drive(qtbot, main_window, walk, SIGNATURE)
    assert wizard.pages[SIGNATURE].proxy_box.isVisible()
    assert fill_person  # the agent path is covered in test_wizard; here only the switch
    wizard.pages[IDENTITY]._agent = object()
    wizard.pages[SIGNATURE].initializePage()
    assert not wizard.pages[SIGNATURE].proxy_box.isVisible()
    assert wizard.pages[SIGNATURE].proxy_signer() is None


# -- checking a paper letter ----------------------------------------------------------------


def test_check_a_letter_dialog_shows_each_verdict(qtbot, main_window, ctx) -> None:  # type: ignore[no-untyped-def]
    from desk_app.services.counter import finish_case
    from tests.services.support import promise_draft

    done = finish_case(ctx, promise_draft(ctx))
    main_window.activateWindow()
    main_window.table.setFocus()
    Walk().key(K.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = main_window.findChildren(LetterCheckDialog)[-1]
    qtbot.waitExposed(dialog)
    for code, verdict, words in (
        (qr_text(done.case_no, done.payload_digest), Verdict.MATCH, "一致"),
        (qr_text(done.case_no, "f" * 64), Verdict.MISMATCH, "不一致"),
        ("DESKAPP1|540102-W01-20991231-0001|" + "a" * 64, Verdict.UNKNOWN, "无法核验"),
        ("hello", Verdict.UNKNOWN, "不是本系统"),
    ):
        dialog.code.setText(code)
        qtbot.keyClick(dialog.code, K.Key_Return)  # a scanner ends with Enter
        assert dialog.isVisible()
        assert dialog.last is not None and dialog.last.verdict is verdict, code
        assert words in dialog.verdict.text()
    dialog.close()
