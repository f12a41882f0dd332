"""Reading the notice and the promise aloud (宣读) with the system's text-to-speech.

Everything goes through :class:`SpeechEngine`, a small interface the tests replace with a
fake. :class:`QtSpeechEngine` wraps QtTextToSpeech (PySide6-Addons); when the module cannot
load (on Linux it needs libpulse0), when no engine runs (speech-dispatcher not started) or
when no Chinese/Tibetan voice is installed, the bar says so plainly and the clerk reads aloud
in person — nothing else changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget


class SpeechState(StrEnum):
    READY = "ready"
    SPEAKING = "speaking"
    PAUSED = "paused"
    ERROR = "error"


#: Languages the bar may read in; Tibetan only where the system has a voice for it.
LANGUAGES = {"zh": QLocale.Language.Chinese, "bo": QLocale.Language.Tibetan}


class SpeechEngine(QObject):
    """The interface: say / pause / resume / stop, a state signal, and what voices exist."""

    state_changed = Signal(str)  # a SpeechState value

    def problem(self) -> str:
        """Why this engine cannot speak at all ("" when it can)."""
        return ""

    def has_voice(self, language: str) -> bool:
        return False

    def say(self, text: str, language: str) -> None:
        raise NotImplementedError

    def pause(self) -> None:
        raise NotImplementedError

    def resume(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError


class UnavailableEngine(SpeechEngine):
    def __init__(self, reason: str, parent: QObject | None = None):
        super().__init__(parent)
        self.reason = reason

    def problem(self) -> str:
        return self.reason

    def say(self, text: str, language: str) -> None:
        self.state_changed.emit(SpeechState.ERROR.value)

    def pause(self) -> None:
        pass

    def resume(self) -> None:
        pass

    def stop(self) -> None:
        pass


class QtSpeechEngine(SpeechEngine):
    """QTextToSpeech with the first real engine (the "mock" test plugin is never used)."""

    def __init__(self, tts: object, parent: QObject | None = None):
        super().__init__(parent)
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._tts: QTextToSpeech = tts  # type: ignore[assignment]
        self._states = {
            QTextToSpeech.State.Ready: SpeechState.READY, QTextToSpeech.State.Speaking: SpeechState.SPEAKING,
            QTextToSpeech.State.Paused: SpeechState.PAUSED, QTextToSpeech.State.Error: SpeechState.ERROR,
            QTextToSpeech.State.Synthesizing: SpeechState.SPEAKING,
        }
        self._tts.stateChanged.connect(lambda s: self.state_changed.emit(self._states[s].value))

    def problem(self) -> str:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._tts.state() == QTextToSpeech.State.Error:
            return QCoreApplication.translate("Speech", "语音引擎未能启动（{err}）。请检查系统语音服务（speech-dispatcher）。").format(
                err=self._tts.errorString() or "?")
        return ""

    def has_voice(self, language: str) -> bool:
        wanted = LANGUAGES.get(language)
        return any(loc.language() == wanted for loc in self._tts.availableLocales())

    def say(self, text: str, language: str) -> None:
        wanted = LANGUAGES[language]
        for loc in self._tts.availableLocales():
            if loc.language() == wanted:
                self._tts.setLocale(loc)
                break
        self._tts.say(text)

    def pause(self) -> None:
        self._tts.pause()

    def resume(self) -> None:
        self._tts.resume()

    def stop(self) -> None:
        self._tts.stop()


def system_engine(parent: QObject | None = None) -> SpeechEngine:
    """The system's speech engine, or an :class:`UnavailableEngine` saying why there is none."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as err:  # e.g. libpulse.so.0 missing on Linux
        return UnavailableEngine(QCoreApplication.translate("Speech", "本机未安装语音朗读组件（{err}），请由工作人员宣读。").format(err=err), parent)
    engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
    if not engines:
        return UnavailableEngine(QCoreApplication.translate("Speech", "本机没有语音朗读引擎，请由工作人员宣读。"), parent)
    return QtSpeechEngine(QTextToSpeech(engines[0]), parent)


#: Replaced in tests (and by a terminal without speech) — called once per bar, on first use.
engine_factory: Callable[[QObject | None], SpeechEngine] = system_engine


def speakable(html_or_text: str) -> str:
    """Plain text for the engine: tags dropped, sentence breaks kept."""
    text = re.sub(r"<br\s*/?>|</p>|</h\d>|</li>", "。\n", html_or_text)
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"。(\s*。)+", "。", text).strip()


