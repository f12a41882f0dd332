<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>显示更多工具栏按钮</source>
        <extracomment>Qt&apos;s own helper widgets that carry no text.</extracomment>
        <translation>Show more toolbar buttons</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>Select all</translation>
    </message>
</context>
<context>
    <name>AssistAnswerDialog</name>
    <message>
        <source>登记协查回复 — {no}</source>
        <translation>Register the reply — {no}</translation>
    </message>
    <message>
        <source>协助核查函</source>
        <translation>Assistance request</translation>
    </message>
    <message>
        <source>{office}（{at:%Y-%m-%d} 发出）</source>
        <translation>{office} (sent {at:%Y-%m-%d})</translation>
    </message>
    <message>
        <source>书面回复</source>
        <translation>written reply</translation>
    </message>
    <message>
        <source>书面拒绝（写明理由）</source>
        <translation>Written refusal (with reasons)</translation>
    </message>
    <message>
        <source>回复内容或拒绝理由</source>
        <translation>Reply or reasons for refusal</translation>
    </message>
    <message>
        <source>收到回复日期</source>
        <translation>Reply received on</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>内容/理由</source>
        <translation>Content/reasons</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>扫描件</source>
        <translation>Scans</translation>
    </message>
</context>
<context>
    <name>AssistRequestDialog</name>
    <message>
        <source>协助核查函 — {no}</source>
        <translation>Assistance request — {no}</translation>
    </message>
    <message>
        <source>被请求单位</source>
        <translation>Office asked</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>telephone number</translation>
    </message>
    <message>
        <source>回复期限（工作日）</source>
        <translation>Reply within (working days)</translation>
    </message>
    <message>
        <source>生成并保存PDF</source>
        <translation>Produce and save the PDF</translation>
    </message>
    <message>
        <source>保存协助核查函</source>
        <translation>Save the assistance request</translation>
    </message>
    <message>
        <source>协助核查函-{no}.pdf</source>
        <translation>assistance-request-{no}.pdf</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>附件列表</source>
        <translation>Attachment list</translation>
    </message>
    <message>
        <source>添加扫描件(&amp;F)…</source>
        <translation>Add scanned &amp;file…</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>选择扫描件</source>
        <translation>Choose scans</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>无法读取文件：{err}</source>
        <translation>Cannot read the file: {err}</translation>
    </message>
</context>
<context>
    <name>BureauReportDialog</name>
    <message>
        <source>向司法局报送工作情况</source>
        <translation>Report to the Justice Bureau</translation>
    </message>
    <message>
        <source>工作中发现的问题、意见和建议（将写入报告第六部分）</source>
        <translation>Problems found, opinions and suggestions (part six of the report)</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>发现的问题(&amp;P)</source>
        <translation>&amp;Problems found</translation>
    </message>
    <message>
        <source>导出 PDF(&amp;D)…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>导出 Excel(&amp;X)…</source>
        <translation>Export E&amp;xcel…</translation>
    </message>
    <message>
        <source>告知承诺制工作情况-{start}-{end}.{ext}</source>
        <translation>notify-and-promise-report-{start}-{end}.{ext}</translation>
    </message>
    <message>
        <source>导出报送报告</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>案件 {no}</source>
        <translation>Case {no}</translation>
    </message>
    <message>
        <source>目录版本</source>
        <translation>Catalog version</translation>
    </message>
    <message>
        <source>内容摘要</source>
        <translation>Content digest</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>事件</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>预览并打印(&amp;P)…</source>
        <translation>&amp;Preview and print…</translation>
    </message>
    <message>
        <source>补打(&amp;R)…</source>
        <translation>&amp;Reprint…</translation>
    </message>
    <message>
        <source>确认已签字盖章(&amp;C)</source>
        <translation>&amp;Confirm signed and sealed</translation>
    </message>
    <message>
        <source>导出 PDF(&amp;E)…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>证明事项</source>
        <translation>Proof item</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>CatalogAdminBar</name>
    <message>
        <source>导入 Excel 清单(&amp;I)…</source>
        <translation>&amp;Import Excel list…</translation>
    </message>
    <message>
        <source>导出 Excel 清单(&amp;X)…</source>
        <translation>E&amp;xport Excel list…</translation>
    </message>
    <message>
        <source>编辑事项(&amp;E)…</source>
        <translation>&amp;Edit item…</translation>
    </message>
    <message>
        <source>停用事项(&amp;D)…</source>
        <translation>&amp;Discontinue item…</translation>
    </message>
    <message>
        <source>版本历史(&amp;H)…</source>
        <translation>Version &amp;history…</translation>
    </message>
    <message>
        <source>发布到中心(&amp;P)</source>
        <translation>&amp;Publish to central</translation>
    </message>
    <message>
        <source>导出目录清单</source>
        <translation>Export the catalog list</translation>
    </message>
    <message>
        <source>目录清单-{day}.xlsx</source>
        <translation>catalog-list-{day}.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>未能导出：{message}</source>
        <translation>Could not export: {message}</translation>
    </message>
    <message>
        <source>已导出 {n} 个现行事项到 {path}。</source>
        <translation>Exported {n} items in force to {path}.</translation>
    </message>
    <message>
        <source>已排入发送队列 {n} 个目录版本，下次同步时发送到中心：{labels}</source>
        <translation>Queued {n} catalog version(s), sent to central at the next sync: {labels}</translation>
    </message>
    <message>
        <source>没有需要发布的目录版本。</source>
        <translation>No catalog version to publish.</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>目录清单与格式文本</source>
        <translation>Catalog and template texts</translation>
    </message>
    <message>
        <source>现行目录</source>
        <translation>Catalog in force</translation>
    </message>
    <message>
        <source>预览格式文本(&amp;V)…</source>
        <translation>Pre&amp;view template text…</translation>
    </message>
    <message>
        <source>导出格式文本 PDF(&amp;S)…</source>
        <translation>&amp;Save template text as PDF…</translation>
    </message>
    <message>
        <source>格式文本 {code}</source>
        <translation>Template text {code}</translation>
    </message>
    <message>
        <source>未能打印</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <source>导出格式文本</source>
        <translation>Export template text</translation>
    </message>
    <message>
        <source>格式文本-{code}.pdf</source>
        <translation>template-text-{code}.pdf</translation>
    </message>
</context>
<context>
    <name>CatalogImportDialog</name>
    <message>
        <source>导入目录清单（Excel）</source>
        <translation>Import the catalog list (Excel)</translation>
    </message>
    <message>
        <source>尚未选择文件</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>选择文件(&amp;F)…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <source>按司法行政部门公布的目录清单调整</source>
        <translation>Adjusted to the list published by the justice administration</translation>
    </message>
    <message>
        <source>清单只含部分事项：不停用清单中没有的事项(&amp;K)</source>
        <translation>The list is partial: &amp;keep items it does not mention</translation>
    </message>
    <message>
        <source>变化预览</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>被拒绝的行</source>
        <translation>Refused rows</translation>
    </message>
    <message>
        <source>导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>选择目录清单</source>
        <translation>Choose the catalog list</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>未导入：{message}</source>
        <translation>Not imported: {message}</translation>
    </message>
    <message>
        <source>自 {day} 起：新增 {new} 项，调整 {changed} 项，停用 {retired} 项，未变 {same} 项；拒绝 {refused} 行。</source>
        <translation>From {day}: {new} new, {changed} changed, {retired} discontinued, {same} unchanged; {refused} row(s) refused.</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>事项名称</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>证明名称</source>
        <translation>Proof</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>被拒绝的行（{n}）</source>
        <translation>Refused rows ({n})</translation>
    </message>
    <message>
        <source>未能导入：{message}</source>
        <translation>Could not import: {message}</translation>
    </message>
    <message>
        <source>已导入 {n} 个事项版本；{refused} 行被拒绝，见“被拒绝的行”。</source>
        <translation>Imported {n} item version(s); {refused} row(s) refused, see &quot;Refused rows&quot;.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>原密码：</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>新密码：</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>确认新密码：</source>
        <translation>Confirm new password:</translation>
    </message>
    <message>
        <source>两次输入的新密码不一致。</source>
        <translation>The two new passwords do not match.</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>第2步 申请人选择办理方式</source>
        <translation>Step 2  The applicant chooses how to proceed</translation>
    </message>
    <message>
        <source>申请人可自主选择以书面承诺代替证明，或提交证明。两种方式都会登记。</source>
        <translation>The applicant may freely choose to give a written promise instead of the certificate, or to submit the certificate. Both are registered.</translation>
    </message>
    <message>
        <source>告知承诺：以书面承诺代替证明(&amp;P)</source>
        <translation>&amp;Promise: a written promise instead of the certificate</translation>
    </message>
    <message>
        <source>提交证明：按一般程序办理(&amp;C)</source>
        <translation>Submit the &amp;certificate: the ordinary procedure</translation>
    </message>
    <message>
        <source>告知承诺</source>
        <translation>Notify and promise</translation>
    </message>
    <message>
        <source>提交证明</source>
        <translation>Submit the certificate</translation>
    </message>
</context>
<context>
    <name>ConclusionDialog</name>
    <message>
        <source>办结 — {no}</source>
        <translation>Conclude — {no}</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>如：准予许可，许可决定书 城政许〔2026〕15号</source>
        <translation>e.g. licence granted, decision 城政许〔2026〕15号</translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation>Concluded on</translation>
    </message>
    <message>
        <source>办理结果(&amp;D)：</source>
        <translation>Outcome (&amp;D):</translation>
    </message>
    <message>
        <source>办结日期(&amp;T)：</source>
        <translation>Concluded on (&amp;T):</translation>
    </message>
    <message>
        <source>办结后不能再撤回承诺。</source>
        <translation>After conclusion the promise can no longer be withdrawn.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>登记更正 — {no}</source>
        <translation>Register a correction — {no}</translation>
    </message>
    <message>
        <source>更正项目</source>
        <translation>Field corrected</translation>
    </message>
    <message>
        <source>原内容</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>更正为</source>
        <translation>Corrected to</translation>
    </message>
    <message>
        <source>更正理由</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>已签署的告知承诺书不作修改；更正以关联记录登记并随案件同步。</source>
        <translation>A signed letter is never changed; a correction is registered as a linked record and synchronised with the case.</translation>
    </message>
    <message>
        <source>更正项目(&amp;F)：</source>
        <translation>&amp;Field corrected:</translation>
    </message>
    <message>
        <source>原内容(&amp;O)：</source>
        <translation>&amp;Original:</translation>
    </message>
    <message>
        <source>更正为(&amp;N)：</source>
        <translation>Corrected to (&amp;N):</translation>
    </message>
    <message>
        <source>理由(&amp;R)：</source>
        <translation>&amp;Reasons:</translation>
    </message>
    <message>
        <source>已登记的更正：</source>
        <translation>Corrections registered:</translation>
    </message>
</context>
<context>
    <name>CounterWizard</name>
    <message>
        <source>新建案件 — 证明事项告知承诺</source>
        <translation>New case — notify and promise for a proof item</translation>
    </message>
    <message>
        <source>下一步(&amp;X) &gt;</source>
        <translation>Ne&amp;xt &gt;</translation>
    </message>
    <message>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>完成并保存(&amp;F)</source>
        <translation>&amp;Finish and save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>大字版告知书 {code}</source>
        <translation>Large-print notice {code}</translation>
    </message>
    <message>
        <source>大字版 {code}</source>
        <translation>Large print {code}</translation>
    </message>
    <message>
        <source>未能打印</source>
        <translation>Could not print</translation>
    </message>
</context>
<context>
    <name>CreditActionDialog</name>
    <message>
        <source>信用修复</source>
        <translation>Credit repair</translation>
    </message>
    <message>
        <source>登记异议</source>
        <translation>Register an objection</translation>
    </message>
    <message>
        <source>处理异议</source>
        <translation>Decide an objection</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>依据材料</source>
        <translation>Supporting documents</translation>
    </message>
    <message>
        <source>每行一份材料：名称或文号</source>
        <translation>One document per line: title or reference</translation>
    </message>
    <message>
        <source>异议成立（记录作废）(&amp;U)</source>
        <translation>Objection &amp;upheld (record void)</translation>
    </message>
    <message>
        <source>自何日起恢复(&amp;D)：</source>
        <translation>Restored from (&amp;D):</translation>
    </message>
    <message>
        <source>日期(&amp;D)：</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>理由(&amp;R)：</source>
        <translation>&amp;Reasons:</translation>
    </message>
    <message>
        <source>材料(&amp;M)：</source>
        <translation>Docu&amp;ments:</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CreditHistoryDialog</name>
    <message>
        <source>信用记录</source>
        <translation>Credit records</translation>
    </message>
    <message>
        <source>证件号码或统一社会信用代码</source>
        <translation>ID number or unified social credit code</translation>
    </message>
    <message>
        <source>查询(&amp;Q)</source>
        <translation>Search (&amp;Q)</translation>
    </message>
    <message>
        <source>信用修复(&amp;R)…</source>
        <translation>Credit &amp;repair…</translation>
    </message>
    <message>
        <source>登记异议(&amp;O)…</source>
        <translation>Register an &amp;objection…</translation>
    </message>
    <message>
        <source>处理异议(&amp;D)…</source>
        <translation>&amp;Decide an objection…</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>不适用告知承诺</source>
        <translation>Notify-and-promise not applicable</translation>
    </message>
    <message>
        <source>不影响告知承诺</source>
        <translation>Does not affect notify-and-promise</translation>
    </message>
    <message>
        <source>没有信用记录。</source>
        <translation>No credit records.</translation>
    </message>
    <message>
        <source>失信程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>告知承诺 — 申请人屏幕</source>
        <extracomment>Where the screens come from; tests replace it with a fake list of two screens.</extracomment>
        <translation>Notify and promise — applicant screen</translation>
    </message>
    <message>
        <source>面向申请人的屏幕</source>
        <translation>Applicant screen</translation>
    </message>
    <message>
        <source>您好！工作人员正在为您办理。
请稍候，告知内容将在此屏幕显示。</source>
        <translation>Hello! The clerk is handling your application.
Please wait: the notice will appear on this screen.</translation>
    </message>
    <message>
        <source>告知内容</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>承诺内容</source>
        <translation>Promise</translation>
    </message>
    <message>
        <source>请在下方白色区域内用手写笔（或手指）签写您的姓名。</source>
        <translation>Please write your name in the white area below with the pen (or your finger).</translation>
    </message>
    <message>
        <source>证明事项告知承诺</source>
        <translation>Notify and promise for a proof item</translation>
    </message>
    <message>
        <source>一次性告知 — 请阅读</source>
        <translation>One-time notice — please read</translation>
    </message>
    <message>
        <source>申请人承诺 — 请阅读</source>
        <translation>The applicant&apos;s promise — please read</translation>
    </message>
    <message>
        <source>请签名</source>
        <translation>Please sign</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>告知承诺书公开登记簿</source>
        <translation>Disclosure register of commitment letters</translation>
    </message>
    <message>
        <source>列出公开期限与所选期间重叠的告知承诺书；证件号码已部分隐去，不含联系电话。</source>
        <translation>Lists the letters whose publication period overlaps the chosen period; ID numbers are partly hidden, phone numbers are left out.</translation>
    </message>
    <message>
        <source>导出 CSV(&amp;V)…</source>
        <translation>Export CS&amp;V…</translation>
    </message>
    <message>
        <source>导出 Excel(&amp;X)…</source>
        <translation>Export E&amp;xcel…</translation>
    </message>
    <message>
        <source>导出 PDF(&amp;D)…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>公开登记簿-{start}-{end}.{ext}</source>
        <translation>disclosure-register-{start}-{end}.{ext}</translation>
    </message>
    <message>
        <source>导出公开登记簿</source>
        <translation>Export the disclosure register</translation>
    </message>
    <message>
        <source>已导出 {n} 件：{path}</source>
        <translation>Exported {n} letters: {path}</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>工具栏（续）</source>
        <translation>Toolbar (continued)</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>第4步 信用核查</source>
        <translation>Step 4  Credit check</translation>
    </message>
    <message>
        <source>对照本地信用记录：有不实承诺或严重失信记录且未修复的，不适用告知承诺制。</source>
        <translation>Checked against the local credit records: anyone with an unrepaired false promise or serious bad-credit record cannot use notify-and-promise.</translation>
    </message>
    <message>
        <source>信用核查结果</source>
        <translation>Credit check result</translation>
    </message>
    <message>
        <source>可以适用告知承诺制。</source>
        <translation>Notify-and-promise applies.</translation>
    </message>
    <message>
        <source>不适用告知承诺制</source>
        <translation>Notify-and-promise does not apply</translation>
    </message>
    <message>
        <source>原因：</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <source>提示：</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>本案件将转为“提交证明”办理，已录入的信息不会丢失。请告知申请人可申请信用修复。</source>
        <translation>This case switches to &quot;submit the certificate&quot;; nothing entered is lost. Tell the applicant that credit repair can be applied for.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>登记到中心</source>
        <translation>Enrol with the central server</translation>
    </message>
    <message>
        <source>可选：CA 证书文件路径</source>
        <translation>Optional: path of the CA certificate file</translation>
    </message>
    <message>
        <source>允许非加密连接（仅限测试网络）</source>
        <translation>Allow unencrypted connections (test networks only)</translation>
    </message>
    <message>
        <source>中心地址：</source>
        <translation>Central server address:</translation>
    </message>
    <message>
        <source>一次性登记码：</source>
        <translation>One-time enrolment code:</translation>
    </message>
    <message>
        <source>CA 证书：</source>
        <translation>CA certificate:</translation>
    </message>
    <message>
        <source>登记码由中心管理员用 desk-central enroll-code 生成，只能使用一次。</source>
        <translation>The enrolment code is generated by the central administrator with desk-central enroll-code and can be used only once.</translation>
    </message>
