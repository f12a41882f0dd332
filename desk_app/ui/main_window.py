"""The clerk's main window: today's cases, search, the scanner field, sync status."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.accounts import Role
from desk_app.domain.errors import DomainError
from desk_app.services.cases import CaseDetail, get_case, list_cases, search_cases
from desk_app.services.catalog import load_catalog
from desk_app.services.context import AppContext
from desk_app.services.display import DisplayPrefs, display_prefs, set_display_prefs
from desk_app.services.freeze import FreezeLevel, check_new_case_allowed
from desk_app.services.letters import blank_letter, unconfirmed_count, verify_code
from desk_app.services.printers import remember_printer, remembered_printer
from desk_app.services.security import idle_minutes
from desk_app.services.sync_status import sync_status

from .accounts_dialogs import ChangePasswordDialog, UsersDialog
from .case_table import CaseTableModel
from .credit_dialogs import CreditHistoryDialog
from .display import apply_display
from .enroll_dialog import EnrollDialog
from .followup_dialogs import FollowUpButtons
from .i18n import tr_domain, tr_error
from .idle_lock import IdleLock
from .language import LanguageBox
from .letter_actions import LetterActions
from .letter_check import LetterCheckDialog
from .letter_preview import LetterPreviewDialog
from .printing import choose_printer, default_printer, print_pdf
from .sync_panel import SyncPanel
from .wizard.wizard import CounterWizard


class CaseDialog(QDialog):
    def __init__(self, detail: CaseDetail, actions: LetterActions, parent: QWidget | None = None):
        super().__init__(parent)
        self.detail = detail
        self.actions = actions
        self.setObjectName("caseDialog")
        self.setWindowTitle(self.tr("案件 {no}").format(no=detail.summary.case_no))
        s = detail.summary
        events = "".join(
            f"<tr><td>{e['seq']}</td><td>{escape(e['at'])}</td><td>{escape(e['kind'])}</td>"
            f"<td>{escape(e['to'])}</td><td>{escape(e['user'])}</td></tr>"
            for e in detail.events
        )
        self.text = QTextBrowser(objectName="caseDetailText")
        version, digest, time, event, state, user = (self.tr("目录版本"), self.tr("内容摘要"), self.tr("时间"),
                                                     self.tr("事件"), self.tr("状态"), self.tr("经办人"))
        self.text.setHtml(
            f"<h3>{escape(s.case_no)}</h3><p>{escape(s.proof_item)}　{escape(s.name_masked)}　"
            f"{escape(s.doc_masked)}　<b>{escape(tr_domain(s.state_label))}</b></p>"
            f"<p>{version}：{escape(detail.payload['item']['code'])} v{detail.payload['item']['version']}"
            f"　{digest}：{detail.payload_digest[:16]}</p>"
            f"<table border='1' cellpadding='3'><tr><th>#</th><th>{time}</th><th>{event}</th>"
            f"<th>{state}</th><th>{user}</th></tr>{events}</table>"
        )
        has_letter = detail.letter_pdf is not None
        no = s.case_no
        self.preview_button = self._button(self.tr("预览并打印(&P)…"), "previewLetter", lambda: actions.preview(no))
        self.reprint_button = self._button(self.tr("补打(&R)…"), "reprintLetter", lambda: actions.reprint(no))
        self.confirm_button = self._button(self.tr("确认已签字盖章(&C)"), "confirmPaper", self._confirm)
        self.export_button = self._button(self.tr("导出 PDF(&E)…"), "exportLetter", lambda: actions.export(no))
        for b in (self.preview_button, self.reprint_button, self.export_button):
            b.setEnabled(has_letter)
        self.confirm_button.setEnabled(s.unfinished)
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.reprint_button, self.confirm_button, self.export_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.follow_up = FollowUpButtons(actions.ctx, no, self)  # withdrawal, conclusion, false promise …
        self.follow_up.changed.connect(actions.changed)
        layout.addWidget(self.follow_up)
        self.resize(760, 480)

    def _button(self, text: str, name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text, objectName=name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _confirm(self) -> None:
        if self.actions.confirm_paper(self.detail.summary.case_no):
            self.confirm_button.setEnabled(False)


class CatalogDialog(QDialog):
    """The items in force, each with its blank format text (格式文本) to publish or print."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("catalogDialog")
        self.setWindowTitle(self.tr("目录清单与格式文本"))
        self.items = load_catalog(ctx).current(ctx.clock().date())
        self.list = QListWidget(objectName="catalogList")
        self.list.setAccessibleName(self.tr("现行目录"))
        for item in self.items:
            self.list.addItem(f"{item.code}  v{item.version}  {item.domain}  {item.matter} — {item.proof_item}")
        self.list.setCurrentRow(0)
        self.preview_button = QPushButton(self.tr("预览格式文本(&V)…"), objectName="blankPreview")
        self.save_button = QPushButton(self.tr("导出格式文本 PDF(&S)…"), objectName="blankSave")
        self.preview_button.clicked.connect(self.preview_blank)
        self.save_button.clicked.connect(lambda: self.save_blank())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        if ctx.actor is not None and ctx.actor.role is Role.ADMIN:  # catalog administration (issue 8)
            from .catalog_admin import CatalogAdminBar

            self.admin_bar = CatalogAdminBar(ctx, self.current_code, self.reload, self)
            layout.addWidget(self.admin_bar)
        self.resize(820, 520)

    def current_code(self) -> str | None:
        row = self.list.currentRow()
        return self.items[row].code if 0 <= row < len(self.items) else None

    def reload(self) -> None:
        code = self.current_code()
        self.items = load_catalog(self.ctx).current(self.ctx.clock().date())
        self.list.clear()
        for item in self.items:
            self.list.addItem(f"{item.code}  v{item.version}  {item.domain}  {item.matter} — {item.proof_item}")
        codes = [i.code for i in self.items]
        self.list.setCurrentRow(codes.index(code) if code in codes else 0)

    def _blank(self) -> tuple[str, bytes]:
        item = self.items[self.list.currentRow()]
        return item.code, blank_letter(self.ctx, item.code)

    def preview_blank(self) -> LetterPreviewDialog:
        code, pdf = self._blank()
        dialog = LetterPreviewDialog(pdf, self.tr("格式文本 {code}").format(code=code), self)
        dialog.printRequested.connect(lambda: self._print(dialog, code, pdf))
        dialog.open()
        return dialog

    def _print(self, dialog: LetterPreviewDialog, code: str, pdf: bytes) -> None:
        try:
            print_pdf(pdf, remembered_printer(self.ctx) or default_printer(), job_name=self.tr("格式文本 {code}").format(code=code))
        except DomainError as err:
            QMessageBox.warning(self, self.tr("未能打印"), tr_error(err))
            return
        dialog.accept()

    def save_blank(self, path: str | None = None) -> str | None:
        code, pdf = self._blank()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出格式文本"), self.tr("格式文本-{code}.pdf").format(code=code), "PDF (*.pdf)")
        if path:
            with open(path, "wb") as fh:
                fh.write(pdf)
        return path or None


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        office = ctx.office
        self.setObjectName("mainWindow")
        self.setWindowTitle(self._title())
        self.new_case_action = QAction(self.tr("新建案件(&N)"), self, shortcut=QKeySequence("Ctrl+N"))
        self.new_case_action.setObjectName("newCaseAction")
        self.catalog_action = QAction(self.tr("目录与格式文本(&L)"), self, shortcut=QKeySequence("Ctrl+L"))
        self.catalog_action.setObjectName("catalogAction")
        toolbar = self.addToolBar(self.tr("案件"))
        toolbar.setObjectName("mainToolbar")
        toolbar.addAction(self.new_case_action)
        toolbar.addAction(self.catalog_action)
        self.printer_action = QAction(self.tr("打印机…"), self)
        self.printer_action.setObjectName("printerAction")
        toolbar.addAction(self.printer_action)
        self.credit_action = QAction(self.tr("信用记录…"), self, shortcut=QKeySequence("Ctrl+Shift+X"))
        self.credit_action.setObjectName("creditAction")
        toolbar.addAction(self.credit_action)
        self.credit_action.triggered.connect(lambda: CreditHistoryDialog(self.ctx, "", self).open())
        self.sync_panel = SyncPanel(ctx, self)
        toolbar.addAction(self.sync_panel.action)
        self.stats_action = QAction(self.tr("统计报表(&R)"), self, shortcut=QKeySequence("Ctrl+Shift+S"))
        self.stats_action.setObjectName("statisticsAction")
        toolbar.addAction(self.stats_action)
        self.stats_action.triggered.connect(lambda: self.open_statistics())
        self.password_action = QAction(self.tr("修改密码…"), self)
        self.password_action.setObjectName("passwordAction")
        toolbar.addAction(self.password_action)
        actor = ctx.require_actor()
        if actor.role in (Role.VERIFIER, Role.ADMIN):  # 核查任务; the services refuse others anyway
            self.verification_action = QAction(self.tr("核查任务(&T)"), self, shortcut=QKeySequence("Ctrl+Shift+T"))
            self.verification_action.setObjectName("verificationAction")
            toolbar.addAction(self.verification_action)
            self.verification_action.triggered.connect(self.open_verification)
        if actor.role is Role.ADMIN:  # the services refuse others anyway
            self.users_action = QAction(self.tr("用户管理…"), self)
            self.users_action.setObjectName("usersAction")
            toolbar.addAction(self.users_action)
            self.users_action.triggered.connect(lambda: UsersDialog(self.ctx, self).open())
            self.enroll_action = QAction(self.tr("登记到中心…"), self)
            self.enroll_action.setObjectName("enrollAction")
            toolbar.addAction(self.enroll_action)
            self.enroll_action.triggered.connect(lambda: EnrollDialog(self.ctx, self).open())
        self.password_action.triggered.connect(lambda: ChangePasswordDialog(self.ctx, self).open())
        self._add_device_actions(toolbar)
        self.idle_lock = IdleLock(ctx, self, idle_minutes(ctx))
        self.letters = LetterActions(ctx, self)
        self.language_label = QLabel(self.tr("界面语言(&G)："), self, objectName="languageLabel")
        self.language_box = LanguageBox(ctx, self)
        self.language_label.setBuddy(self.language_box)
        toolbar.addSeparator()
        toolbar.addWidget(self.language_label)
        toolbar.addWidget(self.language_box)

        self.search = QLineEdit(objectName="caseSearch", placeholderText=self.tr("搜索：案件编号、姓名或证件号码（Ctrl+F）"))
        self.search.setAccessibleName(self.tr("搜索案件"))
        self.scanner = QLineEdit(objectName="scannerField", placeholderText=self.tr("扫码枪：扫描案件条码后自动打开"))
        self.scanner.setAccessibleName(self.tr("扫码输入"))
        self.heading = QLabel(objectName="listHeading")
        self.model = CaseTableModel(self)
        self.table = QTableView(objectName="caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("案件列表"))
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.scanner, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        if office.training:
            banner = QLabel(self.tr("培训数据：本终端数据仅用于培训，不会同步，打印件均标注“培训”。"), objectName="trainingBanner")
            banner.setStyleSheet("background:#ffe0e0;color:#a00000;padding:6px;font-weight:bold;")
            layout.addWidget(banner)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(central)

        self.net_label = QLabel(objectName="networkStatus")
        self.pending_label = QLabel(objectName="pendingStatus")
        self.user_label = QLabel(objectName="userStatus")
        self.unfinished_label = QLabel(objectName="unfinishedStatus")
        self.unfinished_label.setStyleSheet("color:#a05a00;")
        for w in (self.unfinished_label, self.user_label, self.net_label, self.pending_label,
                  *self.sync_panel.status_widgets()):
            self.statusBar().addPermanentWidget(w)
        self.resize(1100, 700)
        self._connect_callbacks()
        self.refresh()

    def _connect_callbacks(self) -> None:
        self.new_case_action.triggered.connect(self.open_wizard)
        self.catalog_action.triggered.connect(self.open_catalog)
        self.printer_action.triggered.connect(self.choose_printer)
        self.letters.changed.connect(self.refresh)
        self.sync_panel.status_changed.connect(self.refresh_status)
        self.search.textChanged.connect(lambda *_: self.refresh())
        self.scanner.returnPressed.connect(self._scanned)
        self.table.doubleClicked.connect(lambda idx: self.open_case(self.model.rows[idx.row()].case_no))
        find = QAction(self, shortcut=QKeySequence.StandardKey.Find)
        find.triggered.connect(self.search.setFocus)
        self.addAction(find)
        self._status_timer = QTimer(self, interval=15000)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()

    def refresh(self) -> None:
        text = self.search.text().strip()
        if text:
            rows = search_cases(self.ctx, text)
            self.heading.setText(self.tr("搜索结果：{n} 件").format(n=len(rows)))
        else:
            rows = list_cases(self.ctx, day=self.ctx.clock().date())
            self.heading.setText(self.tr("今日案件：{n} 件").format(n=len(rows)))
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.refresh_status()

    def refresh_status(self) -> None:
        status = sync_status(self.ctx)
        actor = self.ctx.actor
        self.user_label.setText(self.tr("{user}（{role}）").format(user=actor.username, role=tr_domain(actor.role.label))
                                if actor else "")
        self.net_label.setText(self.tr("在线") if status.online else self.tr("离线"))
        self.pending_label.setText(self.tr("待同步：{n}").format(n=status.pending))
        self.sync_panel.show_status(status)
        unfinished = unconfirmed_count(self.ctx)
        self.unfinished_label.setText(self.tr("待打印用印：{n}").format(n=unfinished) if unfinished else "")

    def open_wizard(self) -> CounterWizard | None:
        freeze = check_new_case_allowed(self.ctx)
        if freeze.level is FreezeLevel.REFUSE:
            QMessageBox.warning(self, self.tr("暂停受理新案件"), "\n".join(map(tr_domain, freeze.reasons)))
            return None
        if freeze.level is FreezeLevel.WARN:
            self.statusBar().showMessage("　".join(map(tr_domain, freeze.reasons)), 30000)
        wizard = CounterWizard(self.ctx, self)
        wizard.case_finished.connect(self._case_finished)
        wizard.open()
        return wizard

    def _title(self) -> str:
        office = self.ctx.office
        title = self.tr("告知承诺制窗口受理 — {office}（终端 {terminal}）").format(
            office=office.name, terminal=office.terminal_code
        )
        if office.training:
            title += self.tr(" 【培训数据】")
        return title

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def] # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's convention
        """After a language switch (static texts: ui/i18n.retranslate_tree): the composed ones."""
        self.setWindowTitle(self._title())
        self.model.retranslate()
        self.refresh()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def] # noqa: N802 - Qt's name
        self.idle_lock.stop()
        super().closeEvent(event)

    def open_verification(self):  # type: ignore[no-untyped-def]
        """The verifier's queue. Its ``falsePromiseFound(case_no)`` signal is the hook for the
        false-promise dialog (:meth:`false_promise_found`)."""
        from .verification_queue import VerificationQueueDialog

        dialog = VerificationQueueDialog(self.ctx, self)
        dialog.finished.connect(lambda _: self.refresh())
        dialog.falsePromiseFound.connect(self.false_promise_found)
        dialog.open()
        return dialog

    def false_promise_found(self, case_no: str) -> QDialog | None:
        """A verifier recorded 不实 for ``case_no``: open the false-promise dialog (finding,
        grade, measures) so the credit record is made while the facts are at hand."""
        from .credit_dialogs import FalsePromiseDialog

        self.statusBar().showMessage(self.tr("案件 {no} 核查不实，请依法处理并记入信用记录。").format(no=case_no), 20000)
        try:
            dialog = FalsePromiseDialog(self.ctx, case_no, self)
        except DomainError as err:  # e.g. a role that may not record findings: the message says so
            QMessageBox.warning(self, self.tr("不实承诺"), tr_error(err))
            return None
        dialog.open()
        self.refresh()
        return dialog

    def open_catalog(self) -> CatalogDialog:
        dialog = CatalogDialog(self.ctx, self)
        dialog.open()
        return dialog

    def _case_finished(self, finished) -> None:  # type: ignore[no-untyped-def]
        self.search.clear()
        self.refresh()
        self.statusBar().showMessage(self.tr("案件 {no} 已保存。").format(no=finished.case_no), 15000)
        if finished.letter_pdf is not None:  # straight to preview and printing
            self.letters.preview(finished.case_no, finished.letter_pdf)

    def _scanned(self) -> None:
        """A keyboard-wedge scanner types a case number (Code128) or the QR text, then Enter."""
        text = self.scanner.text().strip()
        self.scanner.clear()
        if not text:
            return
        if text.startswith("DESKAPP"):
            check = verify_code(self.ctx, text)
            self.statusBar().showMessage(tr_domain(check.message), 20000)
            if not check.ok:
                QMessageBox.warning(self, self.tr("文书核对"), tr_domain(check.message))
            if check.case_no and check.ok:
                self.open_case(check.case_no)
            return
        self.open_case(text)

    def choose_printer(self) -> None:
        name = choose_printer(self, remembered_printer(self.ctx))
        if name:
            remember_printer(self.ctx, name)
            self.statusBar().showMessage(self.tr("本终端打印机：{name}").format(name=name), 10000)

    # -- hall devices and accessibility: check a letter, large print, high contrast ---------
    def _add_device_actions(self, toolbar) -> None:  # type: ignore[no-untyped-def]
        self.check_letter_action = QAction(self.tr("核验告知承诺书(&V)…"), self, shortcut=QKeySequence("Ctrl+Shift+V"))
        self.check_letter_action.setObjectName("checkLetterAction")
        self.check_letter_action.setToolTip(self.tr("扫描纸质告知承诺书的二维码，核对是否与记录一致（Ctrl+Shift+V）"))
        self.check_letter_action.triggered.connect(self.open_letter_check)
        toolbar.addAction(self.check_letter_action)
        prefs = display_prefs(self.ctx)
        self.large_print_action = QAction(self.tr("大字模式(&D)"), self, checkable=True,
                                          shortcut=QKeySequence("Ctrl+Shift+D"), checked=prefs.large_print)
        self.large_print_action.setObjectName("largePrintAction")
        self.large_print_action.setToolTip(self.tr("全部界面字号放大到 200 %（Ctrl+Shift+D）"))
        self.contrast_action = QAction(self.tr("高对比度(&H)"), self, checkable=True,
                                       shortcut=QKeySequence("Ctrl+Shift+H"), checked=prefs.high_contrast)
        self.contrast_action.setObjectName("highContrastAction")
        self.contrast_action.setToolTip(self.tr("黑底白字的高对比度配色（Ctrl+Shift+H）"))
        menu = QMenu(self.tr("显示"), self)
        menu.setObjectName("displayMenu")
        menu.addAction(self.large_print_action)
        menu.addAction(self.contrast_action)
        self.display_action = menu.menuAction()
        self.display_action.setObjectName("displayAction")
        toolbar.addAction(self.display_action)
        self.addActions([self.large_print_action, self.contrast_action])  # shortcuts work without the menu
        self.large_print_action.toggled.connect(lambda *_: self.set_display())
        self.contrast_action.toggled.connect(lambda *_: self.set_display())
        if prefs.large_print or prefs.high_contrast:
            apply_display(prefs.scale_percent, prefs.high_contrast)

    def set_display(self) -> None:
        prefs = DisplayPrefs(200 if self.large_print_action.isChecked() else 100, self.contrast_action.isChecked())
        try:
            set_display_prefs(self.ctx, prefs)
        except DomainError as err:
            self.statusBar().showMessage(tr_error(err), 10000)
        apply_display(prefs.scale_percent, prefs.high_contrast)

    def open_letter_check(self) -> LetterCheckDialog:
        dialog = LetterCheckDialog(self.ctx, self)
        dialog.open()
        return dialog

    def open_case(self, case_no: str) -> CaseDialog | None:
        detail = get_case(self.ctx, case_no)
        if detail is None:
            self.statusBar().showMessage(self.tr("没有找到案件 {no}。").format(no=case_no), 10000)
            return None
        dialog = CaseDialog(detail, self.letters, self)
        dialog.open()
        return dialog

    def open_statistics(self):  # type: ignore[no-untyped-def]
        from .dashboard import StatisticsDialog  # QtCharts loads on first use, not at start

        dialog = StatisticsDialog(self.ctx, self)
        dialog.open()
        return dialog