class ReadAloudBar(QWidget):
    """Play / pause / replay for one text; tells when it was read to the end."""

    finished = Signal()  # the whole text was read aloud, to the end

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self._text = ""
        self._engine: SpeechEngine | None = None
        self._speaking = False
        self.language = "zh"
        self.play = QPushButton(self.tr("朗读(&P)"), objectName=f"{name}Play")
        self.pause = QPushButton(self.tr("暂停(&Z)"), objectName=f"{name}Pause")
        self.replay = QPushButton(self.tr("从头重读(&H)"), objectName=f"{name}Replay")
        self.status = QLabel(objectName=f"{name}Status", wordWrap=True)
        self.lang = QComboBox(objectName=f"{name}Language")
        self.lang.addItem(self.tr("普通话"), "zh")
        self.lang.addItem(self.tr("藏语"), "bo")
        self.lang.setAccessibleName(self.tr("朗读语言"))
        self.lang.setToolTip(self.tr("朗读语言：藏语仅在本机装有藏语语音时可用，否则改用普通话"))
        self.lang.currentIndexChanged.connect(lambda *_: setattr(self, "language", self.lang.currentData()))
        self.play.setToolTip(self.tr("用本机语音朗读给申请人听（Alt+P）"))
        self.pause.setToolTip(self.tr("暂停或继续朗读（Alt+Z）"))
        self.replay.setToolTip(self.tr("从头开始重新朗读（Alt+H）"))
        for b, name_ in ((self.play, self.tr("朗读")), (self.pause, self.tr("暂停朗读")), (self.replay, self.tr("从头重读"))):
            b.setAccessibleName(name_)
            b.setAutoDefault(False)
        self.pause.setEnabled(False)
        self.replay.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.play)
        layout.addWidget(self.pause)
        layout.addWidget(self.replay)
        layout.addWidget(self.lang)
        layout.addWidget(self.status, 1)
        self.play.clicked.connect(self.start)
        self.pause.clicked.connect(self.toggle_pause)
        self.replay.clicked.connect(self.restart)
        self.read_to_end = False

    def set_text(self, text: str) -> None:
        self.stop()
        self._text = speakable(text)
        self.read_to_end = False
        self.pause.setEnabled(False)

    def engine(self) -> SpeechEngine:
        if self._engine is None:
            self._engine = engine_factory(self)
            self._engine.state_changed.connect(self._on_state)
        return self._engine

    def start(self) -> None:
        engine = self.engine()
        problem = engine.problem()
        if problem:
            self.status.setText(problem)
            return
        if not engine.has_voice(self.language):
            if self.language != "zh" and engine.has_voice("zh"):
                self.language = "zh"
                self.lang.setCurrentIndex(self.lang.findData("zh"))
                self.status.setText(self.tr("本机没有藏语语音，改用普通话朗读。"))
            else:
                self.status.setText(self.tr("本机没有中文语音（请安装中文语音包），请由工作人员宣读。"))
                return
        self._speaking = True
        note = self.status.text() if "改用" in self.status.text() else ""
        engine.say(self._text, self.language)
        if note:
            self.status.setText(note + self.tr("正在朗读…"))

    def toggle_pause(self) -> None:
        engine = self.engine()
        if self.pause.text() == self.tr("继续(&Z)"):
            engine.resume()
        else:
            engine.pause()

    def restart(self) -> None:
        self.stop()
        self.read_to_end = False
        self.start()

    def stop(self) -> None:
        if self._engine is not None and self._speaking:
            self._speaking = False
            self._engine.stop()

    def _on_state(self, state: str) -> None:
        s = SpeechState(state)
        self.pause.setEnabled(s in (SpeechState.SPEAKING, SpeechState.PAUSED))
        self.replay.setEnabled(s is not SpeechState.ERROR)
        self.pause.setText(self.tr("继续(&Z)") if s is SpeechState.PAUSED else self.tr("暂停(&Z)"))
        if s is SpeechState.SPEAKING:
            self.status.setText(self.tr("正在朗读…"))
        elif s is SpeechState.PAUSED:
            self.status.setText(self.tr("已暂停"))
        elif s is SpeechState.ERROR:
            self._speaking = False
            self.status.setText(self.engine().problem() or self.tr("朗读出错，请由工作人员宣读。"))
        elif s is SpeechState.READY and self._speaking:
            self._speaking = False
            self.read_to_end = True
            self.status.setText(self.tr("已朗读完毕。"))
            self.finished.emit()