</context>
<context>
    <name>FalsePromiseDialog</name>
    <message>
        <source>不实承诺 — {no}</source>
        <translation>False promise — {no}</translation>
    </message>
    <message>
        <source>认定</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>不实承诺的事实</source>
        <translation>Facts of the false promise</translation>
    </message>
    <message>
        <source>承诺内容与核查查明的事实，如：承诺无犯罪记录，经公安机关协助核查……</source>
        <translation>What was promised and what verification established, e.g. promised no criminal record; the police found……</translation>
    </message>
    <message>
        <source>认定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>认定人</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>失信程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>（信用修复前不适用告知承诺）</source>
        <translation>(notify-and-promise not applicable until credit is repaired)</translation>
    </message>
    <message>
        <source>事实(&amp;A)：</source>
        <translation>F&amp;acts:</translation>
    </message>
    <message>
        <source>认定日期(&amp;D)：</source>
        <translation>&amp;Decided on:</translation>
    </message>
    <message>
        <source>认定人(&amp;B)：</source>
        <translation>Decided &amp;by:</translation>
    </message>
    <message>
        <source>失信程度(&amp;G)：</source>
        <translation>Severity (&amp;G):</translation>
    </message>
    <message>
        <source>处理措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>如：城政罚〔2026〕12号</source>
        <translation>e.g. 城政罚〔2026〕12号</translation>
    </message>
    <message>
        <source>措施日期</source>
        <translation>Date of the measure</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>改正期限</source>
        <translation>Deadline for correction</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>添加措施(&amp;M)</source>
        <translation>Add &amp;measure</translation>
    </message>
    <message>
        <source>已记录和待保存的措施</source>
        <translation>Recorded and pending measures</translation>
    </message>
    <message>
        <source>措施(&amp;K)：</source>
        <translation>Measure (&amp;K):</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>文号(&amp;N)：</source>
        <translation>Reference (&amp;N):</translation>
    </message>
    <message>
        <source>责任人(&amp;R)：</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>改正期限：</source>
        <translation>Deadline for correction:</translation>
    </message>
    <message>
        <source>说明：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>已记录：</source>
        <translation>Recorded:</translation>
    </message>
    <message>
        <source>打印告知书(&amp;P)…</source>
        <translation>&amp;Print the notice…</translation>
    </message>
    <message>
        <source>&#x3000;期限 {deadline}</source>
        <translation>  due {deadline}</translation>
    </message>
    <message>
        <source>请填写该措施的文号和责任人。</source>
        <translation>Enter the reference and the person responsible for this measure.</translation>
    </message>
    <message>
        <source>待保存：</source>
        <translation>Pending:</translation>
    </message>
    <message>
        <source>没有待保存的处理措施。</source>
        <translation>No measure waiting to be saved.</translation>
    </message>
    <message>
        <source>未能生成告知书</source>
        <translation>Could not produce the notice</translation>
    </message>
    <message>
        <source>不实承诺处理告知书 {no}</source>
        <translation>False promise handling notice {no}</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>统计表</source>
        <translation>Statistics table</translation>
    </message>
    <message>
        <source>导出 Excel(&amp;X)…</source>
        <translation>Export E&amp;xcel…</translation>
    </message>
    <message>
        <source>导出 CSV(&amp;V)…</source>
        <translation>Export CS&amp;V…</translation>
    </message>
    <message>
        <source>暂无此项数据。</source>
        <translation>No data for this figure yet.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>第8步 预览并完成</source>
        <translation>Step 8  Preview and finish</translation>
    </message>
    <message>
        <source>案件预览</source>
        <translation>Case preview</translation>
    </message>
    <message>
        <source>证明事项</source>
        <translation>Proof item</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>授权书</source>
        <translation>authorisation</translation>
    </message>
    <message>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>本案件按“提交证明”办理并登记。</source>
        <translation>This case is handled and registered as &quot;submit the certificate&quot;.</translation>
    </message>
    <message>
        <source>办理方式</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>提交证明</source>
        <translation>Submit the certificate</translation>
    </message>
    <message>
        <source>完成后案件不可更改，并生成告知承诺书（一式两份）。</source>
        <translation>Once finished the case cannot be changed, and the notice-and-promise letter (two copies) is produced.</translation>
    </message>
    <message>
        <source>告知承诺</source>
        <translation>Notify and promise</translation>
    </message>
    <message>
        <source>已告知</source>
        <translation>Notified</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>已宣读</source>
        <translation>read aloud</translation>
    </message>
    <message>
        <source>告知承诺书语言</source>
        <translation>Letter language</translation>
    </message>
    <message>
        <source>汉藏双语</source>
        <translation>Chinese and Tibetan</translation>
    </message>
    <message>
        <source>同意公开</source>
        <translation>Publication consent</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>签名</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>代签：{name}（{relation}，{doc}），申请人按指印</source>
        <translation>Signed for the applicant by {name} ({relation}, {doc}); the applicant gives a fingerprint</translation>
    </message>
    <message>
        <source>已签名</source>
        <translation>Signed</translation>
    </message>
</context>
<context>
    <name>FollowUpButtons</name>
    <message>
        <source>撤回承诺(&amp;W)…</source>
        <translation>&amp;Withdraw the promise…</translation>
    </message>
    <message>
        <source>办结(&amp;J)…</source>
        <translation>Conclude (&amp;J)…</translation>
    </message>
    <message>
        <source>登记更正(&amp;G)…</source>
        <translation>Re&amp;gister a correction…</translation>
    </message>
    <message>
        <source>不实承诺(&amp;F)…</source>
        <translation>&amp;False promise…</translation>
    </message>
    <message>
        <source>信用记录(&amp;X)…</source>
        <translation>Credit records (&amp;X)…</translation>
    </message>
    <message>
        <source>未能打开</source>
        <translation>Could not open</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>第3步 核验申请人身份</source>
        <translation>Step 3  Verify the applicant&apos;s identity</translation>
    </message>
    <message>
        <source>承诺人须本人持有效身份证件原件到场签署；代为承诺仅限事项允许且有特别授权。</source>
        <translation>The person promising must sign in person with the original of a valid ID; promising by proxy only where the item allows it and with a special authorisation.</translation>
    </message>
    <message>
        <source>个人(&amp;R)</source>
        <translation>Pe&amp;rson</translation>
    </message>
    <message>
        <source>单位(&amp;O)</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>申请人类型：</source>
        <translation>Applicant type:</translation>
    </message>
    <message>
        <source>读卡(&amp;K)</source>
        <translation>Read card (&amp;K)</translation>
    </message>
    <message>
        <source>从身份证阅读器读卡</source>
        <translation>Read the ID card from the card reader</translation>
    </message>
    <message>
        <source>将身份证放在读卡器上，按 Alt+K 读取姓名和证件号码</source>
        <translation>Put the ID card on the reader and press Alt+K to read the name and number</translation>
    </message>
    <message>
        <source>证件照片</source>
        <translation>ID photo</translation>
    </message>
    <message>
        <source>姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>证件类型：</source>
        <translation>Document type:</translation>
    </message>
    <message>
        <source>证件号码(&amp;I)：</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>联系电话(&amp;T)：</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <source>已核验本人有效身份证件原件，承诺人本人到场(&amp;S)</source>
        <translation>Original of a valid ID checked, the person promising is pre&amp;sent</translation>
    </message>
    <message>
        <source>单位名称：</source>
        <translation>Organisation name:</translation>
    </message>
    <message>
        <source>统一社会信用代码：</source>
        <translation>Unified social credit code:</translation>
    </message>
    <message>
        <source>法定代表人：</source>
        <translation>Legal representative:</translation>
    </message>
    <message>
        <source>联系电话：</source>
        <translation>Telephone:</translation>
    </message>
    <message>
        <source>已核验营业执照（登记证书）原件及签字人身份证件原件</source>
        <translation>Original business licence (registration certificate) and the signer&apos;s original ID checked</translation>
    </message>
    <message>
        <source>由代理人代为承诺(&amp;A)</source>
        <translation>Promise by an &amp;agent</translation>
    </message>
    <message>
        <source>代理人姓名：</source>
        <translation>Agent&apos;s name:</translation>
    </message>
    <message>
        <source>证件号码：</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <source>特别授权书编号：</source>
        <translation>Special authorisation number:</translation>
    </message>
    <message>
        <source>已核验代理人身份证件原件</source>
        <translation>Agent&apos;s original ID checked</translation>
    </message>
    <message>
        <source>长期</source>
        <translation>permanent</translation>
    </message>
    <message>
        <source>已读卡：{name}&#x3000;{number}&#x3000;住址：{address}&#x3000;有效期限：{since}—{until}</source>
        <translation>Card read: {name}  {number}  address: {address}  valid: {since}–{until}</translation>
    </message>
    <message>
        <source>本事项不允许代为承诺。</source>
        <translation>This item does not allow promising by proxy.</translation>
    </message>
    <message>
        <source>代理人不能是申请人本人。</source>
        <translation>The agent cannot be the applicant.</translation>
    </message>
</context>
<context>
    <name>ItemEditorDialog</name>
    <message>
        <source>编辑事项 {code}（当前第 {v} 版）</source>
        <translation>Edit item {code} (now version {v})</translation>
    </message>
    <message>
        <source>事项名称</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>证明名称</source>
        <translation>Proof</translation>
    </message>
    <message>
        <source>所属领域</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>证明用途</source>
        <translation>Purpose of the proof</translation>
    </message>
    <message>
        <source>设定依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>证明内容</source>
        <translation>What it proves</translation>
    </message>
    <message>
        <source>承诺条件（每行一条）</source>
        <translation>Promise conditions (one per line)</translation>
    </message>
    <message>
        <source>承诺效力</source>
        <translation>Effect of the promise</translation>
    </message>
    <message>
        <source>核查方式</source>
        <translation>Verification method</translation>
    </message>
    <message>
        <source>核查方式：</source>
        <translation>Verification method:</translation>
    </message>
    <message>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>核查时限</source>
        <translation>Verification deadline</translation>
    </message>
    <message>
        <source>核查时限：</source>
        <translation>Verification deadline:</translation>
    </message>
    <message>
        <source>核查标准</source>
        <translation>Verification standard</translation>
    </message>
    <message>
        <source>协助核查单位</source>
        <translation>Assisting office</translation>
    </message>
    <message>
        <source>承诺书须公开</source>
        <translation>The promise must be published</translation>
    </message>
    <message>
        <source>是否公开：</source>
        <translation>Published:</translation>
    </message>
    <message>
        <source>公开范围</source>
        <translation>Publication scope</translation>
    </message>
    <message>
        <source>（未定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source> 日</source>
        <translation> days</translation>
    </message>
    <message>
        <source>公开期限</source>
        <translation>Publication period</translation>
    </message>
    <message>
        <source>公开期限：</source>
        <translation>Publication period:</translation>
    </message>
    <message>
        <source>允许代为承诺（须申请人特别授权）</source>
        <translation>Promise by proxy allowed (with the applicant&apos;s special authorisation)</translation>
    </message>
    <message>
        <source>代为承诺：</source>
        <translation>By proxy:</translation>
    </message>
    <message>
        <source>受理单位</source>
        <translation>Receiving office</translation>
    </message>
    <message>
        <source>实施机关</source>
        <translation>Implementing authority</translation>
    </message>
    <message>
        <source>保存为新版本(&amp;S)</source>
        <translation>&amp;Save as a new version</translation>
    </message>
</context>
<context>
    <name>ItemHistoryDialog</name>
    <message>
        <source>事项 {code} 的版本历史</source>
        <translation>Version history of item {code}</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Discontinued</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>失效日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>调整原因</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>备案日期</source>
        <translation>Filing date</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>录入时间</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>已发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>版本历史</source>
        <translation>Version history</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>第1步 选择证明事项</source>
        <translation>Step 1  Choose the proof item</translation>
    </message>
    <message>
        <source>输入事项名称、编码或拼音首字母（如 jzls 查找“兼职律师”），按 Enter 选中第一项。</source>
        <translation>Type the item&apos;s name, code or pinyin initials (e.g. jzls finds &quot;兼职律师&quot;); Enter selects the first one.</translation>
    </message>
    <message>
        <source>搜索证明事项…</source>
        <translation>Search proof items…</translation>
    </message>
    <message>
        <source>搜索证明事项</source>
        <translation>Search proof items</translation>
    </message>
    <message>
        <source>证明事项列表</source>
        <translation>Proof items</translation>
    </message>
    <message>
        <source>【最近】</source>
        <translation>[recent] </translation>
    </message>
    <message>
        <source>没有匹配的证明事项。</source>
        <translation>No matching proof item.</translation>
    </message>
    <message>
        <source>允许代为承诺</source>
        <translation>proxy allowed</translation>
    </message>
    <message>
        <source>须本人承诺</source>
        <translation>in person only</translation>
    </message>
    <message>
        <source>领域</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>核查</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>目录版本</source>
        <translation>Catalog version</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>界面语言：切换后立即生效，并为当前用户记住</source>
        <translation>Interface language: applies at once and is remembered for the current user</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <source>未能完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <source>告知承诺书 {no}</source>
        <translation>Notice-and-promise letter {no}</translation>
    </message>
    <message>
        <source>确认纸质文书</source>
        <translation>Confirm the paper letter</translation>
    </message>
    <message>
        <source>两份告知承诺书已打印，申请人已签字，受理单位已盖章？
未确认的案件将显示为“待打印用印”。</source>
        <translation>Both copies of the letter printed, signed by the applicant and sealed by the office?
Cases not confirmed are listed as &quot;awaiting printing and seal&quot;.</translation>
    </message>
    <message>
        <source>已签字盖章(&amp;Y)</source>
        <translation>&amp;Yes, signed and sealed</translation>
    </message>
    <message>
        <source>稍后确认(&amp;L)</source>
        <translation>Confirm &amp;later</translation>
    </message>
    <message>
        <source>补打告知承诺书</source>
        <translation>Reprint the letter</translation>
    </message>
    <message>
        <source>补打原因（如：申请人遗失、打印卡纸）：</source>
        <translation>Reason for the reprint (e.g. lost by the applicant, paper jam):</translation>
    </message>
    <message>
        <source>补打 {no}</source>
        <translation>Reprint {no}</translation>
    </message>
    <message>
        <source>导出告知承诺书</source>
        <translation>Export the letter</translation>
    </message>
    <message>
        <source>无法写入文件：{e}</source>
        <translation>Cannot write the file: {e}</translation>
    </message>
</context>
<context>
    <name>LetterCheckDialog</name>
    <message>
        <source>核验告知承诺书</source>
        <translation>Check a letter</translation>
    </message>
    <message>
        <source>用扫码枪扫描纸质告知承诺书右上角的二维码，或粘贴二维码内容后按回车(&amp;Q)：</source>
        <translation>Scan the &amp;QR code at the top right of the paper letter, or paste its content and press Enter:</translation>
    </message>
    <message>
        <source>DESKAPP1|案件编号|内容摘要</source>
        <translation>DESKAPP1|case number|digest</translation>
    </message>
    <message>
        <source>二维码内容</source>
        <translation>QR code content</translation>
    </message>
    <message>
        <source>核验(&amp;C)</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>核验结论</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>请先扫描或粘贴二维码内容。</source>
        <translation>Scan or paste the QR code content first.</translation>
    </message>
    <message>
        <source>案件编号：{no}</source>
        <translation>Case number: {no}</translation>
    </message>
    <message>
        <source>案件状态：{state}</source>
        <translation>Case status: {state}</translation>
    </message>
    <message>
        <source>内容摘要：{v}</source>
        <translation>Digest: {v}</translation>
    </message>
    <message>
        <source>相符</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>不符</source>
        <translation>Does not match</translation>
    </message>
    <message>
        <source>存储记录：已被改动</source>
        <translation>Stored record: altered</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <source>文书预览</source>
        <translation>Letter preview</translation>
    </message>
    <message>
        <source>预览 · 不作为正式文书</source>
        <translation>Preview · not a valid letter</translation>
    </message>
    <message>
        <source>预览仅供核对，正式文书以打印件为准。</source>
        <translation>The preview is for checking only; the printed letter is the valid one.</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 页</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>终端已锁定（{user}）。请输入密码解锁；未完成的案件已保留。</source>
        <translation>The terminal is locked ({user}). Enter the password to unlock; unfinished cases are kept.</translation>
    </message>
    <message>
        <source>解锁密码</source>
        <translation>Unlock password</translation>
    </message>
    <message>
        <source>解锁(&amp;U)</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>{office}&#x3000;终端 {terminal}</source>
        <translation>{office}  terminal {terminal}</translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>新建案件(&amp;N)</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <source>目录与格式文本(&amp;L)</source>
        <translation>Cata&amp;log and template texts</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>打印机…</source>
        <translation>Printer…</translation>
    </message>
    <message>
        <source>信用记录…</source>
        <translation>Credit records…</translation>
    </message>
    <message>
        <source>统计报表(&amp;R)</source>
        <translation>Statistics &amp;&amp; &amp;reports</translation>
    </message>
    <message>
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>核查任务(&amp;T)</source>
        <translation>Verification &amp;tasks</translation>
    </message>
    <message>
        <source>用户管理…</source>
        <translation>Users…</translation>
    </message>
    <message>
        <source>登记到中心…</source>
        <translation>Enrol with central…</translation>
    </message>
    <message>
        <source>界面语言(&amp;G)：</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>搜索：案件编号、姓名或证件号码（Ctrl+F）</source>
        <translation>Search: case number, name or ID number (Ctrl+F)</translation>
    </message>
    <message>
        <source>搜索案件</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>扫码枪：扫描案件条码后自动打开</source>
        <translation>Scanner: scan a case barcode to open it</translation>
    </message>
    <message>
        <source>扫码输入</source>
        <translation>Scanner input</translation>
    </message>
    <message>
        <source>案件列表</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>培训数据：本终端数据仅用于培训，不会同步，打印件均标注“培训”。</source>
        <translation>Training data: this terminal&apos;s data is for training only, is never synchronised, and every printout is marked &quot;training&quot;.</translation>
    </message>
    <message>
        <source>搜索结果：{n} 件</source>
        <translation>Search results: {n} case(s)</translation>
    </message>
    <message>
        <source>今日案件：{n} 件</source>
        <translation>Today&apos;s cases: {n}</translation>
    </message>
    <message>
        <source>{user}（{role}）</source>
        <translation>{user} ({role})</translation>
    </message>
    <message>
        <source>在线</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>离线</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>待同步：{n}</source>
        <translation>Waiting to sync: {n}</translation>
    </message>
    <message>
        <source>待打印用印：{n}</source>
        <translation>Awaiting printing and seal: {n}</translation>
    </message>
    <message>
        <source>暂停受理新案件</source>
        <translation>New cases suspended</translation>
    </message>
    <message>
        <source>告知承诺制窗口受理 — {office}（终端 {terminal}）</source>
        <translation>Notify-and-promise counter — {office} (terminal {terminal})</translation>
    </message>
    <message>
        <source> 【培训数据】</source>
        <translation> [TRAINING DATA]</translation>
    </message>
    <message>
        <source>案件 {no} 核查不实，请依法处理并记入信用记录。</source>
        <translation>Case {no} was verified false: handle it according to law and enter it in the credit records.</translation>
    </message>
    <message>
        <source>不实承诺</source>
        <translation>False promise</translation>
    </message>
    <message>
        <source>案件 {no} 已保存。</source>
        <translation>Case {no} saved.</translation>
    </message>
    <message>
        <source>文书核对</source>
        <translation>Letter check</translation>
    </message>
    <message>
        <source>本终端打印机：{name}</source>
        <translation>Printer of this terminal: {name}</translation>
    </message>
    <message>
        <source>核验告知承诺书(&amp;V)…</source>
        <translation>Check a letter (&amp;V)…</translation>
    </message>
    <message>
        <source>扫描纸质告知承诺书的二维码，核对是否与记录一致（Ctrl+Shift+V）</source>
        <translation>Scan the QR code of a paper letter and check it against the records (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>大字模式(&amp;D)</source>
        <translation>Large text (&amp;D)</translation>
    </message>
    <message>
        <source>全部界面字号放大到 200 %（Ctrl+Shift+D）</source>
        <translation>Enlarge all text to 200 % (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>高对比度(&amp;H)</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <source>黑底白字的高对比度配色（Ctrl+Shift+H）</source>
        <translation>High-contrast colours, white on black (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>没有找到案件 {no}。</source>
        <translation>Case {no} not found.</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>第5步 一次性告知</source>
        <translation>Step 5  One-time notice</translation>
    </message>
    <message>
        <source>请与申请人一起阅读全部告知内容（PageDown 翻页，End 键到末尾）。</source>
        <translation>Read the whole notice together with the applicant (PageDown turns pages, End goes to the end).</translation>
    </message>
    <message>
        <source>告知内容</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>已向申请人完整告知以上内容(&amp;G)</source>
        <translation>The whole notice above has been &amp;given to the applicant</translation>
    </message>
    <message>
        <source>已向申请人宣读告知书和承诺内容(&amp;L)</source>
        <translation>The notice and the promise have been read a&amp;loud to the applicant</translation>
    </message>
    <message>
        <source>请先滚动到告知内容末尾。</source>
        <translation>Scroll to the end of the notice first.</translation>
    </message>
    <message>
        <source>汉文告知承诺书(&amp;Z)</source>
        <translation>Chinese-only letter (&amp;Z)</translation>
    </message>
    <message>
        <source>汉藏双语告知承诺书 རྒྱ་བོད་ཤན་སྦྱར།(&amp;T)</source>
        <translation>Chinese–Tibetan bilingual letter རྒྱ་བོད་ཤན་སྦྱར།(&amp;T)</translation>
    </message>
    <message>
        <source>告知书语言：汉文</source>
        <translation>Notice language: Chinese</translation>
    </message>
    <message>
        <source>告知书语言：汉藏双语</source>
        <translation>Notice language: Chinese and Tibetan</translation>
    </message>
    <message>
        <source>大字版告知书(&amp;Y)…</source>
        <translation>Large-print notice (&amp;Y)…</translation>
    </message>
    <message>
        <source>预览并打印大字版告知和承诺内容，供老年申请人阅读（Alt+Y）</source>
        <translation>Preview and print the notice and promise in large print for elderly applicants (Alt+Y)</translation>
    </message>
    <message>
        <source>✓ 信用核查通过：可以适用告知承诺制。</source>
        <translation>✓ Credit check passed: notify-and-promise applies.</translation>
    </message>
    <message>
        <source>申请人承诺</source>
        <translation>The applicant&apos;s promise</translation>
    </message>
</context>
<context>
    <name>PromisePage</name>
    <message>
        <source>第6步 申请人承诺</source>
        <translation>Step 6  The applicant&apos;s promise</translation>
    </message>
    <message>
        <source>同意公开承诺书(&amp;Y)</source>
        <translation>&amp;Yes, the promise may be published</translation>
    </message>
    <message>
        <source>不同意公开（改为提交证明办理）(&amp;N)</source>
        <translation>&amp;No publication (switch to submitting the certificate)</translation>
    </message>
    <message>
        <source>本事项的承诺书将予以公开（{scope}，{days} 日），公开时隐去个人隐私。申请人是否同意？</source>
        <translation>The promise for this item is published ({scope}, {days} days), with personal details hidden. Does the applicant agree?</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>朗读(&amp;P)</source>
        <extracomment>Replaced in tests (and by a terminal without speech) — called once per bar, on first use.</extracomment>
        <translation>Read aloud (&amp;P)</translation>
    </message>
    <message>
        <source>暂停(&amp;Z)</source>
        <translation>Pause (&amp;Z)</translation>
    </message>
    <message>
        <source>从头重读(&amp;H)</source>
        <translation>Read again from the beginning (&amp;H)</translation>
    </message>
    <message>
        <source>普通话</source>
        <translation>Mandarin</translation>
    </message>
    <message>
        <source>藏语</source>
        <translation>Tibetan</translation>
    </message>
    <message>
        <source>朗读语言</source>
        <translation>Reading language</translation>
    </message>
    <message>
        <source>朗读语言：藏语仅在本机装有藏语语音时可用，否则改用普通话</source>
        <translation>Reading language: Tibetan only where a Tibetan voice is installed, otherwise Mandarin</translation>
    </message>
    <message>
        <source>用本机语音朗读给申请人听（Alt+P）</source>
        <translation>Read aloud to the applicant with this computer&apos;s voice (Alt+P)</translation>
    </message>
    <message>
        <source>暂停或继续朗读（Alt+Z）</source>
        <translation>Pause or resume reading (Alt+Z)</translation>
    </message>
    <message>
        <source>从头开始重新朗读（Alt+H）</source>
        <translation>Read again from the beginning (Alt+H)</translation>
    </message>
    <message>
        <source>朗读</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>暂停朗读</source>
        <translation>Pause reading</translation>
    </message>
    <message>
        <source>从头重读</source>
        <translation>Read again</translation>
    </message>
    <message>
        <source>本机没有藏语语音，改用普通话朗读。</source>
        <translation>No Tibetan voice on this computer: reading in Mandarin.</translation>
    </message>
    <message>
        <source>本机没有中文语音（请安装中文语音包），请由工作人员宣读。</source>
        <translation>No Chinese voice on this computer (install a Chinese voice); the clerk reads the text.</translation>
    </message>
    <message>
        <source>正在朗读…</source>
        <translation>Reading aloud…</translation>
    </message>
    <message>
        <source>继续(&amp;Z)</source>
        <translation>Resume (&amp;Z)</translation>
    </message>
    <message>
        <source>已暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>朗读出错，请由工作人员宣读。</source>
        <translation>Reading aloud failed; the clerk reads the text.</translation>
    </message>
    <message>
        <source>已朗读完毕。</source>
        <translation>Finished reading aloud.</translation>
    </message>
</context>
<context>
    <name>RecordResultDialog</name>
    <message>
        <source>记录核查结果 — {no}</source>
        <translation>Record the result — {no}</translation>
    </message>
    <message>
        <source>属实(&amp;T)</source>
        <translation>&amp;True</translation>
    </message>
    <message>
        <source>不实(&amp;X)</source>
        <translation>False (&amp;X)</translation>
    </message>
    <message>
        <source>无法核查(&amp;U)</source>
        <translation>&amp;Unverifiable</translation>
    </message>
    <message>
        <source>核查结果：{r}</source>
        <translation>Result: {r}</translation>
    </message>
    <message>
        <source>核查情况说明</source>
        <translation>Verification notes</translation>
    </message>
    <message>
        <source>核查情况：比对了哪些数据、现场看到了什么；不实或无法核查时必填</source>
        <translation>Notes: which data were compared, what was seen on site; required when false or unverifiable</translation>
    </message>
    <message>
        <source>保存结果</source>
        <translation>Save the result</translation>
    </message>
    <message>
        <source>核查规则</source>
        <translation>Verification rule</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>请选择核查结果。</source>
        <translation>Choose the result.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>无法读取本机数据</source>
        <translation>Cannot read this computer&apos;s data</translation>
    </message>
    <message>
        <source>可用的备份</source>
        <translation>Available backups</translation>
    </message>
    <message>
        <source>每日自动备份</source>
        <translation>daily automatic backup</translation>
    </message>
    <message>
        <source>手动备份</source>
        <translation>manual backup</translation>
    </message>
    <message>
        <source>升级前备份</source>
        <translation>backup before upgrade</translation>
    </message>
    <message>
        <source>用所选备份恢复(&amp;R)</source>
        <translation>&amp;Restore the chosen backup</translation>
    </message>
    <message>
        <source>选择其他备份文件(&amp;F)…</source>
        <translation>Choose another backup &amp;file…</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>恢复前会先核验备份；当前数据库文件不会被删除，而是改名保留在数据目录中。</source>
        <translation>The backup is verified before restoring; the current database file is not deleted but renamed and kept in the data directory.</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>备份 (desk.sqlite3.*)</source>
        <translation>Backups (desk.sqlite3.*)</translation>
    </message>
    <message>
        <source>该备份来自另一数据加密口令，请输入制作该备份时的口令。</source>
        <translation>This backup was made with another data encryption secret; enter the secret used when it was made.</translation>
    </message>
    <message>
        <source>无法读取备份文件（{reason}）。</source>
        <translation>Cannot read the backup file ({reason}).</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>停用事项 {code}</source>
        <translation>Discontinue item {code}</translation>
    </message>
    <message>
        <source>自生效日期起不再受理该事项的新案件；已受理的案件不受影响。</source>
        <translation>From the effective date no new cases are accepted for this item; cases already accepted are not affected.</translation>
    </message>
    <message>
        <source>停用(&amp;D)</source>
        <translation>&amp;Discontinue</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>设置数据加密口令</source>
        <translation>Set the data encryption secret</translation>
    </message>
    <message>
        <source>请输入数据加密口令</source>
        <translation>Enter the data encryption secret</translation>
    </message>
    <message>
        <source>本机的全部数据（含姓名、身份证号码、签名）和每一份备份都用数据加密口令加密。
请设置口令（至少 8 个字符）并妥善保管，例如写下后密封交单位管理员保存。
口令无法找回：遗失口令且系统钥匙串不可用时，本机数据和备份都将无法读取。</source>
        <translation>All data on this computer (including names, ID numbers and signatures) and every backup are encrypted with the data encryption secret.
Set a secret (at least 8 characters) and keep it safe, e.g. written down and sealed with the office administrator.
The secret cannot be recovered: if it is lost and the system keyring is unavailable, neither the data nor the backups can be read.</translation>
    </message>
    <message>
        <source>本机数据已加密。请输入数据加密口令。
数据目录：{path}</source>
        <translation>The data on this computer is encrypted. Enter the data encryption secret.
Data directory: {path}</translation>
    </message>
    <message>
        <source>数据加密口令</source>
        <translation>Data encryption secret</translation>
    </message>
    <message>
        <source>再次输入数据加密口令</source>
        <translation>Data encryption secret again</translation>
    </message>
    <message>
        <source>数据加密口令：</source>
        <translation>Data encryption secret:</translation>
    </message>
    <message>
        <source>再次输入口令：</source>
        <translation>Secret again:</translation>
    </message>
    <message>
        <source>请输入数据加密口令。</source>
        <translation>Enter the data encryption secret.</translation>
    </message>
    <message>
        <source>两次输入的口令不一致，请重新输入。</source>
        <translation>The two secrets do not match; enter them again.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>首次设置</source>
        <translation>First-time set-up</translation>
    </message>
    <message>
        <source>欢迎使用告知承诺制窗口受理终端。请填写本窗口所属受理单位和本终端信息，并创建第一个管理员账户。</source>
        <translation>Welcome to the notify-and-promise counter terminal. Enter the office this window belongs to and this terminal&apos;s details, and create the first administrator account.</translation>
    </message>
    <message>
        <source>受理单位名称：</source>
        <translation>Office name:</translation>
    </message>
    <message>
        <source>如：拉萨市城关区政务服务中心</source>
        <translation>e.g. Lhasa Chengguan District Government Service Centre</translation>
    </message>
    <message>
        <source>单位编码：</source>
        <translation>Office code:</translation>
    </message>
    <message>
        <source>如：540102</source>
        <translation>e.g. 540102</translation>
    </message>
    <message>
        <source>窗口电话：</source>
        <translation>Window telephone:</translation>
    </message>
    <message>
        <source>如：0891-6321234</source>
        <translation>e.g. 0891-6321234</translation>
    </message>
    <message>
        <source>终端编码：</source>
        <translation>Terminal code:</translation>
    </message>
    <message>
        <source>如：W01</source>
        <translation>e.g. W01</translation>
    </message>
    <message>
        <source>管理员用户名：</source>
        <translation>Administrator user name:</translation>
    </message>
    <message>
        <source>如：admin</source>
        <translation>e.g. admin</translation>
    </message>
    <message>
        <source>管理员姓名：</source>
        <translation>Administrator&apos;s name:</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>至少10位，含三类字符</source>
        <translation>at least 10 characters, of three kinds</translation>
    </message>
    <message>
        <source>确认密码：</source>
        <translation>Confirm password:</translation>
    </message>
    <message>
        <source>选择电子印章图片（可选）…</source>
        <translation>Choose the electronic seal image (optional)…</translation>
    </message>
    <message>
        <source>电子印章：</source>
        <translation>Electronic seal:</translation>
    </message>
    <message>
        <source>电子印章图片</source>
        <translation>Electronic seal image</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>SignatureCanvas</name>
    <message>
        <source>签名区</source>
        <translation>Signature area</translation>
    </message>
    <message>
        <source>申请人在此区域内用鼠标、触摸屏或手写笔签名</source>
        <translation>The applicant signs in this area with the mouse, touch screen or pen</translation>
    </message>
    <message>
        <source>请在此处签名</source>
        <translation>Please sign here</translation>
    </message>
</context>
<context>
    <name>SignaturePage</name>
    <message>
        <source>第7步 手写签名</source>
        <translation>Step 7  Handwritten signature</translation>
    </message>
    <message>
        <source>请承诺人（或代理人）在下方区域内签名；写错可清除重签。</source>
        <translation>The person promising (or the agent) signs in the area below; a mistake can be cleared and signed again.</translation>
    </message>
    <message>
        <source>清除重签(&amp;E)</source>
        <translation>&amp;Erase and sign again</translation>
    </message>
    <message>
        <source>撤销一笔(&amp;U)</source>
        <translation>&amp;Undo a stroke</translation>
    </message>
    <message>
        <source>清除全部笔画，重新签名（Alt+E）</source>
        <translation>Clear all strokes and sign again (Alt+E)</translation>
    </message>
    <message>
        <source>撤销最后一笔（Alt+U 或 Ctrl+Z）</source>
        <translation>Undo the last stroke (Alt+U or Ctrl+Z)</translation>
    </message>
    <message>
        <source>申请人不能书写，由他人代签(&amp;W)</source>
        <translation>The applicant cannot &amp;write: another person signs for them</translation>
    </message>
    <message>
        <source>代签：由代签人代写姓名，申请人在告知承诺书“按指印处”按指印（Alt+W）</source>
        <translation>Signing for the applicant: another person writes the name, the applicant gives a fingerprint in the letter&apos;s &quot;fingerprint&quot; box (Alt+W)</translation>
    </message>
    <message>
        <source>代签人姓名：</source>
        <translation>Name of the person signing for the applicant:</translation>
    </message>
    <message>
        <source>代签人身份证号码：</source>
        <translation>ID card number of the person signing:</translation>
    </message>
    <message>
        <source>与申请人关系：</source>
        <translation>Relation to the applicant:</translation>
    </message>
    <message>
        <source>请代签人在下方区域内代申请人签名；打印后申请人在“按指印处”按指印。</source>
        <translation>The person signing for the applicant signs in the area below; after printing the applicant gives a fingerprint in the &quot;fingerprint&quot; box.</translation>
    </message>
    <message>
        <source>请申请人在面向申请人的屏幕上签名；签好后按“下一步”。</source>
        <translation>The applicant signs on the applicant&apos;s screen; then press &quot;Next&quot;.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>语音引擎未能启动（{err}）。请检查系统语音服务（speech-dispatcher）。</source>
        <extracomment>Languages the bar may read in; Tibetan only where the system has a voice for it.</extracomment>
        <translation>The speech engine did not start ({err}). Check the system speech service (speech-dispatcher).</translation>
    </message>
    <message>
        <source>本机未安装语音朗读组件（{err}），请由工作人员宣读。</source>
        <translation>No text-to-speech component is installed ({err}); the clerk reads the text.</translation>
    </message>
    <message>
        <source>本机没有语音朗读引擎，请由工作人员宣读。</source>
        <translation>No text-to-speech engine on this computer; the clerk reads the text.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>统计报表</source>
        <translation>Statistics and reports</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>证明事项</source>
        <translation>Proof item</translation>
    </message>
    <message>
        <source>时间粒度</source>
        <translation>Time unit</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All offices</translation>
    </message>
    <message>
        <source>全部事项</source>
        <translation>All items</translation>
    </message>
    <message>
        <source>期间(&amp;F)</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>至(&amp;T)</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>单位(&amp;O)</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <source>事项(&amp;I)</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <source>粒度(&amp;G)</source>
        <translation>&amp;Group by</translation>
    </message>
    <message>
        <source>司法局报送(&amp;B)…</source>
        <translation>Report to the Justice &amp;Bureau…</translation>
    </message>
    <message>
        <source>公开登记簿(&amp;D)…</source>
        <translation>&amp;Disclosure register…</translation>
    </message>
    <message>
        <source>正在统计……</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>统计期间：{period}</source>
        <translation>Period: {period}</translation>
    </message>
    <message>
        <source>导出统计表</source>
        <translation>Export the table</translation>
    </message>
    <message>
        <source>未能导出</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>立即同步(&amp;S)</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>培训数据不同步</source>
        <translation>Training data is not synchronised</translation>
    </message>
    <message>
        <source>未登记到中心</source>
        <translation>Not enrolled with central</translation>
    </message>
    <message>
        <source>上次同步：{t}</source>
        <translation>Last sync: {t}</translation>
    </message>
    <message>
        <source>尚未同步</source>
        <translation>Not yet synchronised</translation>
    </message>
    <message>
        <source>冲突 {n} 条待中心核对</source>
        <translation>{n} conflict(s) awaiting central review</translation>
    </message>
    <message>
        <source>正在同步…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>同步未完成</source>
        <translation>Sync not completed</translation>
    </message>
    <message>
        <source>无法同步</source>
        <translation>Cannot synchronise</translation>
    </message>
</context>
<context>
    <name>TaskRecordDialog</name>
    <message>
        <source>核查记录 — {no}</source>
        <translation>Verification record — {no}</translation>
    </message>
    <message>
        <source>核查依据：{rule}</source>
        <translation>Verification rule: {rule}</translation>
    </message>
    <message>
        <source>{at:%Y-%m-%d %H:%M} {user}：{label}。{note}</source>
        <translation>{at:%Y-%m-%d %H:%M} {user}: {label}. {note}</translation>
    </message>
    <message>
        <source>{at:%Y-%m-%d} 向 {office} 发出协助核查函，回复期限 {due}</source>
        <translation>{at:%Y-%m-%d} assistance request sent to {office}, reply due {due}</translation>
    </message>
    <message>
        <source>书面拒绝</source>
        <translation>written refusal</translation>
    </message>
    <message>
        <source>书面回复</source>
        <translation>written reply</translation>
    </message>
    <message>
        <source>&#x3000;{day} 收到{kind}：{text}</source>
        <translation>  {day} received {kind}: {text}</translation>
    </message>
    <message>
        <source>已存附件</source>
        <translation>Stored attachments</translation>
    </message>
    <message>
        <source>另存附件(&amp;S)…</source>
        <translation>&amp;Save attachment as…</translation>
    </message>
    <message>
        <source>保存附件</source>
        <translation>Save attachment</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>添加用户(&amp;A)</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <source>重设密码(&amp;R)…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>停用/启用(&amp;D)</source>
        <translation>&amp;Disable/enable</translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>角色：</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>初始密码：</source>
        <translation>Initial password:</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>{user} 的新密码：</source>
        <translation>New password for {user}:</translation>
    </message>
</context>
<context>
    <name>VerificationQueueDialog</name>
    <message>
        <source>核查任务</source>
        <translation>Verification tasks</translation>
    </message>
    <message>
        <source>按核查方式筛选</source>
        <translation>Filter by verification method</translation>
    </message>
    <message>
        <source>全部核查方式</source>
        <translation>All verification methods</translation>
    </message>
    <message>
        <source>按事项筛选</source>
        <translation>Filter by item</translation>
    </message>
    <message>
        <source>显示已核查(&amp;D)</source>
        <translation>Show verifie&amp;d</translation>
    </message>
    <message>
        <source>核查任务列表</source>
        <translation>Verification task list</translation>
    </message>
    <message>
        <source>记录核查结果(&amp;R)…</source>
        <translation>&amp;Record the result…</translation>
    </message>
    <message>
        <source>协助核查函(&amp;P)…</source>
        <translation>Assistance request (&amp;P)…</translation>
    </message>
    <message>
        <source>登记协查回复(&amp;A)…</source>
        <translation>Register the reply (&amp;A)…</translation>
    </message>
    <message>
        <source>核查记录与附件(&amp;H)…</source>
        <translation>Record and attac&amp;hments…</translation>
    </message>
    <message>
        <source>核查方式</source>
        <translation>Verification method</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>剩余工作日</source>
        <translation>Working days left</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>证明事项</source>
        <translation>Proof item</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>逾期 {o} 件 · 今日到期 {t} 件 · 未到期 {u} 件</source>
        <translation>{o} overdue · {t} due today · {u} not yet due</translation>
    </message>
    <message>
        <source>逾期 {n}</source>
        <translation>overdue {n}</translation>
    </message>
    <message>
        <source>全部事项</source>
        <translation>All items</translation>
    </message>
    <message>
        <source>没有待核查的任务。</source>
        <translation>No verification tasks.</translation>
    </message>
    <message>
        <source>核查依据：{rule}</source>
        <translation>Verification rule: {rule}</translation>
    </message>
    <message>
        <source>⚠ {w}</source>
        <translation>⚠ {w}</translation>
    </message>
    <message>
        <source>登记协查回复</source>
        <translation>Register the reply</translation>
    </message>
    <message>
        <source>该案件尚未发出协助核查函。</source>
        <translation>No assistance request has been sent for this case yet.</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <source>撤回承诺 — {no}</source>
        <translation>Withdraw the promise — {no}</translation>
    </message>
    <message>
        <source>撤回理由</source>
        <translation>Reason for withdrawal</translation>
    </message>
    <message>
        <source>申请人撤回承诺的理由，如：决定提交证明材料</source>
        <translation>Why the applicant withdraws, e.g. decided to submit the certificate</translation>
    </message>
    <message>
        <source>办结前申请人可以撤回承诺；撤回后按原程序办理，申请人须提交证明材料。撤回不视为不实承诺。</source>
        <translation>Until the case is concluded the applicant may withdraw the promise; the ordinary procedure then applies and the certificate must be submitted. A withdrawal is not a false promise.</translation>
    </message>
    <message>
        <source>撤回理由(&amp;R)：</source>
        <translation>&amp;Reason for withdrawal:</translation>
    </message>
    <message>
        <source>撤回并打印记录(&amp;W)</source>
        <translation>&amp;Withdraw and print the record</translation>
    </message>
    <message>
        <source>撤回承诺记录 {no}</source>
        <translation>Withdrawal record {no}</translation>
    </message>
</context>
<context>
    <name>_CaseFormDialog</name>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_FigureThread</name>
    <message>
        <source>统计出错：{e}</source>
        <translation>Statistics failed: {e}</translation>
    </message>
</context>
<context>
    <name>_FilingFields</name>
    <message>
        <source>生效日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>调整原因</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>如：按区司法局2026年第3号通知调整</source>
        <translation>e.g. adjusted per district justice bureau notice No. 3 of 2026</translation>
    </message>
    <message>
        <source>已向司法行政部门备案，备案日期：</source>
        <translation>Filed with the justice administration on:</translation>
    </message>
    <message>
        <source>备案日期</source>
        <translation>Filing date</translation>
    </message>
    <message>
        <source>生效日期(&amp;E)：</source>
        <translation>&amp;Effective date:</translation>
    </message>
    <message>
        <source>调整原因(&amp;R)：</source>
        <translation>&amp;Reason for the change:</translation>
    </message>
</context>
<context>
    <name>_PeriodDialog</name>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>开始日期(&amp;F)</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>结束日期(&amp;T)</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>未能导出</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>_SyncThread</name>
    <message>
        <source>同步已取消。</source>
        <translation>Sync cancelled.</translation>
    </message>
    <message>
        <source>同步出错：{error}</source>
        <translation>Sync error: {error}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>告知承诺制窗口受理</source>
        <extracomment>How often the running app checks whether today&apos;s automatic backup is still due.</extracomment>
        <translation>Notify-and-promise counter</translation>
    </message>
    <message>
        <source>无法访问数据目录 {path}（{reason}）。</source>
        <translation>Cannot access the data directory {path} ({reason}).</translation>
    </message>
    <message>
        <source>无法打开本机数据</source>
        <translation>Cannot open this computer&apos;s data</translation>
    </message>
    <message>
        <source>自动备份未完成</source>
        <translation>Automatic backup not completed</translation>
    </message>
    <message>
        <source>{error}

本机数据未受影响。请检查备份位置，或联系管理员。</source>
        <translation>{error}

The data on this computer is not affected. Check the backup location or contact the administrator.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>无法读取印章图片：{reason}</source>
        <translation>Cannot read the seal image: {reason}</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>窗口受理员</source>
        <translation>Counter clerk</translation>
    </message>
    <message>
        <source>核查员</source>
        <translation>Verifier</translation>
    </message>
    <message>
        <source>单位管理员</source>
        <translation>Office administrator</translation>
    </message>
    <message>
        <source>审计员</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>当前角色“{role}”无权执行此操作。</source>
        <translation>The current role &quot;{role}&quot; may not do this.</translation>
    </message>
    <message>
        <source>密码至少10位</source>
        <translation>at least 10 characters</translation>
    </message>
    <message>
        <source>须包含大写字母、小写字母、数字、符号中的至少三类</source>
        <translation>at least three of: capital letters, small letters, digits, symbols</translation>
    </message>
    <message>
        <source>不得包含用户名</source>
        <translation>must not contain the user name</translation>
    </message>
    <message>
        <source>重复字符过多</source>
        <translation>too many repeated characters</translation>
    </message>
    <message>
        <source>居民身份证</source>
        <translation>Resident identity card</translation>
    </message>
    <message>
        <source>港澳台居民居住证</source>
        <translation>Residence permit for Hong Kong, Macao and Taiwan residents</translation>
    </message>
    <message>
        <source>外国人永久居留身份证</source>
        <translation>Foreigner&apos;s permanent residence ID card</translation>
    </message>
    <message>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>个人申请人不能使用统一社会信用代码，请选择身份证件类型。</source>
        <translation>A person cannot use a unified social credit code; choose an identity document type.</translation>
    </message>
    <message>
        <source>请核验申请人本人持有的有效身份证件原件，并确认本人到场。</source>
        <translation>Check the original of the applicant&apos;s own valid ID and confirm the applicant is present.</translation>
    </message>
    <message>
        <source>请填写单位全称（2至100字）。</source>
        <translation>Enter the organisation&apos;s full name (2 to 100 characters).</translation>
    </message>
    <message>
        <source>请核验营业执照（登记证书）原件及签字人的有效身份证件原件。</source>
        <translation>Check the original business licence (registration certificate) and the signer&apos;s original valid ID.</translation>
    </message>
    <message>
        <source>请填写特别授权委托书的编号或文号。</source>
        <translation>Enter the number or reference of the special power of attorney.</translation>
    </message>
    <message>
        <source>请核验代理人本人身份证件原件。</source>
        <translation>Check the original of the agent&apos;s own ID.</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已告知</source>
        <translation>Notified</translation>
    </message>
    <message>
        <source>已签署</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>核查中</source>
        <translation>Being verified</translation>
    </message>
    <message>
        <source>核查属实</source>
        <translation>Verified true</translation>
    </message>
    <message>
        <source>核查不实</source>
        <translation>Verified false</translation>
    </message>
    <message>
        <source>已撤回承诺</source>
        <translation>Promise withdrawn</translation>
    </message>
    <message>
        <source>提交证明办理</source>
        <translation>Certificate procedure</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>申请人选择提交证明</source>
        <translation>The applicant chose to submit the certificate</translation>
    </message>
    <message>
        <source>申请人不适用告知承诺制（信用记录）</source>
        <translation>Notify-and-promise does not apply to the applicant (credit record)</translation>
    </message>
    <message>
        <source>申请人不同意公开承诺书</source>
        <translation>The applicant did not agree to publication of the promise</translation>
    </message>
    <message>
        <source>申请人撤回承诺</source>
        <translation>The applicant withdrew the promise</translation>
    </message>
    <message>
        <source>只有已撤回承诺的案件才能以“撤回”为由转为提交证明办理。</source>
        <extracomment>Facts that do not move the case: the state stays, the event is still stored and synced.</extracomment>
        <translation>Only a case whose promise was withdrawn can switch to the certificate path for that reason.</translation>
    </message>
    <message>
        <source>无法核查须写明原因。</source>
        <translation>Give the reason why the check is not possible.</translation>
    </message>
    <message>
        <source>撤回承诺须写明理由。</source>
        <translation>Give the reason for withdrawing the promise.</translation>
    </message>
    <message>
        <source>案件当前状态为“{label}”：事项已办结，不能再撤回承诺。</source>
        <translation>The case is &quot;{label}&quot;: the matter is concluded and the promise can no longer be withdrawn.</translation>
    </message>
    <message>
        <source>案件当前状态为“{label}”：承诺已被认定不实，不能撤回。</source>
        <translation>The case is &quot;{label}&quot;: the promise has been found false and cannot be withdrawn.</translation>
    </message>
    <message>
        <source>办结须写明办理结果。</source>
        <translation>Concluding requires the outcome.</translation>
    </message>
    <message>
        <source>办结日期不能晚于今天。</source>
        <translation>The conclusion date cannot be after today.</translation>
    </message>
    <message>
        <source>办结日期不能早于案件受理日期。</source>
        <translation>The conclusion date cannot be before the case was received.</translation>
    </message>
    <message>
        <source>未知的案件记录类型“{kind}”。</source>
        <translation>Unknown kind of case record &quot;{kind}&quot;.</translation>
    </message>
    <message>
        <source>请先认定不实承诺，再记录处理措施。</source>
        <translation>Record the false-promise finding first, then the measures.</translation>
    </message>
    <message>
        <source>该案件已认定不实承诺；处理措施请在原认定下记录。</source>
        <translation>This case already has a false-promise finding; record measures under that finding.</translation>
    </message>
    <message>
        <source>该案件已确认打印、签字并盖章。</source>
        <translation>This case is already confirmed printed, signed and stamped.</translation>
    </message>
    <message>
        <source>单位编码“{office_code}”无效：应为2至12位大写字母或数字。</source>
        <translation>Office code &quot;{office_code}&quot; is invalid: it must be 2 to 12 capital letters or digits.</translation>
    </message>
    <message>
        <source>终端编码“{terminal_code}”无效：应为1至6位大写字母或数字。</source>
        <translation>Terminal code &quot;{terminal_code}&quot; is invalid: it must be 1 to 6 capital letters or digits.</translation>
    </message>
    <message>
        <source>当日案件序号超出范围。</source>
        <translation>The day&apos;s case sequence number is out of range.</translation>
    </message>
    <message>
        <source>国家安全</source>
        <extracomment>Matters in these areas may not use the promise route at all (domain.md, &quot;The catalog&quot;).</extracomment>
        <translation>national security</translation>
    </message>
    <message>
        <source>国家秘密</source>
        <translation>state secrets</translation>
    </message>
    <message>
        <source>公共安全</source>
        <translation>public safety</translation>
    </message>
    <message>
        <source>金融审慎监管</source>
        <translation>prudential financial supervision</translation>
    </message>
    <message>
        <source>生态环境保护</source>
        <translation>ecological and environmental protection</translation>
    </message>
    <message>
        <source>直接涉及人身健康、生命财产安全</source>
        <translation>matters directly concerning personal health and the safety of life and property</translation>
    </message>
    <message>
        <source>重要涉外事项</source>
        <translation>important foreign-related matters</translation>
    </message>
    <message>
        <source>网络数据核查</source>
        <translation>Online data check</translation>
    </message>
    <message>
        <source>现场核查</source>
        <translation>On-site check</translation>
    </message>
    <message>
        <source>协助核查</source>
        <translation>Assisted check</translation>
    </message>
    <message>
        <source>免于核查（日常监管）</source>
        <translation>No check (routine supervision)</translation>
    </message>
    <message>
        <source>藏文承诺条件应与汉文一一对应（汉文 {conditions} 条，藏文 {bo} 条）</source>
        <extracomment>Credit standings an item may give its own verification rule for (``credit_rules``).</extracomment>
        <translation>The Tibetan promise conditions must match the Chinese one to one (Chinese {conditions}, Tibetan {bo})</translation>
    </message>
    <message>
        <source>藏文材料应与汉文一一对应（汉文 {materials} 项，藏文 {bo} 项）</source>
        <translation>The Tibetan materials must match the Chinese one to one (Chinese {materials}, Tibetan {bo})</translation>
    </message>
    <message>
        <source>缺少协助核查单位的藏文</source>
        <translation>the Tibetan name of the assisting office is missing</translation>
    </message>
    <message>
        <source>缺少公开范围的藏文</source>
        <translation>the Tibetan publication scope is missing</translation>
    </message>
    <message>
        <source>核查方式“{method}”无效，应为 {allowed} 之一</source>
        <translation>verification method &quot;{method}&quot; is invalid; it must be one of {allowed}</translation>
    </message>
    <message>
        <source>协助核查须写明协助核查单位</source>
        <translation>assisted verification must name the assisting office</translation>
    </message>
    <message>
        <source>公开的事项须写明公开范围和公开期限</source>
        <translation>a published item must give the publication scope and period</translation>
    </message>
    <message>
        <source>失效日期早于生效日期</source>
        <translation>the end date is before the start date</translation>
    </message>
    <message>
        <source>涉及“{label}”的事项不得实行告知承诺制</source>
        <translation>items touching {label} may not use notify-and-promise</translation>
    </message>
    <message>
        <source>“{label}”领域的事项不得实行告知承诺制</source>
        <translation>items in the field &quot;{label}&quot; may not use notify-and-promise</translation>
    </message>
    <message>
        <source>承诺条件“{text}”是兜底条款，须写明具体条件</source>
        <translation>promise condition &quot;{text}&quot; is a catch-all clause; state the actual condition</translation>
    </message>
    <message>
        <source>应为一列规则（credit、method、time_limit_days）</source>
        <translation>must be a list of rules (credit, method, time_limit_days)</translation>
    </message>
    <message>
        <source>信用状况“{credit}”无效，应为 {allowed} 之一</source>
        <translation>credit status &quot;{credit}&quot; is invalid; it must be one of {allowed}</translation>
    </message>
    <message>
        <source>信用状况“{credit}”的规则重复</source>
        <translation>the rule for credit status &quot;{credit}&quot; is repeated</translation>
    </message>
    <message>
        <source>核查方式无效</source>
        <translation>invalid verification method</translation>
    </message>
    <message>
        <source>缺少必填内容</source>
        <translation>required content is missing</translation>
    </message>
    <message>
        <source>应为文字</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>应为整数</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>应不小于 {minimum}</source>
        <translation>must be at least {minimum}</translation>
    </message>
    <message>
        <source>缺少必填内容或不是“是/否”（true/false）</source>
        <translation>required content is missing or not yes/no (true/false)</translation>
    </message>
    <message>
        <source>日期“{value}”格式应为 YYYY-MM-DD</source>
        <translation>date &quot;{value}&quot; must be written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>应为一组字段</source>
        <translation>must be a group of fields</translation>
    </message>
    <message>
        <source>应为一列文字</source>
        <translation>must be a list of texts</translation>
    </message>
    <message>
        <source>至少应有 {minimum} 项</source>
        <translation>must have at least {minimum} entries</translation>
    </message>
    <message>
        <source>编码与版本 {code} v{version} 重复</source>
        <translation>code and version {code} v{version} are repeated</translation>
    </message>
    <message>
        <source>目录中没有第 {version} 版</source>
        <translation>the catalog has no version {version}</translation>
    </message>
    <message>
        <source>第 {later} 版的生效日期应晚于第 {earlier} 版的生效日期（{date}），两版有效期重叠</source>
        <translation>version {later} must take effect after version {earlier} ({date}); the two versions overlap</translation>
    </message>
    <message>
        <source>第 {earlier} 版的失效日期（{date}）不早于第 {later} 版的生效日期，两版有效期重叠</source>
        <translation>the end date of version {earlier} ({date}) is not before version {later} takes effect; the two versions overlap</translation>
    </message>
    <message>
        <source>{state}（待打印用印）</source>
        <extracomment>Sorts after every character (names may use CJK Extension B and later, beyond U+FFFF).</extracomment>
        <translation>{state} (awaiting printing and seal)</translation>
    </message>
    <message>
        <source>请输入{label}。</source>
        <translation>Enter the {label}.</translation>
    </message>
    <message>
        <source>曾作出不实承诺</source>
        <translation>made a false promise before</translation>
    </message>
    <message>
        <source>有严重失信记录</source>
        <translation>serious bad-credit record</translation>
    </message>
    <message>
        <source>有一般失信记录</source>
        <translation>ordinary bad-credit record</translation>
    </message>
    <message>
        <source>{kind}（{date}，{source}），尚未信用修复</source>
        <translation>{kind} ({date}, {source}), credit not yet repaired</translation>
    </message>
    <message>
        <source>{kind}（{date}，{source}）</source>
        <translation>{kind} ({date}, {source})</translation>
    </message>
    <message>
        <source>该申请人同一事项已有未办结案件 {no}，请核实是否重复申请</source>
        <translation>This applicant already has an open case {no} for the same item: check that this is not a duplicate application</translation>
    </message>
    <message>
        <source>{year}年{month}月{day}日</source>
        <translation>{year}-{month}-{day}</translation>
    </message>
    <message>
        <source>{label}中的出生日期“{digits}”（第7至14位）不是有效日期，请核对年、月、日是否录错。</source>
        <translation>{label}: the date of birth &quot;{digits}&quot; (characters 7 to 14) is not a valid date; check the year, month and day.</translation>
    </message>
    <message>
        <source>{label}中的出生日期为{date}，早于1900年1月1日，请核对第7至14位是否录错。</source>
        <translation>{label}: the date of birth {date} is before 1 January 1900; check characters 7 to 14.</translation>
    </message>
    <message>
        <source>{label}中的出生日期为{date}，晚于今天（{today}），请核对第7至14位是否录错。</source>
        <translation>{label}: the date of birth {date} is after today ({today}); check characters 7 to 14.</translation>
    </message>
    <message>
        <source>计算校验位需要17位数字。</source>
        <translation>The check digit needs 17 digits.</translation>
    </message>
    <message>
        <source>请核对是否漏输或多输了数字。</source>
        <translation>Check for a missing or extra digit.</translation>
    </message>
    <message>
        <source>15位的一代证号码已停止使用，请按证件上的18位号码录入。</source>
        <translation>The 15-digit first-generation numbers are no longer used; enter the 18-character number on the card.</translation>
    </message>
    <message>
        <source>{label}应为18位，当前为{n}位。{hint}</source>
        <translation>The {label} must have 18 characters, not {n}. {hint}</translation>
    </message>
    <message>
        <source>{label}第{i}位{char}无效：前17位只能是数字，请核对。</source>
        <translation>{label}: character {i} {char} is invalid: the first 17 must be digits.</translation>
    </message>
    <message>
        <source>{label}第18位{char}无效：最后一位只能是数字或字母X，请核对。</source>
        <translation>{label}: character 18 {char} is invalid: the last one must be a digit or the letter X.</translation>
    </message>
    <message>
        <source>{label}校验位错误：按前17位计算最后一位应为 {expected}，录入的是 {typed}。任何一位录错都会导致校验失败，请对照证件逐位核对，不要只改最后一位。</source>
        <translation>{label}: wrong check character: from the first 17 the last one should be {expected}, {typed} was entered. Any wrong character makes the check fail: compare every character with the card, do not just change the last one.</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <source>请输入身份证号码。</source>
        <translation>Enter the ID card number.</translation>
    </message>
    <message>
        <source>以“{prefix}”开头的是港澳台居民居住证号码，请将证件类型改选为“港澳台居民居住证”。</source>
        <translation>Numbers starting with &quot;{prefix}&quot; are Hong Kong, Macao and Taiwan residence permits: change the document type to that permit.</translation>
    </message>
    <message>
        <source>请核对前两位是否录错。</source>
        <translation>Check the first two digits.</translation>
    </message>
    <message>
        <source>以9开头的18位号码可能是外国人永久居留身份证，如是请改选该证件类型。</source>
        <translation>An 18-character number starting with 9 may be a foreigner&apos;s permanent residence ID card; if so, choose that document type.</translation>
    </message>
    <message>
        <source>身份证号码前两位“{province}”不是有效的省级行政区划代码。{hint}</source>
        <translation>The first two digits &quot;{province}&quot; of the ID card number are not a valid province code. {hint}</translation>
    </message>
    <message>
        <source>港澳台居民居住证号码</source>
        <translation>residence permit number</translation>
    </message>
    <message>
        <source>请输入港澳台居民居住证号码。</source>
        <translation>Enter the residence permit number.</translation>
    </message>
    <message>
        <source>请核对前6位。</source>
        <translation>Check the first 6 digits.</translation>
    </message>
    <message>
        <source>这看起来是居民身份证号码，如是请将证件类型改选为“居民身份证”。</source>
        <translation>This looks like a resident identity card number; if so, change the document type to &quot;Resident identity card&quot;.</translation>
    </message>
    <message>
        <source>港澳台居民居住证号码前6位应为810000（香港）、820000（澳门）或830000（台湾），当前为“{prefix}”。{hint}</source>
        <translation>The first 6 digits of a residence permit number must be 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan), not &quot;{prefix}&quot;. {hint}</translation>
    </message>
    <message>
        <source>永居证号码</source>
        <translation>permanent residence ID number</translation>
    </message>
    <message>
        <source>请输入外国人永久居留身份证号码。</source>
        <translation>Enter the foreigner&apos;s permanent residence ID number.</translation>
    </message>
    <message>
        <source>旧版永居证号码第{i}位{char}无效：15位号码应为3位英文字母（国籍代码）加12位数字。</source>
        <translation>Old permanent residence ID number: character {i} {char} is invalid: 15-character numbers are 3 Latin letters (nationality code) and 12 digits.</translation>
    </message>
    <message>
        <source>旧版永居证号码第{i}位{char}无效：15位号码的第4至15位只能是数字。</source>
        <translation>Old permanent residence ID number: character {i} {char} is invalid: characters 4 to 15 must be digits.</translation>
    </message>
    <message>
        <source>外国人永久居留身份证号码应为18位（2023年版）或15位（旧版），当前为{n}位。请核对是否漏输或多输。</source>
        <translation>A foreigner&apos;s permanent residence ID number has 18 characters (2023 version) or 15 (older versions), not {n}. Check for a missing or extra character.</translation>
    </message>
    <message>
        <source>请核对第1位。</source>
        <translation>Check the first character.</translation>
    </message>
    <message>
        <source>这看起来是港澳台居民居住证号码，如是请改选该证件类型。</source>
        <translation>This looks like a Hong Kong, Macao and Taiwan residence permit number; if so, choose that document type.</translation>
    </message>
    <message>
        <source>2023年版永居证号码应以9开头，当前为“{first}”。{hint}</source>
        <translation>A 2023 permanent residence ID number starts with 9, not &quot;{first}&quot;. {hint}</translation>
    </message>
    <message>
        <source>永居证号码第2至3位“{code}”不是有效的受理地省级行政区划代码，请核对。</source>
        <translation>Characters 2 to 3 &quot;{code}&quot; of the permanent residence ID number are not a valid province code of the issuing office.</translation>
    </message>
    <message>
        <source>护照号码</source>
        <translation>passport number</translation>
    </message>
    <message>
        <source>请输入护照号码。</source>
        <translation>Enter the passport number.</translation>
    </message>
    <message>
        <source>护照号码第{i}位{char}无效：只能包含英文字母和数字（不含横线等符号），请对照护照资料页录入。</source>
        <translation>Passport number: character {i} {char} is invalid: only Latin letters and digits (no hyphens or other signs); copy it from the passport&apos;s data page.</translation>
    </message>
    <message>
        <source>护照号码应为5至20位，当前为{n}位。中国护照通常为9位（如 E12345678），请核对。</source>
        <translation>A passport number has 5 to 20 characters, not {n}. Chinese passports usually have 9 (e.g. E12345678).</translation>
    </message>
    <message>
        <source>计算校验码需要17位统一社会信用代码字符。</source>
        <translation>The check character needs 17 characters of a unified social credit code.</translation>
    </message>
    <message>
        <source>计算组织机构代码校验码需要8位数字或大写字母。</source>
        <translation>The organisation code check character needs 8 digits or capital letters.</translation>
    </message>
    <message>
        <source>请输入统一社会信用代码。</source>
        <translation>Enter the unified social credit code.</translation>
    </message>
    <message>
        <source>请核对是否漏输或多输。</source>
        <translation>Check for a missing or extra character.</translation>
    </message>
    <message>
        <source>这可能是旧的组织机构代码或注册号，请录入营业执照或登记证书上的18位统一社会信用代码。</source>
        <translation>This may be an old organisation code or registration number: enter the 18-character unified social credit code on the business licence or registration certificate.</translation>
    </message>
    <message>
        <source>统一社会信用代码应为18位，当前为{n}位。{hint}</source>
        <translation>A unified social credit code has 18 characters, not {n}. {hint}</translation>
    </message>
    <message>
        <source>代码中不使用字母 I、O、Z、S、V，是否应为“{char}”？</source>
        <translation>The code does not use the letters I, O, Z, S, V: should it be &quot;{char}&quot;?</translation>
    </message>
    <message>
        <source>只能是数字或大写字母（不含 I、O、Z、S、V）。</source>
        <translation>only digits or capital letters (not I, O, Z, S, V).</translation>
    </message>
    <message>
        <source>{label}第{i}位{char}无效：{detail}</source>
        <translation>{label}: character {i} {char} is invalid: {detail}</translation>
    </message>
    <message>
        <source>{label}第1位（登记管理部门代码）“{char}”无效，应为1至9、A至G、N或Y，请核对。</source>
        <translation>{label}: the first character (registration authority) &quot;{char}&quot; is invalid; it must be 1 to 9, A to G, N or Y.</translation>
    </message>
    <message>
        <source>{label}第{i}位{char}无效：第3至8位为登记管理机关行政区划码，只能是数字。</source>
        <translation>{label}: character {i} {char} is invalid: characters 3 to 8 are the registration authority&apos;s area code and must be digits.</translation>
    </message>
    <message>
        <source>{label}第9至17位（组织机构代码）校验不符：按第9至16位计算第17位应为 {expected}，录入的是 {typed}。任何一位录错都会导致校验失败，请逐位核对。</source>
        <translation>{label}: characters 9 to 17 (organisation code) do not check: from characters 9 to 16 the 17th should be {expected}, {typed} was entered. Any wrong character makes the check fail: compare every character.</translation>
    </message>
    <message>
        <source>{label}校验码错误：按前17位计算最后一位应为 {expected}，录入的是 {typed}。任何一位录错都会导致校验失败，请对照证照逐位核对。</source>
        <translation>{label}: wrong check character: from the first 17 the last one should be {expected}, {typed} was entered. Any wrong character makes the check fail: compare every character with the licence.</translation>
    </message>
    <message>
        <source>不支持的证件类型“{kind}”，请重新选择证件类型。</source>
        <translation>Unsupported document type &quot;{kind}&quot;; choose the document type again.</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>telephone number</translation>
    </message>
    <message>
        <source>请输入联系电话。</source>
        <translation>Enter the telephone number.</translation>
    </message>
    <message>
        <source>联系电话中含有无效字符{char}，只能录入数字、区号括号、横线和分机号。</source>
        <translation>The telephone number contains the invalid character {char}; only digits, brackets around the area code, hyphens and an extension.</translation>
    </message>
    <message>
        <source>带国际区号 +86 时只支持11位手机号码；固定电话请录入以0开头的区号，例如 010-62345678。</source>
        <translation>With the +86 country code only 11-digit mobile numbers are accepted; enter landlines with the area code starting with 0, e.g. 010-62345678.</translation>
    </message>
    <message>
        <source>手机号码只能包含数字，请核对。</source>
        <translation>A mobile number contains digits only.</translation>
    </message>
    <message>
        <source>手机号码应为11位，当前为{n}位，请核对。</source>
        <translation>A mobile number has 11 digits, not {n}.</translation>
    </message>
    <message>
        <source>手机号码“{number}”的第二位应为3至9，请核对。</source>
        <translation>The second digit of the mobile number &quot;{number}&quot; must be 3 to 9.</translation>
    </message>
    <message>
        <source>分机号应为1至6位数字，请核对。</source>
        <translation>An extension has 1 to 6 digits.</translation>
    </message>
    <message>
        <source>“{text}”不是有效的电话号码。手机号码应为11位（如 13812345678），固定电话应为区号加7至8位本地号码（本地号码不以0或1开头，如 010-62345678、0755-2345678），请核对。</source>
        <translation>&quot;{text}&quot; is not a valid telephone number. A mobile number has 11 digits (e.g. 13812345678); a landline is an area code and a 7- or 8-digit local number not starting with 0 or 1 (e.g. 010-62345678, 0755-2345678).</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>name</translation>
    </message>
    <message>
        <source>请输入姓名。</source>
        <translation>Enter the name.</translation>
    </message>
    <message>
        <source>姓名最多{most}个字，当前为{n}个字，请核对。</source>
        <translation>A name has at most {most} characters, not {n}.</translation>
    </message>
    <message>
        <source>姓名中不能包含数字（第{i}个字{char}），请核对。</source>
        <translation>A name cannot contain digits (character {i} {char}).</translation>
    </message>
    <message>
        <source>姓名第{i}个字{char}无效：姓名只能包含汉字、英文字母、藏文，以及空格和间隔号“·”。</source>
        <translation>Character {i} {char} of the name is invalid: a name may contain Chinese characters, Latin letters, Tibetan, spaces and the middle dot &quot;·&quot; only.</translation>
    </message>
    <message>
        <source>姓名不能以间隔号或其他符号开头或结尾，请核对。</source>
        <translation>A name cannot start or end with a middle dot or another sign.</translation>
    </message>
    <message>
        <source>姓名中的“{pair}”连续出现了两个分隔符号，请核对。</source>
        <translation>The name has two separators in a row: &quot;{pair}&quot;.</translation>
    </message>
    <message>
        <source>{first}；{then}</source>
        <extracomment>The translation context of every text marked outside ui/.</extracomment>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <source>尚未签名：请申请人在签名区内手写签名。</source>
        <extracomment>A point: x, y in canvas pixels, pressure 0..1 (1.0 when the device reports none), t in ms.</extracomment>
        <translation>Not signed yet: the applicant signs by hand in the signature area.</translation>
    </message>
    <message>
        <source>签名过于简单（仅一点或一短划）：请清除后由申请人完整签写姓名。</source>
        <translation>The signature is too simple (a dot or one short stroke): clear it and have the applicant write the full name.</translation>
    </message>
    <message>
        <source>本终端已完成初始设置。</source>
        <translation>This terminal is already set up.</translation>
    </message>
    <message>
        <source>请填写受理单位名称。</source>
        <translation>Enter the office name.</translation>
    </message>
    <message>
        <source>单位编码应为2至12位大写字母或数字（如行政区划代码 540102）。</source>
        <translation>The office code is 2 to 12 capital letters or digits (e.g. the area code 540102).</translation>
    </message>
    <message>
        <source>终端编码应为1至6位大写字母或数字（如 W01）。</source>
        <translation>The terminal code is 1 to 6 capital letters or digits (e.g. W01).</translation>
    </message>
    <message>
        <source>窗口电话：{error}</source>
        <translation>Window telephone: {error}</translation>
    </message>
    <message>
        <source>用户名应为3至32位小写字母、数字或 _ . -，以字母开头。</source>
        <translation>The user name is 3 to 32 small letters, digits or _ . -, starting with a letter.</translation>
    </message>
    <message>
        <source>请填写姓名。</source>
        <translation>Enter the name.</translation>
    </message>
    <message>
        <source>密码强度不足：{problems}。</source>
        <translation>The password is too weak: {problems}.</translation>
    </message>
    <message>
        <source>用户名 {username} 已存在。</source>
        <translation>The user name {username} already exists.</translation>
    </message>
    <message>
        <source>用户名或密码错误。</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>连续输错密码次数过多，账户已锁定，请 {minutes} 分钟后再试。</source>
        <translation>Too many wrong passwords in a row: the account is locked; try again in {minutes} minutes.</translation>
    </message>
    <message>
        <source>新密码强度不足：{problems}。</source>
        <translation>The new password is too weak: {problems}.</translation>
    </message>
    <message>
        <source>账户不存在。</source>
        <translation>The account does not exist.</translation>
    </message>
    <message>
        <source>原密码不正确。</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>新密码不能与原密码相同。</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>用户 {username} 不存在。</source>
        <translation>The user {username} does not exist.</translation>
    </message>
    <message>
        <source>不能停用自己的账户。</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>尚未完成一次性告知：请向申请人完整告知后再继续。</source>
        <extracomment>代签: the applicant cannot write; this person signs for them, the applicant adds a fingerprint. How the notice was read aloud: &quot;&quot; (by the clerk, or not at all) or &quot;speech&quot; (text-to-speech).</extracomment>
        <translation>The one-time notice is not complete: give the applicant the whole notice, then continue.</translation>
    </message>
    <message>
        <source>请选择证明事项。</source>
        <translation>Choose the proof item.</translation>
    </message>
    <message>
        <source>请填写申请人身份信息。</source>
        <translation>Enter the applicant&apos;s identity.</translation>
    </message>
    <message>
        <source>本事项没有{language}文本，请选择汉文告知承诺书。</source>
        <translation>This item has no {language} text; please choose the Chinese letter.</translation>
    </message>
    <message>
        <source>未知的告知书语言“{letter_language}”。</source>
        <translation>Unknown letter language &quot;{letter_language}&quot;.</translation>
    </message>
    <message>
        <source>申请人不适用告知承诺制，应转为提交证明办理。</source>
        <translation>Notify-and-promise does not apply to the applicant: switch to submitting the certificate.</translation>
    </message>
    <message>
        <source>本事项不允许代为承诺，须由申请人本人承诺。</source>
        <translation>This item does not allow promising by proxy: the applicant must promise in person.</translation>
    </message>
    <message>
        <source>本事项承诺书须公开；申请人不同意公开的，应提交证明办理。</source>
        <translation>The promise for this item is published; if the applicant does not agree, the certificate must be submitted.</translation>
    </message>
    <message>
        <source>尚未签名。</source>
        <translation>Not signed yet.</translation>
    </message>
    <message>
        <source>已由代理人代为承诺的，由代理人本人签名，不能再由他人代签。</source>
        <translation>When an agent promised on the applicant&apos;s behalf, the agent signs in person; nobody else may sign for them.</translation>
    </message>
    <message>
        <source>代签仅适用于不能书写的个人申请人。</source>
        <translation>Signing on someone&apos;s behalf is only for individual applicants who cannot write.</translation>
    </message>
    <message>
        <source>代签人不能是申请人本人。</source>
        <translation>The person signing on the applicant&apos;s behalf cannot be the applicant.</translation>
    </message>
    <message>
        <source>{what}应在 {low} 至 {high} 之间。</source>
        <translation>{what} must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>未同步天数上限</source>
        <translation>Maximum days without sync</translation>
    </message>
    <message>
        <source>信用记录更新天数上限</source>
        <translation>Maximum days without credit update</translation>
    </message>
    <message>
        <source>最低剩余磁盘空间（MB）</source>
        <translation>Minimum free disk space (MB)</translation>
    </message>
    <message>
        <source>案件（最早一件 {case_no}）</source>
        <extracomment>How free space is measured (a seam for tests).</extracomment>
        <translation>cases (oldest {case_no})</translation>
    </message>
    <message>
        <source>业务记录</source>
        <translation>records</translation>
    </message>
    <message>
        <source>已签署的{what}已 {days} 天未同步到中心（上限 {limit} 天），为防止案件只保存在本机，暂停受理新案件。请连接网络后点“立即同步”；没有网络的，请管理员导出 U 盘数据包交中心导入，再导入中心回执。</source>
        <translation>Signed {what} have not reached central for {days} days (limit {limit} days): new cases are suspended so that cases are not kept on this computer only. Connect to the network and click &quot;Sync now&quot;; without a network, the administrator exports a USB bundle for central to import, then imports central&apos;s receipt.</translation>
    </message>
    <message>
        <source>已签署的{what}已 {days} 天未同步到中心，超过 {limit} 天将暂停受理新案件。请尽快连接网络同步，或由管理员导出 U 盘数据包。</source>
        <translation>Signed {what} have not reached central for {days} days; after {limit} days new cases will be suspended. Sync soon, or have the administrator export a USB bundle.</translation>
    </message>
    <message>
        <source>本机信用记录已 {days} 天未从中心更新（上限 {limit} 天），无法可靠核查申请人是否有失信或不实承诺记录，暂停受理新案件。请连接网络同步后再受理。</source>
        <translation>The credit records on this computer have not been updated from central for {days} days (limit {limit} days): false promises and bad credit cannot be checked reliably, so new cases are suspended. Sync, then accept cases again.</translation>
    </message>
    <message>
        <source>本机信用记录已 {days} 天未从中心更新，超过 {limit} 天将暂停受理新案件。请尽快连接网络同步。</source>
        <translation>The credit records on this computer have not been updated from central for {days} days; after {limit} days new cases will be suspended. Sync soon.</translation>
    </message>
    <message>
        <source>数据目录所在磁盘仅剩 {free} MB（最低 {least} MB），新案件及其告知承诺书可能无法保存，暂停受理新案件。请清理磁盘或联系管理员扩容。</source>
        <translation>Only {free} MB are left on the disk of the data directory (minimum {least} MB): new cases and their letters may not be saved, so new cases are suspended. Free disk space or ask the administrator to add more.</translation>
    </message>
    <message>
        <source>数据目录所在磁盘仅剩 {free} MB，低于 {least} MB 时将暂停受理新案件。请尽快清理磁盘或联系管理员。</source>
        <translation>Only {free} MB are left on the disk of the data directory; below {least} MB new cases will be suspended. Free disk space soon or contact the administrator.</translation>
    </message>
    <message>
        <source>印章图片过大（应小于 2 MB）。</source>
        <translation>The seal image is too large (it must be under 2 MB).</translation>
    </message>
    <message>
        <source>印章图片应为 PNG 格式（建议透明背景）。</source>
        <translation>The seal image must be a PNG (a transparent background is best).</translation>
    </message>
    <message>
        <source>无法识别印章图片，请选择 PNG 文件。</source>
        <translation>The seal image cannot be read; choose a PNG file.</translation>
    </message>
    <message>
        <source>没有找到案件 {case_no}。</source>
        <translation>Case {case_no} not found.</translation>
    </message>
    <message>
        <source>目录中缺少 {code} 第 {version} 版，无法重新生成文书。</source>
        <translation>The catalog lacks {code} version {version}; the letter cannot be regenerated.</translation>
    </message>
    <message>
        <source>案件 {case_no} 按提交证明办理，没有告知承诺书。</source>
        <translation>Case {case_no} follows the certificate procedure and has no notice-and-promise letter.</translation>
    </message>
    <message>
        <source>补打须写明原因（如：申请人遗失、打印卡纸）。</source>
        <translation>A reprint needs a reason (e.g. lost by the applicant, paper jam).</translation>
    </message>
    <message>
        <source>提交证明办理的案件没有告知承诺书，无需确认。</source>
        <translation>Cases following the certificate procedure have no letter to confirm.</translation>
    </message>
    <message>
        <source>不是本系统告知承诺书上的二维码。</source>
        <translation>This is not the QR code of a letter from this system.</translation>
    </message>
    <message>
        <source>本终端没有案件 {case_no} 的记录。</source>
        <translation>This terminal has no record of case {case_no}.</translation>
    </message>
    <message>
        <source>案件 {case_no} 的存储内容已被改动，与签署时不一致。</source>
        <translation>The stored content of case {case_no} has been altered and no longer matches what was signed.</translation>
    </message>
    <message>
        <source>二维码与案件 {case_no} 的内容不符：该文书可能是伪造或被改动的。</source>
        <translation>The QR code does not match case {case_no}: the letter may be forged or altered.</translation>
    </message>
    <message>
        <source>二维码与案件 {case_no} 的存储内容一致。</source>
        <translation>The QR code matches the stored content of case {case_no}.</translation>
    </message>
    <message>
        <source>与案件 {case_no} 存档的告知承诺书完全一致。</source>
        <translation>Identical to the archived letter of case {case_no}.</translation>
    </message>
    <message>
        <source>与案件 {case_no} 于 {day} 补打的文书完全一致。</source>
        <translation>Identical to the reprint of case {case_no} made on {day}.</translation>
    </message>
    <message>
        <source>文件自称案件 {case_no}，但与存档文书不一致：文件已被改动。</source>
        <translation>The file claims to be case {case_no} but differs from the archived letter: it has been altered.</translation>
    </message>
    <message>
        <source>不是本系统生成的告知承诺书，或文件已被改动。</source>
        <translation>Not a letter produced by this system, or the file has been altered.</translation>
    </message>
    <message>
        <source>目录中没有现行有效的事项 {code}。</source>
        <translation>The catalog has no item {code} in force.</translation>
    </message>
    <message>
        <source>无法读取 CA 证书文件：{error}</source>
        <extracomment>Tests (and the integration harness) put an httpx transport here to talk to a fake server.</extracomment>
        <translation>Cannot read the CA certificate file: {error}</translation>
    </message>
    <message>
        <source>登记码应为 6 至 64 位，请核对中心给出的一次性登记码。</source>
        <translation>The enrolment code must be 6 to 64 characters; please check the one-time code given by central.</translation>
    </message>
    <message>
        <source>本终端已登记且登记有效。如需重新登记，请先由中心停用原登记。</source>
        <translation>This terminal is already enrolled and the enrolment is valid. To enrol again, first have central revoke the old enrolment.</translation>
    </message>
    <message>
        <source>登记失败：{error}</source>
        <translation>Enrolment failed: {error}</translation>
    </message>
    <message>
        <source>登记码属于 {office} 单位的终端 {terminal}，与本终端（{our_office} 单位，终端 {our_terminal}）不符，未登记。请向中心核对登记码。</source>
        <translation>The enrolment code belongs to terminal {terminal} of office {office}, not to this terminal (office {our_office}, terminal {our_terminal}); not enrolled. Please check the code with central.</translation>
    </message>
    <message>
        <source>无法确认原登记是否仍有效（{error}），请在网络可用时重试。</source>
        <translation>Cannot confirm whether the old enrolment is still valid ({error}); please try again when the network is available.</translation>
    </message>
    <message>
        <source>本终端尚未登记到中心，无法同步。请管理员运行 desk-app enroll 登记，或用 U 盘数据包同步。</source>
        <translation>This terminal is not enrolled with central and cannot sync. Ask the administrator to run desk-app enroll, or sync with a USB data package.</translation>
    </message>
    <message>
        <source>同步正在进行中，请稍候。</source>
        <translation>A sync is already running; please wait.</translation>
    </message>
    <message>
        <source>本终端尚未登记到中心，没有数据包密钥。请先在有网络时登记一次（desk-app enroll）。</source>
        <translation>This terminal is not enrolled with central and has no data package key. Enrol once while online first (desk-app enroll).</translation>
    </message>
    <message>
        <source>无法读取回执文件 {file}：{error}</source>
        <translation>Cannot read the receipt file {file}: {error}</translation>
    </message>
    <message>
        <source>回执中的结果已登记，但中心下发的更新未能全部应用：{error}</source>
        <translation>The results in the receipt were recorded, but not all updates from central could be applied: {error}</translation>
    </message>
    <message>
        <source>无法读取本机数据库：{reason}。数据库文件保持原样，未作任何改动。</source>
        <extracomment>The newest migration. A database already there opens without loading alembic at all (start-up time); tests check this equals alembic&apos;s own head (a linear history).</extracomment>
        <translation>Cannot read this computer&apos;s database: {reason}. The database file has been left exactly as it was.</translation>
    </message>
    <message>
        <source>{text}可从备份恢复（本机共 {n} 个备份，最新的是 {newest}）。</source>
        <translation>{text} You can restore from a backup ({n} backups on this computer, the newest from {newest}).</translation>
    </message>
    <message>
        <source>{text}本机没有找到备份；如有 U 盘等处的备份，可从该备份恢复，或联系管理员。</source>
        <translation>{text} No backup was found on this computer; if you have a backup elsewhere (e.g. a USB drive), restore from it, or contact the administrator.</translation>
    </message>
    <message>
        <source>找不到密钥文件 key.json</source>
        <translation>The key file key.json is missing</translation>
    </message>
    <message>
        <source>该文件是其他程序的数据库，或已损坏</source>
        <translation>the file is another program&apos;s database, or it is damaged</translation>
    </message>
    <message>
        <source>本机数据库来自更新版本的程序（数据库版本 {version}），请升级本程序后再打开。</source>
        <translation>This computer&apos;s database comes from a newer version of the program (database version {version}); please upgrade this program before opening it.</translation>
    </message>
    <message>
        <source>密钥文件 key.json 已损坏</source>
        <translation>the key file key.json is damaged</translation>
    </message>
    <message>
        <source>找不到密钥文件 key.json（或数据库文件已损坏）</source>
        <translation>the key file key.json is missing (or the database file is damaged)</translation>
    </message>
    <message>
        <source>文件已损坏，或不是本程序的数据库</source>
        <translation>the file is damaged, or not this program&apos;s database</translation>
    </message>
    <message>
        <source>文件不完整（被截断）</source>
        <translation>the file is incomplete (truncated)</translation>
    </message>
    <message>
        <source>该文件无法用本机密钥打开：已损坏、不是本程序的备份，或属于另一数据加密口令</source>
        <translation>this file cannot be opened with this computer&apos;s key: it is damaged, not a backup of this program, or belongs to another data encryption passphrase</translation>
    </message>
    <message>
        <source>完整性检查失败（{error}）</source>
        <translation>integrity check failed ({error})</translation>
    </message>
    <message>
        <source>加密页校验失败（{n} 处），文件已损坏或被改动</source>
        <translation>encrypted page check failed ({n} places): the file is damaged or has been altered</translation>
    </message>
    <message>
        <source>数据库完整性检查未通过：{details}</source>
        <translation>database integrity check failed: {details}</translation>
    </message>
    <message>
        <source>不是本程序的数据库（缺少版本信息）</source>
        <translation>not this program&apos;s database (no version information)</translation>
    </message>
    <message>
        <source>数据库版本 {version} 不被本程序识别（可能来自更新版本的程序）</source>
        <translation>database version {version} is not known to this program (it may come from a newer version)</translation>
    </message>
    <message>
        <source>加密迁移校验未通过，原数据库未改动。请联系管理员。</source>
        <translation>The check after encrypting failed; the original database is unchanged. Please contact the administrator.</translation>
    </message>
    <message>
        <source>无法加密旧版数据库（{error}），原数据库未改动。</source>
        <translation>Cannot encrypt the old database ({error}); the original database is unchanged.</translation>
    </message>
    <message>
        <source>磁盘空间已满，本次操作未保存（已录入的内容仍在窗口中）。请清理磁盘或联系管理员后再试。</source>
        <translation>The disk is full; this action was not saved (what you entered is still in the window). Free some disk space or contact the administrator, then try again.</translation>
    </message>
    <message>
        <source>数据库正被另一程序占用，本次操作未保存。请稍后再试。</source>
        <translation>The database is in use by another program; this action was not saved. Please try again shortly.</translation>
    </message>
    <message>
        <source>数据目录不可写，本次操作未保存。请检查磁盘或权限。</source>
        <translation>The data folder cannot be written; this action was not saved. Please check the disk or permissions.</translation>
    </message>
    <message>
        <source>数据库错误，本次操作未保存：{error}</source>
        <translation>Database error; this action was not saved: {error}</translation>
    </message>
    <message>
        <source>数据包密钥格式不正确</source>
        <translation>The data package key has the wrong format</translation>
    </message>
    <message>
        <source>数据包密钥长度不正确（应为 32 字节）</source>
        <translation>The data package key has the wrong length (it must be 32 bytes)</translation>
    </message>
    <message>
        <source>终端标识无效</source>
        <translation>Invalid terminal identifier</translation>
    </message>
    <message>
        <source>这不是 desk_app 数据包文件</source>
        <translation>This is not a desk_app data package file</translation>
    </message>
    <message>
        <source>数据包不完整（文件被截断）</source>
        <translation>The data package is incomplete (the file is truncated)</translation>
    </message>
    <message>
        <source>数据包已损坏（文件头无法读取）</source>
        <translation>The data package is damaged (its header cannot be read)</translation>
    </message>
    <message>
        <source>数据包格式版本 {version} 不受支持</source>
        <translation>Data package format version {version} is not supported</translation>
    </message>
    <message>
        <source>数据包类型不符：这不是终端上传数据包</source>
        <translation>Wrong kind of data package: this is not a terminal&apos;s upload package</translation>
    </message>
    <message>
        <source>数据包类型不符：这不是中心回执数据包</source>
        <translation>Wrong kind of data package: this is not a receipt package from central</translation>
    </message>
    <message>
        <source>数据包无法解密：文件已损坏或被改动，或不是本终端的密钥</source>
        <translation>The data package cannot be decrypted: the file is damaged or altered, or the key is not this terminal&apos;s</translation>
    </message>
    <message>
        <source>数据包内容已损坏</source>
        <translation>The data package content is damaged</translation>
    </message>
    <message>
        <source>数据包过大</source>
        <translation>The data package is too large</translation>
    </message>
    <message>
        <source>数据包来自未登记的终端</source>
        <translation>The data package comes from a terminal that is not enrolled</translation>
    </message>
    <message>
        <source>数据包内容格式不正确</source>
        <translation>The data package content has the wrong format</translation>
    </message>
    <message>
        <source>数据包内容格式不正确（更新游标越界）</source>
        <translation>The data package content has the wrong format (update cursor out of range)</translation>
    </message>
    <message>
        <source>回执数据包内容格式不正确</source>
        <translation>The receipt package content has the wrong format</translation>
    </message>
    <message>
        <source>中心地址“{url}”无效，应形如 https://central.example.cn。</source>
        <translation>The central address &quot;{url}&quot; is invalid; it should look like https://central.example.cn.</translation>
    </message>
    <message>
        <source>中心地址使用未加密的 http://，数据会以明文经过网络，已拒绝。请使用 https:// 地址；确需在内网使用 http 的，由管理员明确开启“允许 http”设置。</source>
        <translation>The central address uses unencrypted http://, so data would cross the network in plain text; refused. Use an https:// address; if http is truly needed on an internal network, the administrator must explicitly turn on the &quot;allow http&quot; setting.</translation>
    </message>
    <message>
        <source>中心的应答格式不符（{path}）：{msg}</source>
        <translation>Central&apos;s answer has the wrong format ({path}): {msg}</translation>
    </message>
    <message>
        <source>连接中心超时，稍后自动重试。</source>
        <translation>Connecting to central timed out; will retry automatically later.</translation>
    </message>
    <message>
        <source>中心的 HTTPS 证书无法验证，已中止。请检查中心地址或管理员配置的 CA 证书。</source>
        <translation>Central&apos;s HTTPS certificate cannot be verified; stopped. Please check the central address or the CA certificate set by the administrator.</translation>
    </message>
    <message>
        <source>无法连接中心（网络不通或中心未运行），稍后自动重试。</source>
        <translation>Cannot reach central (no network, or central is not running); will retry automatically later.</translation>
    </message>
    <message>
        <source>中心不认可本终端的凭据，请管理员重新登记本终端。</source>
        <translation>Central does not accept this terminal&apos;s credentials; the administrator must enrol this terminal again.</translation>
    </message>
    <message>
        <source>本终端已被中心停用，请联系管理员。</source>
        <translation>This terminal has been revoked by central; please contact the administrator.</translation>
    </message>
    <message>
        <source>中心拒绝了本终端的请求（无权限）。</source>
        <translation>Central refused this terminal&apos;s request (not permitted).</translation>
    </message>
    <message>
        <source>中心暂时繁忙（{status}），稍后自动重试。</source>
        <translation>Central is busy at the moment ({status}); will retry automatically later.</translation>
    </message>
    <message>
        <source>一次发送的数据过多，改为分批发送。</source>
        <translation>Too much data for one request; sending in smaller batches.</translation>
    </message>
    <message>
        <source>中心拒绝了请求（HTTP {status}）。</source>
        <translation>Central refused the request (HTTP {status}).</translation>
    </message>
    <message>
        <source>本数据目录是培训数据，永不与中心同步（培训案件不是真实业务记录）。</source>
        <translation>This data folder holds training data and never syncs with central (training cases are not real records).</translation>
    </message>
    <message>
        <source>中心核验本机审计记录时发现第 {seq} 条起链接不符，已由中心标记。请联系管理员核查本机数据。</source>
        <translation>When checking this computer&apos;s audit records, central found that the chain breaks from entry {seq} on, and has flagged it. Please ask the administrator to check this computer&apos;s data.</translation>
    </message>
    <message>
        <source>发送 {sent} 条，中心确认 {acked} 条（其中 {duplicates} 条中心早已收到）</source>
        <translation>{sent} sent, {acked} confirmed by central ({duplicates} of them central already had)</translation>
    </message>
    <message>
        <source>发送 {sent} 条，中心确认 {acked} 条</source>
        <translation>{sent} sent, {acked} confirmed by central</translation>
    </message>
    <message>
        <source>内容冲突 {n} 条（已保留，待中心核对）</source>
        <translation>{n} content conflicts (kept, for central to check)</translation>
    </message>
    <message>
        <source>审计记录 {n} 条</source>
        <translation>{n} audit records</translation>
    </message>
    <message>
        <source>接收更新 {n} 条</source>
        <translation>{n} updates received</translation>
    </message>
    <message>
        <source>尚待同步 {n} 条</source>
        <translation>{n} still to sync</translation>
    </message>
    <message>
        <source>{first}，{then}</source>
        <translation>{first}, {then}</translation>
    </message>
    <message>
        <source>{sentence}。</source>
        <translation>{sentence}.</translation>
    </message>
    <message>
        <source>{text}
{more}</source>
        <translation>{text}
{more}</translation>
    </message>
    <message>
        <source>{text}
未完成：{error}</source>
        <translation>{text}
Not completed: {error}</translation>
    </message>
    <message>
        <source>{error} 中心要求 {seconds} 秒后再试，本次同步先停止。</source>
        <translation>{error} Central asks to retry after {seconds} seconds; this sync stops here.</translation>
    </message>
    <message>
        <source>有一条记录超过中心允许的单次发送大小，无法发送，请联系管理员。</source>
        <translation>A record is larger than central accepts in one request and cannot be sent; please contact the administrator.</translation>
    </message>
    <message>
        <source>中心的更新列表没有前进（游标未变），已停止接收。</source>
        <translation>Central&apos;s list of updates did not move on (the cursor stayed the same); stopped receiving.</translation>
    </message>
    <message>
        <source>本机未能保存中心下发的第 {seq} 条更新：{error}</source>
        <translation>This computer could not save update no. {seq} from central: {error}</translation>
    </message>
    <message>
        <source>按日</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>按周</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>按月</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>统计期间的结束日期不能早于开始日期。</source>
        <translation>The end of the statistics period cannot be before its start.</translation>
    </message>
    <message>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>受理量（{bucket}）</source>
        <translation>Applications received ({bucket})</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>案件数</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>承诺办理</source>
        <extracomment>Reasons a case takes the certificate path at the counter (a withdrawal comes later).</extracomment>
        <translation>By promise</translation>
    </message>
    <message>
        <source>提交证明</source>
        <translation>Submit the certificate</translation>
    </message>
    <message>
        <source>按证明事项</source>
        <translation>By proof item</translation>
    </message>
    <message>
        <source>事项编码</source>
        <translation>Item code</translation>
    </message>
    <message>
        <source>证明事项</source>
        <translation>Proof item</translation>
    </message>
    <message>
        <source>所属领域</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>承诺办理占比(%)</source>
        <translation>Share by promise (%)</translation>
    </message>
    <message>
        <source>（目录中无此事项）</source>
        <translation>(item not in the catalog)</translation>
    </message>
    <message>
        <source>按所属领域</source>
        <translation>By field</translation>
    </message>
    <message>
        <source>提交证明：{reason}</source>
        <translation>Certificate: {reason}</translation>
    </message>
    <message>
        <source>承诺办理与提交证明</source>
        <translation>Promise and certificate</translation>
    </message>
    <message>
        <source>办理方式</source>
        <translation>How handled</translation>
    </message>
    <message>
        <source>占比(%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>期间受理案件共 {total} 件（撤回承诺另见“撤回”）。</source>
        <translation>{total} cases received in the period (withdrawn promises: see &quot;Withdrawals&quot;).</translation>
    </message>
    <message>
        <source>不适用告知承诺制的申请人（信用记录）</source>
        <translation>Applicants not eligible for notify-and-promise (credit records)</translation>
    </message>
    <message>
        <source>涉及申请人数</source>
        <translation>Applicants concerned</translation>
    </message>
    <message>
        <source>申请人有未修复的虚假承诺或严重失信记录，转为提交证明办理。</source>
        <translation>The applicant has an unrepaired false promise or serious discredit record; handled by certificate instead.</translation>
    </message>
    <message>
        <source>撤回承诺</source>
        <translation>Withdrawn promises</translation>
    </message>
    <message>
        <source>撤回件数</source>
        <translation>Withdrawals</translation>
    </message>
    <message>
        <source>按撤回发生的日期统计。</source>
        <translation>Counted by the date of the withdrawal.</translation>
    </message>
    <message>
        <source>核查结果</source>
        <translation>Verification results</translation>
    </message>
    <message>
        <source>已核查</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>无法核查</source>
        <translation>Unverifiable</translation>
    </message>
    <message>
        <source>按核查结论记录的日期统计。</source>
        <translation>Counted by the date the verification result was recorded.</translation>
    </message>
    <message>
        <source>不实承诺率（按事项）</source>
        <translation>False promise rate (by item)</translation>
    </message>
    <message>
        <source>承诺办理件数</source>
        <translation>Cases by promise</translation>
    </message>
    <message>
        <source>不实承诺率(%)</source>
        <translation>False promise rate (%)</translation>
    </message>
    <message>
        <source>不实承诺率 = 核查不实 ÷ 已核查（期间内记录的核查结论）。</source>
        <translation>False promise rate = verified false ÷ verified (results recorded in the period).</translation>
    </message>
    <message>
        <source>窗口平均受理时长</source>
        <translation>Average handling time at the counter</translation>
    </message>
    <message>
        <source>平均时长(分钟)</source>
        <translation>Average time (minutes)</translation>
    </message>
    <message>
        <source>从选择事项到办结保存的时长。</source>
        <translation>Time from choosing the item to saving the finished case.</translation>
    </message>
    <message>
        <source>案件当前状态</source>
        <translation>Current state of cases</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>超期未核查</source>
        <translation>Overdue, not verified</translation>
    </message>
    <message>
        <source>超期件数</source>
        <translation>Overdue cases</translation>
    </message>
    <message>
        <source>期间受理、至 {today} 已过核查期限仍未登记核查结果的案件（以已生成的核查任务为准）。</source>
        <translation>Cases received in the period whose verification deadline had passed by {today} with no result recorded (based on the verification tasks created).</translation>
    </message>
    <message>
        <source>认定不实承诺</source>
        <translation>Found to be false promises</translation>
    </message>
    <message>
        <source>（未注明）</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>不实承诺处理措施</source>
        <translation>Measures on false promises</translation>
    </message>
    <message>
        <source>处理措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>按认定或措施记录的日期统计。</source>
        <translation>Counted by the date of the finding or measure.</translation>
    </message>
    <message>
        <source>受理量</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>承诺/提交证明</source>
        <translation>Promise/certificate</translation>
    </message>
    <message>
        <source>按事项</source>
        <translation>By item</translation>
    </message>
    <message>
        <source>按领域</source>
        <translation>By field</translation>
    </message>
    <message>
        <source>不适用申请人</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>撤回</source>
        <translation>Withdrawals</translation>
    </message>
    <message>
        <source>不实承诺率</source>
        <translation>False promise rate</translation>
    </message>
    <message>
        <source>受理时长</source>
        <translation>Handling time</translation>
    </message>
    <message>
        <source>案件状态</source>
        <translation>Case states</translation>
    </message>
    <message>
        <source>超期核查</source>
        <translation>Overdue checks</translation>
    </message>
    <message>
        <source>不实承诺处理</source>
        <translation>False promise measures</translation>
    </message>
    <message>
        <source>没有名为“{name}”的统计项。</source>
        <translation>There is no statistic named &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>不支持的导出格式“{format}”，请选择 CSV 或 Excel。</source>
        <translation>Export format &quot;{format}&quot; is not supported; choose CSV or Excel.</translation>
    </message>
    <message>
        <source>事项 {item}（字段 {field}）：{message}</source>
        <translation>Item {item} (field {field}): {message}</translation>
    </message>
    <message>
        <source>事项 {item}：{message}</source>
        <translation>Item {item}: {message}</translation>
    </message>
    <message>
        <source>（字段 {field}）：{message}</source>
        <translation>(field {field}): {message}</translation>
    </message>
    <message>
        <source>协助核查函须写明联系人和联系电话。</source>
        <translation>The assistance request must give a contact person and telephone number.</translation>
    </message>
    <message>
        <source>回复期限应为1至60个工作日。</source>
        <translation>The reply deadline must be 1 to 60 working days.</translation>
    </message>
    <message>
        <source>请写明被请求协助核查的单位。</source>
        <translation>Please name the office asked to assist.</translation>
    </message>
    <message>
        <source>请录入对方单位书面拒绝协助的理由。</source>
        <translation>Please enter the other office&apos;s written reason for refusing.</translation>
    </message>
    <message>
        <source>请录入对方单位的书面回复内容。</source>
        <translation>Please enter the other office&apos;s written reply.</translation>
    </message>
    <message>
        <source>收到回复的日期不能晚于今天。</source>
        <translation>The date the reply arrived cannot be after today.</translation>
    </message>
    <message>
        <source>没有找到该协助核查函。</source>
        <translation>That assistance request was not found.</translation>
    </message>
    <message>
        <source>保留的备份份数应为 1 至 365。</source>
        <translation>The number of backups kept must be 1 to 365.</translation>
    </message>
    <message>
        <source>无法写入备份 {target}（{error}）。请检查备份位置（U 盘是否已插入、是否可写、空间是否足够）。</source>
        <translation>Cannot write the backup {target} ({error}). Please check the backup location (is the USB drive plugged in, writable, with enough space?).</translation>
    </message>
    <message>
        <source>{target} 已存在，不会覆盖。请换一个文件名。</source>
        <translation>{target} already exists and will not be overwritten. Please choose another file name.</translation>
    </message>
    <message>
        <source>备份旁没有密钥文件（{file}），本机也没有可用的密钥文件，无法打开该备份。</source>
        <translation>There is no key file next to the backup ({file}) and no usable key file on this computer; the backup cannot be opened.</translation>
    </message>
    <message>
        <source>找不到备份文件 {src}。</source>
        <translation>The backup file {src} was not found.</translation>
    </message>
    <message>
        <source>不能用数据库文件本身作为备份来恢复，请选择备份文件。</source>
        <translation>The database file itself cannot be used as a backup to restore from; please choose a backup file.</translation>
    </message>
    <message>
        <source>备份中的审计日志自第 {broken} 条起链条断裂（记录被改动或删除），不予恢复。</source>
        <translation>The audit log in the backup breaks from entry {broken} on (records altered or deleted); it will not be restored.</translation>
    </message>
    <message>
        <source>未找到案件 {case_no}。</source>
        <translation>Case {case_no} was not found.</translation>
    </message>
    <message>
        <source>该案件按提交证明方式办理，没有可撤回的承诺。</source>
        <translation>This case is handled by certificate; there is no promise to withdraw.</translation>
    </message>
    <message>
        <source>案件 {case_no} 没有撤回承诺的记录。</source>
        <translation>Case {case_no} has no record of a withdrawn promise.</translation>
    </message>
    <message>
        <source>请填写调整原因（将随版本备案和发布）</source>
        <translation>Please give the reason for the change (it is filed and published with the version)</translation>
    </message>
    <message>
        <source>目录中没有该事项</source>
        <translation>this item is not in the catalog</translation>
    </message>
    <message>
        <source>该事项已停用</source>
        <translation>this item has been withdrawn from use</translation>
    </message>
    <message>
        <source>培训数据目录中的目录调整不会发布到中心</source>
        <translation>Catalog changes in training data are never published to central</translation>
    </message>
    <message>
        <source>该案件按提交证明方式办理，没有承诺可认定为不实。</source>
        <translation>This case is handled by certificate; there is no promise that could be found false.</translation>
    </message>
    <message>
        <source>该案件尚未认定不实承诺。</source>
        <translation>This case has not been found to be a false promise.</translation>
    </message>
    <message>
        <source>未找到该信用记录。</source>
        <translation>That credit record was not found.</translation>
    </message>
    <message>
        <source>日期不能晚于今天。</source>
        <translation>The date cannot be after today.</translation>
    </message>
    <message>
        <source>请输入证件号码或统一社会信用代码。</source>
        <translation>Please enter an ID number or unified social credit code.</translation>
    </message>
    <message>
        <source>读卡器上没有身份证：请将身份证放在读卡器感应区。</source>
        <extracomment>Settings key: the reader to use — a plugin name (&quot;simulated&quot;, an entry point name) or &quot;module:Class&quot;.</extracomment>
        <translation>There is no ID card on the reader: please place the card on the reader&apos;s sensing area.</translation>
    </message>
    <message>
        <source>无法加载读卡器插件“{spec}”：{error}</source>
        <translation>Cannot load the card reader plug-in &quot;{spec}&quot;: {error}</translation>
    </message>
    <message>
        <source>未找到读卡器插件“{choice}”：请检查设置或安装厂商插件。</source>
        <translation>Card reader plug-in &quot;{choice}&quot; not found: please check the settings or install the vendor&apos;s plug-in.</translation>
    </message>
    <message>
        <source>卡内姓名无效：{error}</source>
        <translation>The name on the card is invalid: {error}</translation>
    </message>
    <message>
        <source>卡内身份证号码无效：{error}</source>
        <translation>The ID number on the card is invalid: {error}</translation>
    </message>
    <message>
        <source>身份证已过有效期（{date}），不能作为有效身份证件。</source>
        <translation>The ID card expired ({date}) and is not a valid identity document.</translation>
    </message>
    <message>
        <source>目录中缺少 {code} 第 {version} 版，无法确定核查规则。</source>
        <extracomment>Cases that still await (or are under) verification get a task.</extracomment>
        <translation>The catalog lacks version {version} of {code}; the verification rules cannot be determined.</translation>
    </message>
    <message>
        <source>一次最多上传 {n} 个附件。</source>
        <translation>At most {n} attachments can be uploaded at once.</translation>
    </message>
    <message>
        <source>案件 {case_no} 按提交证明办理，没有需要核查的承诺。</source>
        <translation>Case {case_no} is handled by certificate; there is no promise to verify.</translation>
    </message>
    <message>
        <source>核查结果为“{label}”时须写明核查情况。</source>
        <translation>When the result is &quot;{label}&quot;, describe what the check found.</translation>
    </message>
    <message>
        <source>案件 {case_no} 没有核查任务。</source>
        <translation>Case {case_no} has no verification task.</translation>
    </message>
    <message>
        <source>附件不存在。</source>
        <translation>The attachment does not exist.</translation>
    </message>
    <message>
        <source>审计日志第 {broken} 条起链条断裂（记录被改动或删除）。</source>
        <translation>The audit log breaks from entry {broken} on (records altered or deleted).</translation>
    </message>
    <message>
        <source>案件 {case_no} 的存储内容与签署时的摘要不符。</source>
        <translation>The stored content of case {case_no} does not match the digest taken at signing.</translation>
    </message>
    <message>
        <source>案件 {case_no} 的“{kind}”事件没有对应的审计记录（审计日志被删改）。</source>
        <translation>The &quot;{kind}&quot; event of case {case_no} has no matching audit record (the audit log was altered).</translation>
    </message>
    <message>
        <source>案件 {case_no} 存档的告知承诺书已被改动。</source>
        <translation>The archived notify-and-promise letter of case {case_no} has been altered.</translation>
    </message>
    <message>
        <source>案件 {case_no} 存档的告知承诺书与审计记录不符。</source>
        <translation>The archived notify-and-promise letter of case {case_no} does not match the audit record.</translation>
    </message>
    <message>
        <source>一致</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>不一致</source>
        <translation>Does not match</translation>
    </message>
    <message>
        <source>无法核验</source>
        <translation>Cannot be checked</translation>
    </message>
    <message>
        <source>这不是本系统告知承诺书上的二维码内容：请扫描文书右上角的二维码。</source>
        <translation>This is not the QR code of a notify-and-promise letter from this system: please scan the QR code at the top right of the letter.</translation>
    </message>
    <message>
        <source>本终端没有案件 {case_no} 的记录（可能在其他终端受理，请到中心核验）。</source>
        <translation>This terminal has no record of case {case_no} (it may have been received at another terminal; check with central).</translation>
    </message>
    <message>
        <source>案件 {case_no} 的存储记录已被改动，与签署时不一致：请报告管理员。</source>
        <translation>The stored record of case {case_no} has been altered and no longer matches what was signed: please report to the administrator.</translation>
    </message>
    <message>
        <source>文书与案件 {case_no} 的记录不符：该文书可能是伪造或被改动的。</source>
        <translation>The letter does not match the record of case {case_no}: it may be forged or altered.</translation>
    </message>
    <message>
        <source>，当前状态：{state}</source>
        <translation>; current state: {state}</translation>
    </message>
    <message>
        <source>{note}（注意：该承诺已撤回或核查不实）</source>
        <translation>{note} (note: this promise was withdrawn or found false)</translation>
    </message>
    <message>
        <source>{note}；培训数据，不具法律效力</source>
        <translation>{note}; training data, without legal effect</translation>
    </message>
    <message>
        <source>文书与案件 {case_no} 的记录一致{note}。</source>
        <translation>The letter matches the record of case {case_no}{note}.</translation>
    </message>
    <message>
        <source>没有找到表头行：前几行中应有“事项名称”“证明名称”“核查方式”等列名</source>
        <translation>No header row found: the first rows should contain column names such as the item name, proof name and verification method</translation>
    </message>
    <message>
        <source>缺少必需的列：{columns}。整个文件未导入</source>
        <translation>Required columns are missing: {columns}. Nothing in the file was imported</translation>
    </message>
    <message>
        <source>核查方式“{value}”无法识别，应为 {allowed} 之一</source>
        <translation>verification method &quot;{value}&quot; is not recognised; it must be one of {allowed}</translation>
    </message>
    <message>
        <source>{what}“{value}”应为天数</source>
        <translation>{what} &quot;{value}&quot; must be a number of days</translation>
    </message>
    <message>
        <source>{what}“{value}”应为天数，如“20个工作日”或“20”</source>
        <translation>{what} &quot;{value}&quot; must be a number of days, e.g. &quot;20 working days&quot; or &quot;20&quot;</translation>
    </message>
    <message>
        <source>{what}“{value}”应为“是”或“否”</source>
        <translation>{what} &quot;{value}&quot; must be yes or no</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>调整</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>核查时限</source>
        <translation>Verification time limit</translation>
    </message>
    <message>
        <source>是否公开</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>是否允许代为承诺</source>
        <translation>Promise by proxy allowed</translation>
    </message>
    <message>
        <source>目录编码“{code}”格式应为两个字母-三位数字，如 HJ-001</source>
        <translation>catalog code &quot;{code}&quot; must be two letters, a hyphen and three digits, e.g. HJ-001</translation>
    </message>
    <message>
        <source>{code} 无法停用：{error}</source>
        <translation>{code} cannot be retired: {error}</translation>
    </message>
    <message>
        <source>请填写调整原因</source>
        <translation>Please give the reason for the change</translation>
    </message>
    <message>
        <source>请填写停用原因</source>
        <translation>Please give the reason for retiring</translation>
    </message>
    <message>
        <source>未知的信用状况“{standing}”。</source>
        <translation>Unknown credit standing &quot;{standing}&quot;.</translation>
    </message>
    <message>
        <source>附件“{name}”是空文件。</source>
        <translation>Attachment &quot;{name}&quot; is an empty file.</translation>
    </message>
    <message>
        <source>附件“{name}”超过 {mb} MB，请降低扫描分辨率后重试。</source>
        <translation>Attachment &quot;{name}&quot; is larger than {mb} MB; scan at a lower resolution and try again.</translation>
    </message>
    <message>
        <source>附件“{name}”不是 PDF、PNG、JPEG 或 TIFF 扫描件。</source>
        <translation>Attachment &quot;{name}&quot; is not a PDF, PNG, JPEG or TIFF scan.</translation>
    </message>
    <message>
        <source>本终端尚未完成初始设置，请先运行 desk-app 完成设置。</source>
        <translation>This terminal has not been set up; run desk-app first to complete the set-up.</translation>
    </message>
    <message>
        <source>请先登录。</source>
        <translation>Please log in first.</translation>
    </message>
    <message>
        <source>自动锁屏时间应为 1 至 60 分钟。</source>
        <translation>The automatic lock time must be 1 to 60 minutes.</translation>
    </message>
    <message>
        <source>数据加密口令不正确，无法打开本机数据。请核对口令（注意大小写和输入法）后重试。</source>
        <extracomment>argon2id cost, stored in key.json with the salt, so it can be raised later without breaking existing data directories.</extracomment>
        <translation>The data encryption passphrase is wrong; this computer&apos;s data cannot be opened. Check the passphrase (mind upper/lower case and the input method) and try again.</translation>
    </message>
    <message>
        <source>数据加密口令至少需要 {n} 个字符。</source>
        <translation>The data encryption passphrase needs at least {n} characters.</translation>
    </message>
    <message>
        <source>密钥文件已存在，不会覆盖。</source>
        <translation>The key file already exists and will not be overwritten.</translation>
    </message>
    <message>
        <source>密钥文件 key.json 不见了，请重试。</source>
        <translation>The key file key.json has disappeared; please try again.</translation>
    </message>
    <message>
        <source>汉文</source>
        <extracomment>The letter languages a case may be notified and signed in (recorded per case, at the applicant&apos;s request): Chinese, or bilingual Chinese then Tibetan section by section.</extracomment>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>汉藏双语</source>
        <translation>Chinese and Tibetan</translation>
    </message>
</context>
<context>
    <name>followup_dialogs</name>
    <message>
        <source>未能打印</source>
        <translation>Could not print</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>未找到打印机。请安装并连接打印机后重试；案件已保存，可稍后在案件详情中打印。</source>
        <extracomment>Pages are rasterised at the printer&apos;s resolution, but never finer than this (an A4 page at 300 dpi is a 2480 × 3508 image, ~35 MB while it is being painted). How long a PDF may take to load before printing gives up.</extracomment>
        <translation>No printer found. Install and connect a printer and try again; the case is saved and can be printed later from the case details.</translation>
    </message>
    <message>
        <source>打印机“{name}”已不存在（可能已被删除或改名）。请重新选择打印机；案件已保存，可稍后在案件详情中打印。</source>
        <translation>The printer &quot;{name}&quot; no longer exists (it may have been removed or renamed). Choose a printer again; the case is saved and can be printed later from the case details.</translation>
    </message>
    <message>
        <source>本机有多台打印机但未设置默认打印机，请先选择打印机。</source>
        <translation>This computer has several printers but no default one; choose a printer first.</translation>
    </message>
    <message>
        <source>打印机“{name}”无法使用，请重新选择打印机。</source>
        <translation>The printer &quot;{name}&quot; cannot be used; choose a printer again.</translation>
    </message>
    <message>
        <source>选择打印机</source>
        <translation>Choose a printer</translation>
    </message>
    <message>
        <source>文书 PDF 无法读取（{reason}），未打印。请在案件详情中重新生成文书后再打印。</source>
        <translation>The letter PDF cannot be read ({reason}); nothing was printed. Regenerate the letter from the case details, then print.</translation>
    </message>
    <message>
        <source>无法连接打印机“{name}”，未打印。请检查打印机是否开机、联网，或重新选择打印机；案件已保存，可稍后在案件详情中打印。</source>
        <translation>Cannot connect to the printer &quot;{name}&quot;; nothing was printed. Check that it is switched on and connected, or choose another printer; the case is saved and can be printed later from the case details.</translation>
    </message>
    <message>
        <source>打印机“{name}”报告错误，文书可能未打印完整。请检查打印机后重新打印。</source>
        <translation>The printer &quot;{name}&quot; reported an error; the letter may be incomplete. Check the printer and print again.</translation>
    </message>
</context>
</TS>
