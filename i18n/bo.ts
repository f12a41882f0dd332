<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bo">
<context>
    <name>Accessibility</name>
    <message>
        <source>显示更多工具栏按钮</source>
        <extracomment>Qt&apos;s own helper widgets that carry no text.</extracomment>
        <translation>ལག་ཆའི་སྒྲོམ་གྱི་མཐེབ་གཞན་མངོན།</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>ཚང་མ་འདེམས།</translation>
    </message>
</context>
<context>
    <name>AssistAnswerDialog</name>
    <message>
        <source>登记协查回复 — {no}</source>
        <translation>རོགས་སྐྱོར་ཞིབ་བཤེར་གྱི་ལན་ཐོ་འགོད། — {no}</translation>
    </message>
    <message>
        <source>协助核查函</source>
        <translation>རོགས་སྐྱོར་ཞིབ་བཤེར་ཡི་གེ</translation>
    </message>
    <message>
        <source>{office}（{at:%Y-%m-%d} 发出）</source>
        <translation>{office}（{at:%Y-%m-%d} ལ་བཏང་）</translation>
    </message>
    <message>
        <source>书面回复</source>
        <translation>ཡི་གེའི་ལན།</translation>
    </message>
    <message>
        <source>书面拒绝（写明理由）</source>
        <translation>ཡི་གེའི་ངོས་ལེན་མི་བྱེད་པ（རྒྱུ་མཚན་འབྲི་དགོས）</translation>
    </message>
    <message>
        <source>回复内容或拒绝理由</source>
        <translation>ལན་གྱི་ནང་དོན་ནམ་ངོས་ལེན་མི་བྱེད་པའི་རྒྱུ་མཚན།</translation>
    </message>
    <message>
        <source>收到回复日期</source>
        <translation>ལན་འབྱོར་བའི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>རིགས།</translation>
    </message>
    <message>
        <source>内容/理由</source>
        <translation>ནང་དོན།/རྒྱུ་མཚན།</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>འབྱོར་བའི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <source>扫描件</source>
        <translation>ཞིབ་ལེན་ཡིག་ཆ།</translation>
    </message>
</context>
<context>
    <name>AssistRequestDialog</name>
    <message>
        <source>协助核查函 — {no}</source>
        <translation>རོགས་སྐྱོར་ཞིབ་བཤེར་ཡི་གེ — {no}</translation>
    </message>
    <message>
        <source>被请求单位</source>
        <translation>རེ་ཞུ་བྱས་ཡུལ་གྱི་ལས་ཁུངས།</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>འབྲེལ་གཏུག་མི།</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>འབྲེལ་གཏུག་ཁ་པར</translation>
    </message>
    <message>
        <source>回复期限（工作日）</source>
        <translation>ལན་འདེབས་དུས་བཀག（ལས་ཉིན）</translation>
    </message>
    <message>
        <source>生成并保存PDF</source>
        <translation>PDF བཟོ་བ་དང་ཉར་ཚགས།</translation>
    </message>
    <message>
        <source>保存协助核查函</source>
        <translation>རོགས་སྐྱོར་ཞིབ་བཤེར་ཡི་གེ་ཉར་ཚགས།</translation>
    </message>
    <message>
        <source>协助核查函-{no}.pdf</source>
        <translation>རོགས་སྐྱོར་ཞིབ་བཤེར་ཡི་གེ-{no}.pdf</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>ཞིབ་ལེན་ཡིག་ཆ (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>附件列表</source>
        <translation>ཟུར་སྦྱར་གྱི་ཐོ།</translation>
    </message>
    <message>
        <source>添加扫描件(&amp;F)…</source>
        <translation>ཞིབ་ལེན་ཡིག་ཆ་ཁ་སྣོན།(&amp;F)…</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>སུབ་པ།</translation>
    </message>
    <message>
        <source>选择扫描件</source>
        <translation>ཞིབ་ལེན་ཡིག་ཆ་འདེམས།</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>ཟུར་སྦྱར།</translation>
    </message>
    <message>
        <source>无法读取文件：{err}</source>
        <translation>ཡིག་ཆ་ཀློག་མ་ཐུབ། {err}</translation>
    </message>
</context>
<context>
    <name>BureauReportDialog</name>
    <message>
        <source>向司法局报送工作情况</source>
        <translation>ཁྲིམས་ལུགས་ཅུས་ལ་ལས་ཀའི་གནས་ཚུལ་སྙན་ཞུ།</translation>
    </message>
    <message>
        <source>工作中发现的问题、意见和建议（将写入报告第六部分）</source>
        <translation>ལས་ཀའི་ཁྲོད་རྙེད་པའི་གནད་དོན་དང་བསམ་འཆར།（སྙན་ཞུའི་ལེའུ་དྲུག་པར་འབྲི།）</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>རྙེད་པའི་གནད་དོན།</translation>
    </message>
    <message>
        <source>发现的问题(&amp;P)</source>
        <translation>རྙེད་པའི་གནད་དོན།(&amp;P)</translation>
    </message>
    <message>
        <source>导出 PDF(&amp;D)…</source>
        <translation>PDF ཕྱིར་འདྲེན།(&amp;D)…</translation>
    </message>
    <message>
        <source>导出 Excel(&amp;X)…</source>
        <translation>Excel ཕྱིར་འདྲེན།(&amp;X)…</translation>
    </message>
    <message>
        <source>告知承诺制工作情况-{start}-{end}.{ext}</source>
        <translation>བརྡ་ཁྱབ་ཁས་ལེན་ལམ་ལུགས་སྙན་ཞུ་-{start}-{end}.{ext}</translation>
    </message>
    <message>
        <source>导出报送报告</source>
        <translation>སྙན་ཞུ་ཕྱིར་འདྲེན།</translation>
    </message>
    <message>
        <source>已导出：{path}</source>
        <translation>ཕྱིར་འདྲེན་ཟིན།：{path}</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>案件 {no}</source>
        <translation>ལས་དོན། {no}</translation>
    </message>
    <message>
        <source>目录版本</source>
        <translation>དཀར་ཆག་པར་གཞི།</translation>
    </message>
    <message>
        <source>内容摘要</source>
        <translation>ནང་དོན་གནད་བསྡུས།</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>དུས་ཚོད།</translation>
    </message>
    <message>
        <source>事件</source>
        <translation>བྱུང་རིམ།</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>གནས་སྟངས།</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>ལས་དོན་འགན་འཁུར་བ།</translation>
    </message>
    <message>
        <source>预览并打印(&amp;P)…</source>
        <translation>སྔོན་ལྟ་དང་པར་འདེབས།(&amp;P)…</translation>
    </message>
    <message>
        <source>补打(&amp;R)…</source>
        <translation>བསྐྱར་དུ་པར་འདེབས།(&amp;R)…</translation>
    </message>
    <message>
        <source>确认已签字盖章(&amp;C)</source>
        <translation>མིང་རྟགས་བཀོད་ཅིང་ཐམ་ག་བརྒྱབ་ཟིན་པ་གཏན་འཁེལ།(&amp;C)</translation>
    </message>
    <message>
        <source>导出 PDF(&amp;E)…</source>
        <translation>PDF ཕྱིར་འདོན།(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>案件编号</source>
        <translation>ལས་དོན་ཨང་རྟགས།</translation>
    </message>
    <message>
        <source>证明事项</source>
        <translation>ར་སྤྲོད་བྱ་དོན།</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན།</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ལག་ཁྱེར་ཨང་གྲངས།</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>གནས་སྟངས།</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>དུས་ཚོད།</translation>
    </message>
</context>
<context>
    <name>CatalogAdminBar</name>
    <message>
        <source>导入 Excel 清单(&amp;I)…</source>
        <translation>Excel ཐོ་གཞུང་ནང་འདྲེན།(&amp;I)…</translation>
    </message>
    <message>
        <source>导出 Excel 清单(&amp;X)…</source>
        <translation>Excel ཐོ་གཞུང་ཕྱིར་འདོན།(&amp;X)…</translation>
    </message>
    <message>
        <source>编辑事项(&amp;E)…</source>
        <translation>བྱ་དོན་རྩོམ་སྒྲིག(&amp;E)…</translation>
    </message>
    <message>
        <source>停用事项(&amp;D)…</source>
        <translation>བྱ་དོན་བེད་སྤྱོད་མཚམས་འཇོག(&amp;D)…</translation>
    </message>
    <message>
        <source>版本历史(&amp;H)…</source>
        <translation>པར་གཞིའི་ལོ་རྒྱུས།(&amp;H)…</translation>
    </message>
    <message>
        <source>发布到中心(&amp;P)</source>
        <translation>ལྟེ་གནས་སུ་ཁྱབ་བསྒྲགས།(&amp;P)</translation>
    </message>
    <message>
        <source>导出目录清单</source>
        <translation>དཀར་ཆག་ཐོ་གཞུང་ཕྱིར་འདོན།</translation>
    </message>
    <message>
        <source>目录清单-{day}.xlsx</source>
        <translation>དཀར་ཆག་ཐོ་གཞུང-{day}.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel ལས་དེབ (*.xlsx)</translation>
    </message>
    <message>
        <source>未能导出：{message}</source>
        <translation>ཕྱིར་འདོན་མ་ཐུབ། {message}</translation>
    </message>
    <message>
        <source>已导出 {n} 个现行事项到 {path}。</source>
        <translation>ད་ལྟ་ལག་བསྟར་བྱེད་བཞིན་པའི་བྱ་དོན་ {n} {path} ལ་ཕྱིར་འདོན་བྱས་ཟིན།</translation>
    </message>
    <message>
        <source>已排入发送队列 {n} 个目录版本，下次同步时发送到中心：{labels}</source>
        <translation>དཀར་ཆག་པར་གཞི་ {n} གཏོང་རིམ་དུ་བཞག་ཟིན། ཐེངས་རྗེས་མའི་གོམ་མཉམ་སྐབས་ལྟེ་གནས་སུ་གཏོང་ངེས། {labels}</translation>
    </message>
    <message>
        <source>没有需要发布的目录版本。</source>
        <translation>ཁྱབ་བསྒྲགས་དགོས་པའི་དཀར་ཆག་པར་གཞི་མི་འདུག</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>目录清单与格式文本</source>
        <translation>དཀར་ཆག་ཐོ་གཞུང་དང་རྣམ་གཞག་ཡི་གེ།</translation>
    </message>
    <message>
        <source>现行目录</source>
        <translation>ད་ལྟ་ལག་བསྟར་བྱེད་བཞིན་པའི་དཀར་ཆག</translation>
    </message>
    <message>
        <source>预览格式文本(&amp;V)…</source>
        <translation>རྣམ་གཞག་ཡི་གེ་སྔོན་ལྟ།(&amp;V)…</translation>
    </message>
    <message>
        <source>导出格式文本 PDF(&amp;S)…</source>
        <translation>རྣམ་གཞག་ཡི་གེ PDF ཕྱིར་འདོན།(&amp;S)…</translation>
    </message>
    <message>
        <source>格式文本 {code}</source>
        <translation>རྣམ་གཞག་ཡི་གེ {code}</translation>
    </message>
    <message>
        <source>未能打印</source>
        <translation>པར་འདེབས་མ་ཐུབ།</translation>
    </message>
    <message>
        <source>导出格式文本</source>
        <translation>རྣམ་གཞག་ཡི་གེ་ཕྱིར་འདོན།</translation>
    </message>
    <message>
        <source>格式文本-{code}.pdf</source>
        <translation>རྣམ་གཞག་ཡི་གེ-{code}.pdf</translation>
    </message>
</context>
<context>
    <name>CatalogImportDialog</name>
    <message>
        <source>导入目录清单（Excel）</source>
        <translation>དཀར་ཆག་ཐོ་གཞུང་ནང་འདྲེན（Excel）</translation>
    </message>
    <message>
        <source>尚未选择文件</source>
        <translation>ད་དུང་ཡིག་ཆ་བདམས་མེད།</translation>
    </message>
    <message>
        <source>选择文件(&amp;F)…</source>
        <translation>ཡིག་ཆ་འདེམས།(&amp;F)…</translation>
    </message>
    <message>
        <source>按司法行政部门公布的目录清单调整</source>
        <translation>ཁྲིམས་བྱུས་སྲིད་འཛིན་སྡེ་ཚན་གྱིས་ཁྱབ་བསྒྲགས་བྱས་པའི་དཀར་ཆག་ཐོ་གཞུང་ལྟར་ལེགས་སྒྲིག</translation>
    </message>
    <message>
        <source>清单只含部分事项：不停用清单中没有的事项(&amp;K)</source>
        <translation>ཐོ་གཞུང་ནང་བྱ་དོན་ཆ་ཤས་ཁོ་ན་ཡོད། ཐོ་གཞུང་ནང་མེད་པའི་བྱ་དོན་མཚམས་འཇོག་མི་བྱེད།(&amp;K)</translation>
    </message>
    <message>
        <source>变化预览</source>
        <translation>འགྱུར་ལྡོག་སྔོན་ལྟ།</translation>
    </message>
    <message>
        <source>被拒绝的行</source>
        <translation>ངོས་ལེན་མ་བྱས་པའི་ཕྲེང་།</translation>
    </message>
    <message>
        <source>导入(&amp;I)</source>
        <translation>ནང་འདྲེན།(&amp;I)</translation>
    </message>
    <message>
        <source>选择目录清单</source>
        <translation>དཀར་ཆག་ཐོ་གཞུང་འདེམས།</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel ལས་དེབ (*.xlsx)</translation>
    </message>
    <message>
        <source>未导入：{message}</source>
        <translation>ནང་འདྲེན་བྱས་མེད། {message}</translation>
    </message>
    <message>
        <source>自 {day} 起：新增 {new} 项，调整 {changed} 项，停用 {retired} 项，未变 {same} 项；拒绝 {refused} 行。</source>
        <translation>{day} ནས་བཟུང་། གསར་སྣོན་ {new} དང་། ལེགས་སྒྲིག་ {changed}། མཚམས་འཇོག་ {retired}། འགྱུར་མེད་ {same}། ངོས་ལེན་མ་བྱས་པའི་ཕྲེང་ {refused}།</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>རིགས།</translation>
    </message>
    <message>
        <source>编码</source>
        <translation>ཨང་རྟགས།</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>པར་གཞི།</translation>
    </message>
    <message>
        <source>事项名称</source>
        <translation>བྱ་དོན་གྱི་མིང་།</translation>
    </message>
    <message>
        <source>证明名称</source>
        <translation>ར་སྤྲོད་ཀྱི་མིང་།</translation>
    </message>
    <message>
        <source>行</source>
        <translation>ཕྲེང་།</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>འགྱུར་ལྡོག</translation>
    </message>
    <message>
        <source>列</source>
        <translation>སྟར་ཕྲེང་།</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>རྒྱུ་མཚན།</translation>
    </message>
    <message>
        <source>被拒绝的行（{n}）</source>
        <translation>ངོས་ལེན་མ་བྱས་པའི་ཕྲེང་（{n}）</translation>
    </message>
    <message>
        <source>未能导入：{message}</source>
        <translation>ནང་འདྲེན་མ་ཐུབ། {message}</translation>
    </message>
    <message>
        <source>已导入 {n} 个事项版本；{refused} 行被拒绝，见“被拒绝的行”。</source>
        <translation>བྱ་དོན་པར་གཞི་ {n} ནང་འདྲེན་བྱས་ཟིན། ཕྲེང་ {refused} ངོས་ལེན་མ་བྱས།“ངོས་ལེན་མ་བྱས་པའི་ཕྲེང”ལ་གཟིགས།</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation>གསང་གྲངས་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <source>原密码：</source>
        <translation>གསང་གྲངས་རྙིང་པ།:</translation>
    </message>
    <message>
        <source>新密码：</source>
        <translation>གསང་གྲངས་གསར་པ།:</translation>
    </message>
    <message>
        <source>确认新密码：</source>
        <translation>གསང་གྲངས་གསར་པ་གཏན་འཁེལ།:</translation>
    </message>
    <message>
        <source>两次输入的新密码不一致。</source>
        <translation>ཐེངས་གཉིས་ལ་བཅུག་པའི་གསང་གྲངས་གསར་པ་གཅིག་མཚུངས་མིན།</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>第2步 申请人选择办理方式</source>
        <translation>གོམ་པ་2 ཞུ་སྙན་འབུལ་མཁན་གྱིས་ལས་སྒྲུབ་ཐབས་ལམ་འདེམས་པ།</translation>
    </message>
    <message>
        <source>申请人可自主选择以书面承诺代替证明，或提交证明。两种方式都会登记。</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན་གྱིས་རང་མོས་ཀྱིས་ཡི་གེའི་ཁས་ལེན་གྱིས་ར་སྤྲོད་ཀྱི་ཚབ་བྱེད་པའམ། ཡང་ན་ར་སྤྲོད་ཕུལ་ཆོག ཐབས་ལམ་གཉིས་ཀ་ཐོ་འགོད་བྱེད།</translation>
    </message>
    <message>
        <source>告知承诺：以书面承诺代替证明(&amp;P)</source>
        <translation>བརྡ་ཁྱབ་ཁས་ལེན། ཡི་གེའི་ཁས་ལེན་གྱིས་ར་སྤྲོད་ཀྱི་ཚབ་བྱེད།(&amp;P)</translation>
    </message>
    <message>
        <source>提交证明：按一般程序办理(&amp;C)</source>
        <translation>ར་སྤྲོད་འབུལ་བ། སྤྱིར་བཏང་གི་བྱ་རིམ་ལྟར་སྒྲུབ།(&amp;C)</translation>
    </message>
    <message>
        <source>告知承诺</source>
        <translation>བརྡ་ཁྱབ་ཁས་ལེན།</translation>
    </message>
    <message>
        <source>提交证明</source>
        <translation>ར་སྤྲོད་འབུལ་བ།</translation>
    </message>
</context>
<context>
    <name>ConclusionDialog</name>
    <message>
        <source>办结 — {no}</source>
        <translation>སྒྲུབ་ཚར། — {no}</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>སྒྲུབ་འབྲས།</translation>
    </message>
    <message>
        <source>如：准予许可，许可决定书 城政许〔2026〕15号</source>
        <translation>དཔེར་ན། ཆོག་མཆན་སྤྲད། ཆོག་མཆན་ཐག་གཅོད་ཡི་གེ 城政许〔2026〕15号</translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation>སྒྲུབ་ཚར་བའི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <source>办理结果(&amp;D)：</source>
        <translation>སྒྲུབ་འབྲས།(&amp;D):</translation>
    </message>
    <message>
        <source>办结日期(&amp;T)：</source>
        <translation>སྒྲུབ་ཚར་བའི་ཚེས་གྲངས།(&amp;T):</translation>
    </message>
    <message>
        <source>办结后不能再撤回承诺。</source>
        <translation>སྒྲུབ་ཚར་རྗེས་ཁས་ལེན་ཕྱིར་འཐེན་བྱེད་མི་ཆོག</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>登记更正 — {no}</source>
        <translation>བཅོས་སྒྲིག་ཐོ་འགོད། — {no}</translation>
    </message>
    <message>
        <source>更正项目</source>
        <translation>བཅོས་སྒྲིག་རྣམ་གྲངས།</translation>
    </message>
    <message>
        <source>原内容</source>
        <translation>ནང་དོན་སྔ་མ།</translation>
    </message>
    <message>
        <source>更正为</source>
        <translation>བཅོས་རྗེས།</translation>
    </message>
    <message>
        <source>更正理由</source>
        <translation>བཅོས་སྒྲིག་གི་རྒྱུ་མཚན།</translation>
    </message>
    <message>
        <source>已签署的告知承诺书不作修改；更正以关联记录登记并随案件同步。</source>
        <translation>མིང་རྟགས་བཀོད་ཟིན་པའི་བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེ་བཟོ་བཅོས་མི་བྱེད། བཅོས་སྒྲིག་ནི་འབྲེལ་ཡོད་ཟིན་ཐོར་ཐོ་འགོད་བྱས་ནས་ལས་དོན་དང་མཉམ་དུ་གོམ་མཉམ་བྱེད།</translation>
    </message>
    <message>
        <source>更正项目(&amp;F)：</source>
        <translation>བཅོས་སྒྲིག་རྣམ་གྲངས།(&amp;F):</translation>
    </message>
    <message>
        <source>原内容(&amp;O)：</source>
        <translation>ནང་དོན་སྔ་མ།(&amp;O):</translation>
    </message>
    <message>
        <source>更正为(&amp;N)：</source>
        <translation>བཅོས་རྗེས།(&amp;N):</translation>
    </message>
    <message>
        <source>理由(&amp;R)：</source>
        <translation>རྒྱུ་མཚན།(&amp;R):</translation>
    </message>
    <message>
        <source>已登记的更正：</source>
        <translation>ཐོ་འགོད་བྱས་ཟིན་པའི་བཅོས་སྒྲིག:</translation>
    </message>
</context>
<context>
    <name>CounterWizard</name>
    <message>
        <source>新建案件 — 证明事项告知承诺</source>
        <translation>ལས་དོན་གསར་འཛུགས། — ར་སྤྲོད་བྱ་དོན་བརྡ་ཁྱབ་ཁས་ལེན།</translation>
    </message>
    <message>
        <source>下一步(&amp;X) &gt;</source>
        <translation>གོམ་པ་རྗེས་མ།(&amp;X) &gt;</translation>
    </message>
    <message>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; གོམ་པ་སྔོན་མ།(&amp;B)</translation>
    </message>
    <message>
        <source>完成并保存(&amp;F)</source>
        <translation>ལེགས་གྲུབ་དང་ཉར་ཚགས།(&amp;F)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>རྩིས་མེད།</translation>
    </message>
    <message>
        <source>大字版告知书 {code}</source>
        <translation>ཡིག་ཆེན་བརྡ་ཁྱབ་ཡི་གེ {code}</translation>
    </message>
    <message>
        <source>大字版 {code}</source>
        <translation>ཡིག་ཆེན་པར་གཞི {code}</translation>
    </message>
    <message>
        <source>未能打印</source>
        <translation>པར་འདེབས་མ་ཐུབ།</translation>
    </message>
</context>
<context>
    <name>CreditActionDialog</name>
    <message>
        <source>信用修复</source>
        <translation>ཡིད་རྟོན་སླར་གསོ།</translation>
    </message>
    <message>
        <source>登记异议</source>
        <translation>རྩོད་གཞི་ཐོ་འགོད།</translation>
    </message>
    <message>
        <source>处理异议</source>
        <translation>རྩོད་གཞི་ཐག་གཅོད།</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>ཚེས་གྲངས།</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>རྒྱུ་མཚན།</translation>
    </message>
    <message>
        <source>依据材料</source>
        <translation>གཞི་རྩའི་ཡིག་ཆ།</translation>
    </message>
    <message>
        <source>每行一份材料：名称或文号</source>
        <translation>ཕྲེང་རེར་ཡིག་ཆ་གཅིག མིང་ངམ་ཡིག་ཨང་།</translation>
    </message>
    <message>
        <source>异议成立（记录作废）(&amp;U)</source>
        <translation>རྩོད་གཞི་འཐུས（ཟིན་ཐོ་ནུས་མེད）(&amp;U)</translation>
    </message>
    <message>
        <source>自何日起恢复(&amp;D)：</source>
        <translation>ཚེས་གྲངས་གང་ནས་བཟུང་སླར་གསོ།(&amp;D):</translation>
    </message>
    <message>
        <source>日期(&amp;D)：</source>
        <translation>ཚེས་གྲངས།(&amp;D):</translation>
    </message>
    <message>
        <source>理由(&amp;R)：</source>
        <translation>རྒྱུ་མཚན།(&amp;R):</translation>
    </message>
    <message>
        <source>材料(&amp;M)：</source>
        <translation>ཡིག་ཆ།(&amp;M):</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>ཉར་ཚགས།(&amp;S)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>རྩིས་མེད།</translation>
    </message>
</context>
<context>
    <name>CreditHistoryDialog</name>
    <message>
        <source>信用记录</source>
        <translation>ཡིད་རྟོན་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <source>证件号码或统一社会信用代码</source>
        <translation>ལག་ཁྱེར་ཨང་གྲངས་སམ་སྤྱི་ཚོགས་ཡིད་རྟོན་ཚབ་རྟགས་གཅིག་གྱུར།</translation>
    </message>
    <message>
        <source>查询(&amp;Q)</source>
        <translation>འཚོལ་ཞིབ།(&amp;Q)</translation>
    </message>
    <message>
        <source>信用修复(&amp;R)…</source>
        <translation>ཡིད་རྟོན་སླར་གསོ།(&amp;R)…</translation>
    </message>
    <message>
        <source>登记异议(&amp;O)…</source>
        <translation>རྩོད་གཞི་ཐོ་འགོད།(&amp;O)…</translation>
    </message>
    <message>
        <source>处理异议(&amp;D)…</source>
        <translation>རྩོད་གཞི་ཐག་གཅོད།(&amp;D)…</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>འཚོལ་ཞིབ།</translation>
    </message>
    <message>
        <source>不适用告知承诺</source>
        <translation>བརྡ་ཁྱབ་ཁས་ལེན་སྤྱོད་མི་ཆོག</translation>
    </message>
    <message>
        <source>不影响告知承诺</source>
        <translation>བརྡ་ཁྱབ་ཁས་ལེན་ལ་ཤུགས་རྐྱེན་མེད།</translation>
    </message>
    <message>
        <source>没有信用记录。</source>
        <translation>ཡིད་རྟོན་ཟིན་ཐོ་མི་འདུག</translation>
    </message>
    <message>
        <source>失信程度</source>
        <translation>ཡིད་རྟོན་ཤོར་བའི་ཚད།</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>གནས་སྟངས།</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>ཁུངས།</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>ལས་དོན།</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>ཚེས་གྲངས།</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>བྱ་དོན།</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>རྒྱུ་མཚན།</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>ཡིག་ཆ།</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>ལས་དོན་འགན་འཁུར་བ།</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>告知承诺 — 申请人屏幕</source>
        <extracomment>Where the screens come from; tests replace it with a fake list of two screens.</extracomment>
        <translation>བརྡ་ཁྱབ་ཁས་ལེན། — ཞུ་སྙན་འབུལ་མཁན་གྱི་བརྙན་ཡོལ།</translation>
    </message>
    <message>
        <source>面向申请人的屏幕</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན་ལ་ཁ་ཕྱོགས་པའི་བརྙན་ཡོལ།</translation>
    </message>
    <message>
        <source>您好！工作人员正在为您办理。
请稍候，告知内容将在此屏幕显示。</source>
        <translation>བཀྲ་ཤིས་བདེ་ལེགས། ལས་བྱེད་པས་ཁྱེད་ཀྱི་ཆེད་དུ་ལས་དོན་སྒྲུབ་བཞིན་ཡོད།
ཅུང་ཙམ་སྒུག་རོགས། བརྡ་ཁྱབ་ནང་དོན་བརྙན་ཡོལ་འདིའི་སྟེང་མངོན་ངེས།</translation>
    </message>
    <message>
        <source>告知内容</source>
        <translation>བརྡ་ཁྱབ་ནང་དོན།</translation>
    </message>
    <message>
        <source>承诺内容</source>
        <translation>ཁས་ལེན་ནང་དོན།</translation>
    </message>
    <message>
        <source>请在下方白色区域内用手写笔（或手指）签写您的姓名。</source>
        <translation>འོག་གི་ཁུལ་དཀར་པོའི་ནང་ལག་བྲིས་སྨྱུ་གུ（ཡང་ན་མཛུབ་མོ）ཡིས་ཁྱེད་ཀྱི་མིང་འབྲི་རོགས།</translation>
    </message>
    <message>
        <source>证明事项告知承诺</source>
        <translation>ར་སྤྲོད་བྱ་དོན་བརྡ་ཁྱབ་ཁས་ལེན།</translation>
    </message>
    <message>
        <source>一次性告知 — 请阅读</source>
        <translation>ཐེངས་གཅིག་ལ་ཚང་མ་བརྡ་ཁྱབ། — ཀློག་རོགས།</translation>
    </message>
    <message>
        <source>申请人承诺 — 请阅读</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན་གྱི་ཁས་ལེན། — ཀློག་རོགས།</translation>
    </message>
    <message>
        <source>请签名</source>
        <translation>མིང་རྟགས་འགོད་རོགས།</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>告知承诺书公开登记簿</source>
        <translation>བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེའི་ཁྱབ་བསྒྲགས་ཐོ་དེབ།</translation>
    </message>
    <message>
        <source>列出公开期限与所选期间重叠的告知承诺书；证件号码已部分隐去，不含联系电话。</source>
        <translation>ཁྱབ་བསྒྲགས་དུས་ཡུན་དང་བདམས་པའི་དུས་ཡུན་ཕན་ཚུན་ཟློས་པའི་ཁས་ལེན་ཡི་གེ་ཐོ་འགོད་བྱེད། ལག་ཁྱེར་ཨང་གྲངས་ཆ་ཤས་སྦས་ཡོད། འབྲེལ་གཏུག་ཁ་པར་མི་འདུས།</translation>
    </message>
    <message>
        <source>导出 CSV(&amp;V)…</source>
        <translation>CSV ཕྱིར་འདྲེན།(&amp;V)…</translation>
    </message>
    <message>
        <source>导出 Excel(&amp;X)…</source>
        <translation>Excel ཕྱིར་འདྲེན།(&amp;X)…</translation>
    </message>
    <message>
        <source>导出 PDF(&amp;D)…</source>
        <translation>PDF ཕྱིར་འདྲེན།(&amp;D)…</translation>
    </message>
    <message>
        <source>公开登记簿-{start}-{end}.{ext}</source>
        <translation>ཁྱབ་བསྒྲགས་ཐོ་དེབ་-{start}-{end}.{ext}</translation>
    </message>
    <message>
        <source>导出公开登记簿</source>
        <translation>ཁྱབ་བསྒྲགས་ཐོ་དེབ་ཕྱིར་འདྲེན།</translation>
    </message>
    <message>
        <source>已导出 {n} 件：{path}</source>
        <translation>ཡི་གེ་ {n} ཕྱིར་འདྲེན་ཟིན།：{path}</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>工具栏（续）</source>
        <translation>ལག་ཆའི་སྒྲོམ（མུ་མཐུད）</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>第4步 信用核查</source>
        <translation>གོམ་པ་4 ཡིད་རྟོན་ཞིབ་བཤེར།</translation>
    </message>
    <message>
        <source>对照本地信用记录：有不实承诺或严重失信记录且未修复的，不适用告知承诺制。</source>
        <translation>ས་གནས་ཀྱི་ཡིད་རྟོན་ཟིན་ཐོ་དང་བསྡུར་བ། ཁས་ལེན་བདེན་མིན་ནམ་ཡིད་རྟོན་ཤོར་བ་ཚབས་ཆེན་གྱི་ཟིན་ཐོ་ཡོད་ལ་སླར་གསོ་བྱས་མེད་ན། བརྡ་ཁྱབ་ཁས་ལེན་ལམ་ལུགས་སྤྱོད་མི་ཆོག</translation>
    </message>
    <message>
        <source>信用核查结果</source>
        <translation>ཡིད་རྟོན་ཞིབ་བཤེར་གྱི་མཇུག་འབྲས།</translation>
    </message>
    <message>
        <source>可以适用告知承诺制。</source>
        <translation>བརྡ་ཁྱབ་ཁས་ལེན་ལམ་ལུགས་སྤྱོད་ཆོག</translation>
    </message>
    <message>
        <source>不适用告知承诺制</source>
        <translation>བརྡ་ཁྱབ་ཁས་ལེན་ལམ་ལུགས་སྤྱོད་མི་ཆོག</translation>
    </message>
    <message>
        <source>原因：</source>
        <translation>རྒྱུ་མཚན།:</translation>
    </message>
    <message>
        <source>提示：</source>
        <translation>དྲན་སྐུལ།:</translation>
    </message>
    <message>
        <source>本案件将转为“提交证明”办理，已录入的信息不会丢失。请告知申请人可申请信用修复。</source>
        <translation>ལས་དོན་འདི་“ར་སྤྲོད་འབུལ་བ”རུ་བསྒྱུར་ནས་སྒྲུབ་ངེས། བཅུག་ཟིན་པའི་ཆ་འཕྲིན་བརླག་མི་སྲིད། ཞུ་སྙན་འབུལ་མཁན་ལ་ཡིད་རྟོན་སླར་གསོའི་རེ་ཞུ་འབུལ་ཆོག་པ་བརྡ་ཁྱབ་བྱེད་རོགས།</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>登记到中心</source>
        <translation>ལྟེ་གནས་སུ་ཐོ་འགོད།</translation>
    </message>
    <message>
        <source>可选：CA 证书文件路径</source>
        <translation>འདེམས་རུང་། CA ལག་ཁྱེར་ཡིག་ཆའི་ལམ་ཐིག</translation>
    </message>
    <message>
        <source>允许非加密连接（仅限测试网络）</source>
        <translation>གསང་སྡོམ་མེད་པའི་འབྲེལ་མཐུད་ཆོག（ཚོད་ལྟའི་དྲ་རྒྱ་ཁོ་ནར）</translation>
    </message>
    <message>
        <source>中心地址：</source>
        <translation>ལྟེ་གནས་ཀྱི་ས་གནས།:</translation>
    </message>
    <message>
        <source>一次性登记码：</source>
        <translation>ཐེངས་གཅིག་སྤྱོད་པའི་ཐོ་འགོད་ཨང་རྟགས།:</translation>
    </message>
    <message>
        <source>CA 证书：</source>
        <translation>CA ལག་ཁྱེར།:</translation>
    </message>
    <message>
        <source>登记码由中心管理员用 desk-central enroll-code 生成，只能使用一次。</source>
        <translation>ཐོ་འགོད་ཨང་རྟགས་ནི་ལྟེ་གནས་ཀྱི་དོ་དམ་པས་ desk-central enroll-code བེད་སྤྱོད་ནས་བཟོ་བ་ཡིན་ལ། ཐེངས་གཅིག་ལས་སྤྱོད་མི་ཆོག</translation>
    </message>
</context>
<context>
    <name>FalsePromiseDialog</name>
    <message>
        <source>不实承诺 — {no}</source>
        <translation>ཁས་ལེན་བདེན་མིན། — {no}</translation>
    </message>
    <message>
        <source>认定</source>
        <translation>ཐག་གཅོད།</translation>
    </message>
    <message>
        <source>不实承诺的事实</source>
        <translation>ཁས་ལེན་བདེན་མིན་གྱི་དོན་དངོས།</translation>
    </message>
    <message>
        <source>承诺内容与核查查明的事实，如：承诺无犯罪记录，经公安机关协助核查……</source>
        <translation>ཁས་ལེན་ནང་དོན་དང་ཞིབ་བཤེར་གྱིས་གསལ་པོར་བཟོས་པའི་དོན་དངོས། དཔེར་ན། ཉེས་རྐྱེན་ཟིན་ཐོ་མེད་ཅེས་ཁས་བླངས་ཀྱང་། སྤྱི་བདེ་ལས་ཁུངས་ཀྱི་རོགས་སྐྱོར་ཞིབ་བཤེར་བརྒྱུད……</translation>
    </message>
    <message>
        <source>认定日期</source>
        <translation>ཐག་གཅོད་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <source>认定人</source>
        <translation>ཐག་གཅོད་མཁན།</translation>
    </message>
    <message>
        <source>失信程度</source>
        <translation>ཡིད་རྟོན་ཤོར་བའི་ཚད།</translation>
    </message>
    <message>
        <source>（信用修复前不适用告知承诺）</source>
        <translation>（ཡིད་རྟོན་སླར་གསོ་མ་བྱས་གོང་བརྡ་ཁྱབ་ཁས་ལེན་སྤྱོད་མི་ཆོག）</translation>
    </message>
    <message>
        <source>事实(&amp;A)：</source>
        <translation>དོན་དངོས།(&amp;A):</translation>
    </message>
    <message>
        <source>认定日期(&amp;D)：</source>
        <translation>ཐག་གཅོད་ཚེས་གྲངས།(&amp;D):</translation>
    </message>
    <message>
        <source>认定人(&amp;B)：</source>
        <translation>ཐག་གཅོད་མཁན།(&amp;B):</translation>
    </message>
    <message>
        <source>失信程度(&amp;G)：</source>
        <translation>ཡིད་རྟོན་ཤོར་བའི་ཚད།(&amp;G):</translation>
    </message>
    <message>
        <source>处理措施</source>
        <translation>ཐག་གཅོད་ཐབས་ཇུས།</translation>
    </message>
    <message>
        <source>如：城政罚〔2026〕12号</source>
        <translation>དཔེར་ན། 城政罚〔2026〕12号</translation>
    </message>
    <message>
        <source>措施日期</source>
        <translation>ཐབས་ཇུས་ཀྱི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>ཡིག་ཨང་།</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>འགན་འཁུར་མཁན།</translation>
    </message>
    <message>
        <source>改正期限</source>
        <translation>བཅོས་སྒྲིག་དུས་བཀག</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>གསལ་བཤད།</translation>
    </message>
    <message>
        <source>添加措施(&amp;M)</source>
        <translation>ཐབས་ཇུས་ཁ་སྣོན།(&amp;M)</translation>
    </message>
    <message>
        <source>已记录和待保存的措施</source>
        <translation>ཟིན་ཐོ་བྱས་ཟིན་པ་དང་ཉར་ཚགས་སྒུག་བཞིན་པའི་ཐབས་ཇུས།</translation>
    </message>
    <message>
        <source>措施(&amp;K)：</source>
        <translation>ཐབས་ཇུས།(&amp;K):</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>ཚེས་གྲངས།:</translation>
    </message>
    <message>
        <source>文号(&amp;N)：</source>
        <translation>ཡིག་ཨང་།(&amp;N):</translation>
    </message>
    <message>
        <source>责任人(&amp;R)：</source>
        <translation>འགན་འཁུར་མཁན།(&amp;R):</translation>
    </message>
    <message>
        <source>改正期限：</source>
        <translation>བཅོས་སྒྲིག་དུས་བཀག:</translation>
    </message>
    <message>
        <source>说明：</source>
        <translation>གསལ་བཤད།:</translation>
    </message>
    <message>
        <source>已记录：</source>
        <translation>ཟིན་ཐོ་བྱས་ཟིན།:</translation>
    </message>
    <message>
        <source>打印告知书(&amp;P)…</source>
        <translation>བརྡ་ཁྱབ་ཡི་གེ་པར་འདེབས།(&amp;P)…</translation>
    </message>
    <message>
        <source>&#x3000;期限 {deadline}</source>
        <translation>&#x3000;དུས་བཀག {deadline}</translation>
    </message>
    <message>
        <source>请填写该措施的文号和责任人。</source>
        <translation>ཐབས་ཇུས་འདིའི་ཡིག་ཨང་དང་འགན་འཁུར་མཁན་འབྲི་རོགས།</translation>
    </message>
    <message>
        <source>待保存：</source>
        <translation>ཉར་ཚགས་སྒུག་བཞིན་པ།:</translation>
    </message>
    <message>
        <source>没有待保存的处理措施。</source>
        <translation>ཉར་ཚགས་སྒུག་བཞིན་པའི་ཐག་གཅོད་ཐབས་ཇུས་མི་འདུག</translation>
    </message>
    <message>
        <source>未能生成告知书</source>
        <translation>བརྡ་ཁྱབ་ཡི་གེ་བཟོ་མ་ཐུབ།</translation>
    </message>
    <message>
        <source>不实承诺处理告知书 {no}</source>
        <translation>ཁས་ལེན་བདེན་མིན་ཐག་གཅོད་བརྡ་ཁྱབ་ཡི་གེ {no}</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>统计表</source>
        <translation>སྡོམ་རྩིས་རེའུ་མིག</translation>
    </message>
    <message>
        <source>导出 Excel(&amp;X)…</source>
        <translation>Excel ཕྱིར་འདྲེན།(&amp;X)…</translation>
    </message>
    <message>
        <source>导出 CSV(&amp;V)…</source>
        <translation>CSV ཕྱིར་འདྲེན།(&amp;V)…</translation>
    </message>
    <message>
        <source>暂无此项数据。</source>
        <translation>ད་ལྟ་གཞི་གྲངས་འདི་མེད།</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>第8步 预览并完成</source>
        <translation>གོམ་པ་8 སྔོན་ལྟ་དང་ལེགས་གྲུབ།</translation>
    </message>
    <message>
        <source>案件预览</source>
        <translation>ལས་དོན་སྔོན་ལྟ།</translation>
    </message>
    <message>
        <source>证明事项</source>
        <translation>ར་སྤྲོད་བྱ་དོན།</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན།</translation>
    </message>
    <message>
        <source>授权书</source>
        <translation>དབང་སྤྲོད་ཡི་གེ</translation>
    </message>
    <message>
        <source>代理人</source>
        <translation>ཚབ་བྱེད་མཁན།</translation>
    </message>
    <message>
        <source>本案件按“提交证明”办理并登记。</source>
        <translation>ལས་དོན་འདི་“ར་སྤྲོད་འབུལ་བ”ལྟར་སྒྲུབ་ཅིང་ཐོ་འགོད་བྱེད།</translation>
    </message>
    <message>
        <source>办理方式</source>
        <translation>ལས་སྒྲུབ་ཐབས་ལམ།</translation>
    </message>
    <message>
        <source>提交证明</source>
        <translation>ར་སྤྲོད་འབུལ་བ།</translation>
    </message>
    <message>
        <source>完成后案件不可更改，并生成告知承诺书（一式两份）。</source>
        <translation>ལེགས་གྲུབ་རྗེས་ལས་དོན་བཟོ་བཅོས་བྱེད་མི་ཆོག་ལ། བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེ（འདྲ་མཚུངས་ཁ་གཉིས）བཟོ་ངེས།</translation>
    </message>
    <message>
        <source>告知承诺</source>
        <translation>བརྡ་ཁྱབ་ཁས་ལེན།</translation>
    </message>
    <message>
        <source>已告知</source>
        <translation>བརྡ་ཁྱབ་ཟིན།</translation>
    </message>
    <message>
        <source>是</source>
        <translation>ཡིན།</translation>
    </message>
    <message>
        <source>已宣读</source>
        <translation>ཀློག་བསྒྲགས་ཟིན།</translation>
    </message>
    <message>
        <source>告知承诺书语言</source>
        <translation>བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེའི་སྐད་ཡིག</translation>
    </message>
    <message>
        <source>汉藏双语</source>
        <translation>རྒྱ་བོད་སྐད་གཉིས།</translation>
    </message>
    <message>
        <source>同意公开</source>
        <translation>ཁྱབ་བསྒྲགས་ལ་མོས་མཐུན།</translation>
    </message>
    <message>
        <source>否</source>
        <translation>མིན།</translation>
    </message>
    <message>
        <source>签名</source>
        <translation>མིང་རྟགས།</translation>
    </message>
    <message>
        <source>代签：{name}（{relation}，{doc}），申请人按指印</source>
        <translation>ཚབ་ཏུ་མིང་རྟགས། {name}（{relation}། {doc}）། ཞུ་སྙན་འབུལ་མཁན་གྱིས་མཛུབ་རྗེས་རྒྱག</translation>
    </message>
    <message>
        <source>已签名</source>
        <translation>མིང་རྟགས་བཀོད་ཟིན།</translation>
    </message>
</context>
<context>
    <name>FollowUpButtons</name>
    <message>
        <source>撤回承诺(&amp;W)…</source>
        <translation>ཁས་ལེན་ཕྱིར་འཐེན།(&amp;W)…</translation>
    </message>
    <message>
        <source>办结(&amp;J)…</source>
        <translation>སྒྲུབ་ཚར།(&amp;J)…</translation>
    </message>
    <message>
        <source>登记更正(&amp;G)…</source>
        <translation>བཅོས་སྒྲིག་ཐོ་འགོད།(&amp;G)…</translation>
    </message>
    <message>
        <source>不实承诺(&amp;F)…</source>
        <translation>ཁས་ལེན་བདེན་མིན།(&amp;F)…</translation>
    </message>
    <message>
        <source>信用记录(&amp;X)…</source>
        <translation>ཡིད་རྟོན་ཟིན་ཐོ།(&amp;X)…</translation>
    </message>
    <message>
        <source>未能打开</source>
        <translation>ཁ་ཕྱེ་མ་ཐུབ།</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>第3步 核验申请人身份</source>
        <translation>གོམ་པ་3 ཞུ་སྙན་འབུལ་མཁན་གྱི་ཐོབ་ཐང་ཞིབ་བཤེར།</translation>
    </message>
    <message>
        <source>承诺人须本人持有效身份证件原件到场签署；代为承诺仅限事项允许且有特别授权。</source>
        <translation>ཁས་ལེན་མཁན་རང་ཉིད་ཀྱིས་ནུས་ལྡན་ཐོབ་ཐང་ལག་ཁྱེར་མ་ཡིག་ཁྱེར་ནས་ས་ཐོག་ཏུ་མིང་རྟགས་འགོད་དགོས། ཚབ་ཏུ་ཁས་ལེན་པ་ནི་བྱ་དོན་གྱིས་ཆོག་མཆན་སྤྲད་པ་དང་དམིགས་བསལ་དབང་སྤྲོད་ཡོད་པ་ཁོ་ནར་ཆོག</translation>
    </message>
    <message>
        <source>个人(&amp;R)</source>
        <translation>སྒེར་མི།(&amp;R)</translation>
    </message>
    <message>
        <source>单位(&amp;O)</source>
        <translation>ལས་ཁུངས།(&amp;O)</translation>
    </message>
    <message>
        <source>申请人类型：</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན་གྱི་རིགས།:</translation>
    </message>
    <message>
        <source>读卡(&amp;K)</source>
        <translation>ལག་ཁྱེར་ཀློག(&amp;K)</translation>
    </message>
    <message>
        <source>从身份证阅读器读卡</source>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཀློག་ཆས་ནས་ཀློག</translation>
    </message>
    <message>
        <source>将身份证放在读卡器上，按 Alt+K 读取姓名和证件号码</source>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཀློག་ཆས་སྟེང་དུ་བཞག་ནས་ Alt+K མནན་ཏེ་མིང་དང་ལག་ཁྱེར་ཨང་གྲངས་ཀློག</translation>
    </message>
    <message>
        <source>证件照片</source>
        <translation>ལག་ཁྱེར་པར།</translation>
    </message>
    <message>
        <source>姓名(&amp;N)：</source>
        <translation>མིང་།(&amp;N):</translation>
    </message>
    <message>
        <source>证件类型：</source>
        <translation>ལག་ཁྱེར་གྱི་རིགས།:</translation>
    </message>
    <message>
        <source>证件号码(&amp;I)：</source>
        <translation>ལག་ཁྱེར་ཨང་གྲངས།(&amp;I):</translation>
    </message>
    <message>
        <source>联系电话(&amp;T)：</source>
        <translation>འབྲེལ་གཏུག་ཁ་པར།(&amp;T):</translation>
    </message>
    <message>
        <source>已核验本人有效身份证件原件，承诺人本人到场(&amp;S)</source>
        <translation>རང་ཉིད་ཀྱི་ནུས་ལྡན་ཐོབ་ཐང་ལག་ཁྱེར་མ་ཡིག་ཞིབ་བཤེར་བྱས་ཟིན་ལ། ཁས་ལེན་མཁན་རང་ཉིད་ས་ཐོག་ཏུ་ཡོད།(&amp;S)</translation>
    </message>
    <message>
        <source>单位名称：</source>
        <translation>ལས་ཁུངས་ཀྱི་མིང་།:</translation>
    </message>
    <message>
        <source>统一社会信用代码：</source>
        <translation>སྤྱི་ཚོགས་ཡིད་རྟོན་ཚབ་རྟགས་གཅིག་གྱུར།:</translation>
    </message>
    <message>
        <source>法定代表人：</source>
        <translation>ཁྲིམས་ལྡན་ཚབ་མི།:</translation>
    </message>
    <message>
        <source>联系电话：</source>
        <translation>འབྲེལ་གཏུག་ཁ་པར།:</translation>
    </message>
    <message>
        <source>已核验营业执照（登记证书）原件及签字人身份证件原件</source>
        <translation>ཚོང་ལས་ཆོག་མཆན（ཐོ་འགོད་ལག་ཁྱེར）མ་ཡིག་དང་མིང་རྟགས་འགོད་མཁན་གྱི་ཐོབ་ཐང་ལག་ཁྱེར་མ་ཡིག་ཞིབ་བཤེར་བྱས་ཟིན།</translation>
    </message>
    <message>
        <source>由代理人代为承诺(&amp;A)</source>
        <translation>ཚབ་བྱེད་མཁན་གྱིས་ཚབ་ཏུ་ཁས་ལེན།(&amp;A)</translation>
    </message>
    <message>
        <source>代理人姓名：</source>
        <translation>ཚབ་བྱེད་མཁན་གྱི་མིང་།:</translation>
    </message>
    <message>
        <source>证件号码：</source>
        <translation>ལག་ཁྱེར་ཨང་གྲངས།:</translation>
    </message>
    <message>
        <source>特别授权书编号：</source>
        <translation>དམིགས་བསལ་དབང་སྤྲོད་ཡི་གེའི་ཨང་རྟགས།:</translation>
    </message>
    <message>
        <source>已核验代理人身份证件原件</source>
        <translation>ཚབ་བྱེད་མཁན་གྱི་ཐོབ་ཐང་ལག་ཁྱེར་མ་ཡིག་ཞིབ་བཤེར་བྱས་ཟིན།</translation>
    </message>
    <message>
        <source>长期</source>
        <translation>ཡུན་རིང་།</translation>
    </message>
    <message>
        <source>已读卡：{name}&#x3000;{number}&#x3000;住址：{address}&#x3000;有效期限：{since}—{until}</source>
        <translation>ཀློག་ཟིན། {name}&#x3000;{number}&#x3000;སྡོད་གནས། {address}&#x3000;ནུས་ཡུན། {since}—{until}</translation>
    </message>
    <message>
        <source>本事项不允许代为承诺。</source>
        <translation>བྱ་དོན་འདིར་ཚབ་ཏུ་ཁས་ལེན་མི་ཆོག</translation>
    </message>
    <message>
        <source>代理人不能是申请人本人。</source>
        <translation>ཚབ་བྱེད་མཁན་ནི་ཞུ་སྙན་འབུལ་མཁན་རང་ཉིད་ཡིན་མི་ཆོག</translation>
    </message>
</context>
<context>
    <name>ItemEditorDialog</name>
    <message>
        <source>编辑事项 {code}（当前第 {v} 版）</source>
        <translation>བྱ་དོན {code} རྩོམ་སྒྲིག（ད་ལྟ་པར་གཞི་ {v} པ）</translation>
    </message>
    <message>
        <source>事项名称</source>
        <translation>བྱ་དོན་གྱི་མིང་།</translation>
    </message>
    <message>
        <source>证明名称</source>
        <translation>ར་སྤྲོད་ཀྱི་མིང་།</translation>
    </message>
    <message>
        <source>所属领域</source>
        <translation>གཏོགས་ཡུལ་ཁྱབ་ཁོངས།</translation>
    </message>
    <message>
        <source>证明用途</source>
        <translation>ར་སྤྲོད་ཀྱི་བེད་སྤྱོད།</translation>
    </message>
    <message>
        <source>设定依据</source>
        <translation>གཏན་འཁེལ་གཞི་རྩ།</translation>
    </message>
    <message>
        <source>证明内容</source>
        <translation>ར་སྤྲོད་ནང་དོན།</translation>
    </message>
    <message>
        <source>承诺条件（每行一条）</source>
        <translation>ཁས་ལེན་ཆ་རྐྱེན（ཕྲེང་རེར་གཅིག）</translation>
    </message>
    <message>
        <source>承诺效力</source>
        <translation>ཁས་ལེན་གྱི་ནུས་ཤུགས།</translation>
    </message>
    <message>
        <source>核查方式</source>
        <translation>ཞིབ་བཤེར་ཐབས་ལམ།</translation>
    </message>
    <message>
        <source>核查方式：</source>
        <translation>ཞིབ་བཤེར་ཐབས་ལམ།:</translation>
    </message>
    <message>
        <source> 个工作日</source>
        <translation> ལས་ཉིན།</translation>
    </message>
    <message>
        <source>核查时限</source>
        <translation>ཞིབ་བཤེར་དུས་ཚད།</translation>
    </message>
    <message>
        <source>核查时限：</source>
        <translation>ཞིབ་བཤེར་དུས་ཚད།:</translation>
    </message>
    <message>
        <source>核查标准</source>
        <translation>ཞིབ་བཤེར་ཚད་གཞི།</translation>
    </message>
    <message>
        <source>协助核查单位</source>
        <translation>རོགས་སྐྱོར་ཞིབ་བཤེར་ལས་ཁུངས།</translation>
    </message>
    <message>
        <source>承诺书须公开</source>
        <translation>ཁས་ལེན་ཡི་གེ་ཁྱབ་བསྒྲགས་བྱེད་དགོས།</translation>
    </message>
    <message>
        <source>是否公开：</source>
        <translation>ཁྱབ་བསྒྲགས་བྱེད་མིན།:</translation>
    </message>
    <message>
        <source>公开范围</source>
        <translation>ཁྱབ་བསྒྲགས་ཁྱབ་ཁོངས།</translation>
    </message>
    <message>
        <source>（未定）</source>
        <translation>（གཏན་འཁེལ་བྱས་མེད）</translation>
    </message>
    <message>
        <source> 日</source>
        <translation> ཉིན།</translation>
    </message>
    <message>
        <source>公开期限</source>
        <translation>ཁྱབ་བསྒྲགས་དུས་ཡུན།</translation>
    </message>
    <message>
        <source>公开期限：</source>
        <translation>ཁྱབ་བསྒྲགས་དུས་ཡུན།:</translation>
    </message>
    <message>
        <source>允许代为承诺（须申请人特别授权）</source>
        <translation>ཚབ་ཏུ་ཁས་ལེན་ཆོག（ཞུ་སྙན་འབུལ་མཁན་གྱི་དམིགས་བསལ་དབང་སྤྲོད་དགོས）</translation>
    </message>
    <message>
        <source>代为承诺：</source>
        <translation>ཚབ་ཏུ་ཁས་ལེན།:</translation>
    </message>
    <message>
        <source>受理单位</source>
        <translation>ཞུ་ཡིག་ལེན་མཁན་ལས་ཁུངས།</translation>
    </message>
    <message>
        <source>实施机关</source>
        <translation>ལག་བསྟར་ལས་ཁུངས།</translation>
    </message>
    <message>
        <source>保存为新版本(&amp;S)</source>
        <translation>པར་གཞི་གསར་པར་ཉར་ཚགས།(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ItemHistoryDialog</name>
    <message>
        <source>事项 {code} 的版本历史</source>
        <translation>བྱ་དོན {code} ཡི་པར་གཞིའི་ལོ་རྒྱུས།</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>བེད་སྤྱོད་མཚམས་འཇོག</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>ནུས་ལྡན།</translation>
    </message>
    <message>
        <source>是</source>
        <translation>ཡིན།</translation>
    </message>
    <message>
        <source>否</source>
        <translation>མིན།</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>པར་གཞི།</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>ནུས་ཤུགས་ཐོན་པའི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <source>失效日期</source>
        <translation>ནུས་མེད་དུ་གྱུར་པའི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>གནས་སྟངས།</translation>
    </message>
    <message>
        <source>调整原因</source>
        <translation>ལེགས་སྒྲིག་གི་རྒྱུ་མཚན།</translation>
    </message>
    <message>
        <source>备案日期</source>
        <translation>ཐོ་འགོད་ཉར་ཚགས་ཀྱི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>ཁུངས།</translation>
    </message>
    <message>
        <source>录入时间</source>
        <translation>ནང་འཇུག་དུས་ཚོད།</translation>
    </message>
    <message>
        <source>已发布</source>
        <translation>ཁྱབ་བསྒྲགས་བྱས་ཟིན།</translation>
    </message>
    <message>
        <source>版本历史</source>
        <translation>པར་གཞིའི་ལོ་རྒྱུས།</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>第1步 选择证明事项</source>
        <translation>གོམ་པ་1 ར་སྤྲོད་བྱ་དོན་འདེམས་པ།</translation>
    </message>
    <message>
        <source>输入事项名称、编码或拼音首字母（如 jzls 查找“兼职律师”），按 Enter 选中第一项。</source>
        <translation>བྱ་དོན་གྱི་མིང་དང་ཨང་རྟགས། ཡང་ན་ཕིན་ཡིན་གྱི་ཡིག་འབྲུ་དང་པོ（དཔེར་ན jzls བཅུག་ན“兼职律师”འཚོལ）བཅུག་ནས། Enter མནན་ན་དང་པོ་འདེམས།</translation>
    </message>
    <message>
        <source>搜索证明事项…</source>
        <translation>ར་སྤྲོད་བྱ་དོན་འཚོལ་བ།…</translation>
    </message>
    <message>
        <source>搜索证明事项</source>
        <translation>ར་སྤྲོད་བྱ་དོན་འཚོལ་བ།</translation>
    </message>
    <message>
        <source>证明事项列表</source>
        <translation>ར་སྤྲོད་བྱ་དོན་གྱི་ཐོ།</translation>
    </message>
    <message>
        <source>【最近】</source>
        <translation>【ཉེ་ཆར】</translation>
    </message>
    <message>
        <source>没有匹配的证明事项。</source>
        <translation>མཐུན་པའི་ར་སྤྲོད་བྱ་དོན་མི་འདུག</translation>
    </message>
    <message>
        <source>允许代为承诺</source>
        <translation>ཚབ་ཏུ་ཁས་ལེན་ཆོག</translation>
    </message>
    <message>
        <source>须本人承诺</source>
        <translation>རང་ཉིད་ཀྱིས་ཁས་ལེན་དགོས།</translation>
    </message>
    <message>
        <source>领域</source>
        <translation>ཁྱབ་ཁོངས།</translation>
    </message>
    <message>
        <source>核查</source>
        <translation>ཞིབ་བཤེར།</translation>
    </message>
    <message>
        <source>目录版本</source>
        <translation>དཀར་ཆག་པར་གཞི།</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>界面语言</source>
        <translation>ངོས་ལྡེབ་སྐད་ཡིག</translation>
    </message>
    <message>
        <source>界面语言：切换后立即生效，并为当前用户记住</source>
        <translation>ངོས་ལྡེབ་སྐད་ཡིག སྒྱུར་མ་ཐག་ནུས་པ་ཐོན་ཞིང་། ད་ལྟའི་སྤྱོད་མཁན་གྱི་ཆེད་དུ་དྲན་ཉར་བྱེད།</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <source>未能完成</source>
        <translation>ལེགས་གྲུབ་མ་ཐུབ།</translation>
    </message>
    <message>
        <source>告知承诺书 {no}</source>
        <translation>བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེ {no}</translation>
    </message>
    <message>
        <source>确认纸质文书</source>
        <translation>ཤོག་བུའི་ཡིག་ཆ་གཏན་འཁེལ།</translation>
    </message>
    <message>
        <source>两份告知承诺书已打印，申请人已签字，受理单位已盖章？
未确认的案件将显示为“待打印用印”。</source>
        <translation>བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེ་ཁ་གཉིས་པར་བརྒྱབ་ཟིན། ཞུ་སྙན་འབུལ་མཁན་གྱིས་མིང་རྟགས་བཀོད་ཟིན། ཞུ་ཡིག་ལེན་མཁན་ལས་ཁུངས་ཀྱིས་ཐམ་ག་བརྒྱབ་ཟིན་ནམ།
གཏན་འཁེལ་མ་བྱས་པའི་ལས་དོན་“པར་འདེབས་དང་ཐམ་ག་སྒུག་བཞིན་པ”ཞེས་མངོན་ངེས།</translation>
    </message>
    <message>
        <source>已签字盖章(&amp;Y)</source>
        <translation>མིང་རྟགས་དང་ཐམ་ག་ཚར།(&amp;Y)</translation>
    </message>
    <message>
        <source>稍后确认(&amp;L)</source>
        <translation>རྗེས་སུ་གཏན་འཁེལ།(&amp;L)</translation>
    </message>
    <message>
        <source>补打告知承诺书</source>
        <translation>བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེ་བསྐྱར་དུ་པར་འདེབས།</translation>
    </message>
    <message>
        <source>补打原因（如：申请人遗失、打印卡纸）：</source>
        <translation>བསྐྱར་དུ་པར་འདེབས་པའི་རྒྱུ་མཚན（དཔེར་ན། ཞུ་སྙན་འབུལ་མཁན་གྱིས་བོར་བ། པར་འདེབས་སྐབས་ཤོག་བུ་འཛེར་བ）:</translation>
    </message>
    <message>
        <source>补打 {no}</source>
        <translation>བསྐྱར་དུ་པར་འདེབས། {no}</translation>
    </message>
    <message>
        <source>导出告知承诺书</source>
        <translation>བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེ་ཕྱིར་འདོན།</translation>
    </message>
    <message>
        <source>无法写入文件：{e}</source>
        <translation>ཡིག་ཆར་འབྲི་མ་ཐུབ། {e}</translation>
    </message>
</context>
<context>
    <name>LetterCheckDialog</name>
    <message>
        <source>核验告知承诺书</source>
        <translation>བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེ་ཞིབ་བསྡུར།</translation>
    </message>
    <message>
        <source>用扫码枪扫描纸质告知承诺书右上角的二维码，或粘贴二维码内容后按回车(&amp;Q)：</source>
        <translation>ཤོག་བུའི་བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེའི་གཡས་ཟུར་སྟེང་གི་གྲུ་བཞིའི་ཨང་རྟགས་ཐིག་ཨང་ཞིབ་ལེན་ཆས་ཀྱིས་ཞིབ་ལེན་བྱེད་པའམ། ཡང་ན་ནང་དོན་སྦྱར་རྗེས་ Enter མནན།(&amp;Q):</translation>
    </message>
    <message>
        <source>DESKAPP1|案件编号|内容摘要</source>
        <translation>DESKAPP1|ལས་དོན་ཨང་རྟགས|ནང་དོན་གནད་བསྡུས</translation>
    </message>
    <message>
        <source>二维码内容</source>
        <translation>གྲུ་བཞིའི་ཨང་རྟགས་ཀྱི་ནང་དོན།</translation>
    </message>
    <message>
        <source>核验(&amp;C)</source>
        <translation>ཞིབ་བསྡུར།(&amp;C)</translation>
    </message>
    <message>
        <source>核验结论</source>
        <translation>ཞིབ་བསྡུར་གྱི་མཇུག་སྡོམ།</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>ཁ་རྒྱག</translation>
    </message>
    <message>
        <source>请先扫描或粘贴二维码内容。</source>
        <translation>སྔོན་ལ་གྲུ་བཞིའི་ཨང་རྟགས་ཞིབ་ལེན་ནམ་ནང་དོན་སྦྱར་རོགས།</translation>
    </message>
    <message>
        <source>案件编号：{no}</source>
        <translation>ལས་དོན་ཨང་རྟགས། {no}</translation>
    </message>
    <message>
        <source>案件状态：{state}</source>
        <translation>ལས་དོན་གྱི་གནས་སྟངས། {state}</translation>
    </message>
    <message>
        <source>内容摘要：{v}</source>
        <translation>ནང་དོན་གནད་བསྡུས། {v}</translation>
    </message>
    <message>
        <source>相符</source>
        <translation>མཐུན་པ།</translation>
    </message>
    <message>
        <source>不符</source>
        <translation>མི་མཐུན།</translation>
    </message>
    <message>
        <source>存储记录：已被改动</source>
        <translation>ཉར་ཚགས་ཟིན་ཐོ། བཟོ་བཅོས་བྱས་ཟིན།</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <source>文书预览</source>
        <translation>ཡིག་ཆ་སྔོན་ལྟ།</translation>
    </message>
    <message>
        <source>预览 · 不作为正式文书</source>
        <translation>སྔོན་ལྟ། · ཡིག་ཆ་དངོས་མ་མིན།</translation>
    </message>
    <message>
        <source>预览仅供核对，正式文书以打印件为准。</source>
        <translation>སྔོན་ལྟ་ནི་ཞིབ་བཤེར་ཁོ་ནའི་ཆེད་ཡིན། ཡིག་ཆ་དངོས་མ་ནི་པར་བརྒྱབ་པ་དེ་ལ་གཞི་བཞག</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 页</source>
        <translation>
            <numerusform>ཤོག་ངོས་ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>页数</source>
        <translation>ཤོག་གྲངས།</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>པར་འདེབས།(&amp;P)…</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>པར་འདེབས།</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>ཁ་རྒྱག</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>终端已锁定（{user}）。请输入密码解锁；未完成的案件已保留。</source>
        <translation>མཐའ་སྣེ་ཟྭ་བརྒྱབ་ཟིན（{user}）། གསང་གྲངས་བཅུག་ནས་ཟྭ་འབྱེད་རོགས། ལེགས་གྲུབ་མ་བྱུང་བའི་ལས་དོན་ཉར་ཚགས་བྱས་ཡོད།</translation>
    </message>
    <message>
        <source>解锁密码</source>
        <translation>ཟྭ་འབྱེད་གསང་གྲངས།</translation>
    </message>
    <message>
        <source>解锁(&amp;U)</source>
        <translation>ཟྭ་འབྱེད།(&amp;U)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录</source>
        <translation>ནང་འཛུལ།</translation>
    </message>
    <message>
        <source>{office}&#x3000;终端 {terminal}</source>
        <translation>{office}&#x3000;མཐའ་སྣེ {terminal}</translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation>སྤྱོད་མཁན་མིང་།:</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>གསང་གྲངས།:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>新建案件(&amp;N)</source>
        <translation>ལས་དོན་གསར་འཛུགས།(&amp;N)</translation>
    </message>
    <message>
        <source>目录与格式文本(&amp;L)</source>
        <translation>དཀར་ཆག་དང་རྣམ་གཞག་ཡི་གེ(&amp;L)</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>ལས་དོན།</translation>
    </message>
    <message>
        <source>打印机…</source>
        <translation>པར་འདེབས་འཕྲུལ་ཆས།…</translation>
    </message>
    <message>
        <source>信用记录…</source>
        <translation>ཡིད་རྟོན་ཟིན་ཐོ།…</translation>
    </message>
    <message>
        <source>统计报表(&amp;R)</source>
        <translation>སྡོམ་རྩིས་རེའུ་མིག(&amp;R)</translation>
    </message>
    <message>
        <source>修改密码…</source>
        <translation>གསང་གྲངས་བཟོ་བཅོས།…</translation>
    </message>
    <message>
        <source>核查任务(&amp;T)</source>
        <translation>ཞིབ་བཤེར་ལས་འགན།(&amp;T)</translation>
    </message>
    <message>
        <source>用户管理…</source>
        <translation>སྤྱོད་མཁན་དོ་དམ།…</translation>
    </message>
    <message>
        <source>登记到中心…</source>
        <translation>ལྟེ་གནས་སུ་ཐོ་འགོད།…</translation>
    </message>
    <message>
        <source>界面语言(&amp;G)：</source>
        <translation>ངོས་ལྡེབ་སྐད་ཡིག(&amp;G):</translation>
    </message>
    <message>
        <source>搜索：案件编号、姓名或证件号码（Ctrl+F）</source>
        <translation>འཚོལ་བ། ལས་དོན་ཨང་རྟགས་དང་མིང་། ཡང་ན་ལག་ཁྱེར་ཨང་གྲངས།（Ctrl+F）</translation>
    </message>
    <message>
        <source>搜索案件</source>
        <translation>ལས་དོན་འཚོལ་བ།</translation>
    </message>
    <message>
        <source>扫码枪：扫描案件条码后自动打开</source>
        <translation>ཐིག་ཨང་ཞིབ་ལེན་ཆས། ལས་དོན་གྱི་ཐིག་ཨང་ཞིབ་ལེན་བྱས་རྗེས་རང་འགུལ་གྱིས་ཁ་ཕྱེ།</translation>
    </message>
    <message>
        <source>扫码输入</source>
        <translation>ཐིག་ཨང་ནང་འཇུག</translation>
    </message>
    <message>
        <source>案件列表</source>
        <translation>ལས་དོན་གྱི་ཐོ།</translation>
    </message>
    <message>
        <source>培训数据：本终端数据仅用于培训，不会同步，打印件均标注“培训”。</source>
        <translation>སྦྱོང་བརྡར་གཞི་གྲངས། མཐའ་སྣེ་འདིའི་གཞི་གྲངས་ནི་སྦྱོང་བརྡར་ཁོ་ནའི་ཆེད་ཡིན་ལ། གོམ་མཉམ་མི་བྱེད། པར་བརྒྱབ་པ་ཚང་མར་“སྦྱོང་བརྡར”ཞེས་མཚོན་ཡོད།</translation>
    </message>
    <message>
        <source>搜索结果：{n} 件</source>
        <translation>འཚོལ་འབྲས། ལས་དོན་ {n}</translation>
    </message>
    <message>
        <source>今日案件：{n} 件</source>
        <translation>དེ་རིང་གི་ལས་དོན། {n}</translation>
    </message>
    <message>
        <source>{user}（{role}）</source>
        <translation>{user}（{role}）</translation>
    </message>
    <message>
        <source>在线</source>
        <translation>དྲ་ཐོག</translation>
    </message>
    <message>
        <source>离线</source>
        <translation>དྲ་ལམ་ཆད།</translation>
    </message>
    <message>
        <source>待同步：{n}</source>
        <translation>གོམ་མཉམ་སྒུག་བཞིན་པ། {n}</translation>
    </message>
    <message>
        <source>待打印用印：{n}</source>
        <translation>པར་འདེབས་དང་ཐམ་ག་སྒུག་བཞིན་པ། {n}</translation>
    </message>
    <message>
        <source>暂停受理新案件</source>
        <translation>ལས་དོན་གསར་པ་ལེན་པ་གནས་སྐབས་མཚམས་འཇོག</translation>
    </message>
    <message>
        <source>告知承诺制窗口受理 — {office}（终端 {terminal}）</source>
        <translation>བརྡ་ཁྱབ་ཁས་ལེན་ལམ་ལུགས་སྒེའུ་ཁུང་ཞུ་ཡིག་ལེན་པ། — {office}（མཐའ་སྣེ {terminal}）</translation>
    </message>
    <message>
        <source> 【培训数据】</source>
        <translation> 【སྦྱོང་བརྡར་གཞི་གྲངས】</translation>
    </message>
    <message>
        <source>案件 {no} 核查不实，请依法处理并记入信用记录。</source>
        <translation>ལས་དོན {no} ཞིབ་བཤེར་བྱས་པར་བདེན་མིན་པས། ཁྲིམས་ལྟར་ཐག་གཅོད་བྱས་ནས་ཡིད་རྟོན་ཟིན་ཐོར་འགོད་རོགས།</translation>
    </message>
    <message>
        <source>不实承诺</source>
        <translation>ཁས་ལེན་བདེན་མིན།</translation>
    </message>
    <message>
        <source>案件 {no} 已保存。</source>
        <translation>ལས་དོན {no} ཉར་ཚགས་བྱས་ཟིན།</translation>
    </message>
    <message>
        <source>文书核对</source>
        <translation>ཡིག་ཆ་ཞིབ་བསྡུར།</translation>
    </message>
    <message>
        <source>本终端打印机：{name}</source>
        <translation>མཐའ་སྣེ་འདིའི་པར་འདེབས་འཕྲུལ་ཆས། {name}</translation>
    </message>
    <message>
        <source>核验告知承诺书(&amp;V)…</source>
        <translation>བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེ་ཞིབ་བསྡུར།(&amp;V)…</translation>
    </message>
    <message>
        <source>扫描纸质告知承诺书的二维码，核对是否与记录一致（Ctrl+Shift+V）</source>
        <translation>ཤོག་བུའི་བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེའི་གྲུ་བཞིའི་ཨང་རྟགས་ཞིབ་ལེན་བྱས་ནས་ཟིན་ཐོ་དང་མཐུན་མིན་ཞིབ་བསྡུར།（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <source>大字模式(&amp;D)</source>
        <translation>ཡིག་ཆེན་རྣམ་པ།(&amp;D)</translation>
    </message>
    <message>
        <source>全部界面字号放大到 200 %（Ctrl+Shift+D）</source>
        <translation>ངོས་ལྡེབ་ཡོངས་ཀྱི་ཡིག་གཟུགས་ 200 % བར་ཆེ་རུ་གཏོང་།（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>高对比度(&amp;H)</source>
        <translation>ཁྱད་པར་མཐོ་བ།(&amp;H)</translation>
    </message>
    <message>
        <source>黑底白字的高对比度配色（Ctrl+Shift+H）</source>
        <translation>རྒྱབ་ལྗོངས་ནག་པོར་ཡི་གེ་དཀར་པོའི་ཁྱད་པར་མཐོ་བའི་ཚོན་མདོག（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>མངོན་པ།</translation>
    </message>
    <message>
        <source>没有找到案件 {no}。</source>
        <translation>ལས་དོན {no} རྙེད་མ་སོང་།</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>第5步 一次性告知</source>
        <translation>གོམ་པ་5 ཐེངས་གཅིག་ལ་ཚང་མ་བརྡ་ཁྱབ།</translation>
    </message>
    <message>
        <source>请与申请人一起阅读全部告知内容（PageDown 翻页，End 键到末尾）。</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན་དང་མཉམ་དུ་བརྡ་ཁྱབ་ནང་དོན་ཚང་མ་ཀློག་རོགས།（PageDown ཤོག་ངོས་སློག End ལྡེ་མིག་གིས་མཇུག་ཏུ་སླེབས）</translation>
    </message>
    <message>
        <source>告知内容</source>
        <translation>བརྡ་ཁྱབ་ནང་དོན།</translation>
    </message>
    <message>
        <source>已向申请人完整告知以上内容(&amp;G)</source>
        <translation>གོང་གི་ནང་དོན་ཞུ་སྙན་འབུལ་མཁན་ལ་ཆ་ཚང་བརྡ་ཁྱབ་ཟིན།(&amp;G)</translation>
    </message>
    <message>
        <source>已向申请人宣读告知书和承诺内容(&amp;L)</source>
        <translation>བརྡ་ཁྱབ་ཡི་གེ་དང་ཁས་ལེན་ནང་དོན་ཞུ་སྙན་འབུལ་མཁན་ལ་ཀློག་བསྒྲགས་བྱས་ཟིན།(&amp;L)</translation>
    </message>
    <message>
        <source>请先滚动到告知内容末尾。</source>
        <translation>སྔོན་ལ་བརྡ་ཁྱབ་ནང་དོན་གྱི་མཇུག་བར་དུ་འགྲིལ་རོགས།</translation>
    </message>
    <message>
        <source>汉文告知承诺书(&amp;Z)</source>
        <translation>རྒྱ་ཡིག་གི་བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེ(&amp;Z)</translation>
    </message>
    <message>
        <source>汉藏双语告知承诺书 རྒྱ་བོད་ཤན་སྦྱར།(&amp;T)</source>
        <translation>རྒྱ་བོད་ཤན་སྦྱར་གྱི་བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེ(&amp;T)</translation>
    </message>
    <message>
        <source>告知书语言：汉文</source>
        <translation>བརྡ་ཁྱབ་ཡི་གེའི་སྐད་ཡིག：རྒྱ་ཡིག</translation>
    </message>
    <message>
        <source>告知书语言：汉藏双语</source>
        <translation>བརྡ་ཁྱབ་ཡི་གེའི་སྐད་ཡིག：རྒྱ་བོད་སྐད་གཉིས།</translation>
    </message>
    <message>
        <source>大字版告知书(&amp;Y)…</source>
        <translation>ཡིག་ཆེན་བརྡ་ཁྱབ་ཡི་གེ(&amp;Y)…</translation>
    </message>
    <message>
        <source>预览并打印大字版告知和承诺内容，供老年申请人阅读（Alt+Y）</source>
        <translation>ན་རྒན་ཞུ་སྙན་འབུལ་མཁན་གྱིས་ཀློག་ཆེད་བརྡ་ཁྱབ་དང་ཁས་ལེན་ནང་དོན་ཡིག་ཆེན་པར་གཞི་སྔོན་ལྟ་དང་པར་འདེབས།（Alt+Y）</translation>
    </message>
    <message>
        <source>✓ 信用核查通过：可以适用告知承诺制。</source>
        <translation>✓ ཡིད་རྟོན་ཞིབ་བཤེར་འཐུས་ཚང་། བརྡ་ཁྱབ་ཁས་ལེན་ལམ་ལུགས་སྤྱོད་ཆོག</translation>
    </message>
    <message>
        <source>申请人承诺</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན་གྱི་ཁས་ལེན།</translation>
    </message>
</context>
<context>
    <name>PromisePage</name>
    <message>
        <source>第6步 申请人承诺</source>
        <translation>གོམ་པ་6 ཞུ་སྙན་འབུལ་མཁན་གྱི་ཁས་ལེན།</translation>
    </message>
    <message>
        <source>同意公开承诺书(&amp;Y)</source>
        <translation>ཁས་ལེན་ཡི་གེ་ཁྱབ་བསྒྲགས་བྱེད་པར་མོས་མཐུན།(&amp;Y)</translation>
    </message>
    <message>
        <source>不同意公开（改为提交证明办理）(&amp;N)</source>
        <translation>ཁྱབ་བསྒྲགས་ལ་མོས་མཐུན་མེད（ར་སྤྲོད་འབུལ་བར་བསྒྱུར）(&amp;N)</translation>
    </message>
    <message>
        <source>本事项的承诺书将予以公开（{scope}，{days} 日），公开时隐去个人隐私。申请人是否同意？</source>
        <translation>བྱ་དོན་འདིའི་ཁས་ལེན་ཡི་གེ་ཁྱབ་བསྒྲགས་བྱེད་ངེས（{scope}། ཉིན {days}）། ཁྱབ་བསྒྲགས་སྐབས་སྒེར་གྱི་གསང་དོན་སྦས་ངེས། ཞུ་སྙན་འབུལ་མཁན་མོས་མཐུན་ཡོད་དམ།</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>朗读(&amp;P)</source>
        <extracomment>Replaced in tests (and by a terminal without speech) — called once per bar, on first use.</extracomment>
        <translation>ཀློག་པ།(&amp;P)</translation>
    </message>
    <message>
        <source>暂停(&amp;Z)</source>
        <translation>མཚམས་འཇོག(&amp;Z)</translation>
    </message>
    <message>
        <source>从头重读(&amp;H)</source>
        <translation>འགོ་ནས་ཡང་བསྐྱར་ཀློག(&amp;H)</translation>
    </message>
    <message>
        <source>普通话</source>
        <translation>རྒྱ་སྐད་སྤྱི་སྒྲ།</translation>
    </message>
    <message>
        <source>藏语</source>
        <translation>བོད་སྐད།</translation>
    </message>
    <message>
        <source>朗读语言</source>
        <translation>ཀློག་པའི་སྐད་ཡིག</translation>
    </message>
    <message>
        <source>朗读语言：藏语仅在本机装有藏语语音时可用，否则改用普通话</source>
        <translation>ཀློག་པའི་སྐད་ཡིག རང་འཁོར་ལ་བོད་སྐད་ཀྱི་སྒྲ་ཡོད་ན་ཁོ་ན་བོད་སྐད་བེད་སྤྱོད་ཆོག་ལ། མེད་ན་རྒྱ་སྐད་སྤྱི་སྒྲ་སྤྱོད།</translation>
    </message>
    <message>
        <source>用本机语音朗读给申请人听（Alt+P）</source>
        <translation>རང་འཁོར་གྱི་སྒྲས་ཞུ་སྙན་འབུལ་མཁན་ལ་ཀློག་སྟེ་ཐོས་སུ་འཇུག（Alt+P）</translation>
    </message>
    <message>
        <source>暂停或继续朗读（Alt+Z）</source>
        <translation>ཀློག་པ་མཚམས་འཇོག་གམ་མུ་མཐུད།（Alt+Z）</translation>
    </message>
    <message>
        <source>从头开始重新朗读（Alt+H）</source>
        <translation>འགོ་ནས་ཡང་བསྐྱར་ཀློག（Alt+H）</translation>
    </message>
    <message>
        <source>朗读</source>
        <translation>ཀློག་པ།</translation>
    </message>
    <message>
        <source>暂停朗读</source>
        <translation>ཀློག་པ་མཚམས་འཇོག</translation>
    </message>
    <message>
        <source>从头重读</source>
        <translation>འགོ་ནས་ཡང་བསྐྱར་ཀློག</translation>
    </message>
    <message>
        <source>本机没有藏语语音，改用普通话朗读。</source>
        <translation>རང་འཁོར་ལ་བོད་སྐད་ཀྱི་སྒྲ་མེད་པས། རྒྱ་སྐད་སྤྱི་སྒྲས་ཀློག</translation>
    </message>
    <message>
        <source>本机没有中文语音（请安装中文语音包），请由工作人员宣读。</source>
        <translation>རང་འཁོར་ལ་རྒྱ་སྐད་ཀྱི་སྒྲ་མེད（རྒྱ་སྐད་སྒྲ་ཐུམ་སྒྲིག་སྦྱོར་བྱེད་རོགས）། ལས་བྱེད་པས་ཀློག་བསྒྲགས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>正在朗读…</source>
        <translation>ཀློག་བཞིན་པ།…</translation>
    </message>
    <message>
        <source>继续(&amp;Z)</source>
        <translation>མུ་མཐུད།(&amp;Z)</translation>
    </message>
    <message>
        <source>已暂停</source>
        <translation>མཚམས་བཞག་ཟིན།</translation>
    </message>
    <message>
        <source>朗读出错，请由工作人员宣读。</source>
        <translation>ཀློག་སྐབས་ནོར་འཁྲུལ་བྱུང་། ལས་བྱེད་པས་ཀློག་བསྒྲགས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>已朗读完毕。</source>
        <translation>ཀློག་ཚར།</translation>
    </message>
</context>
<context>
    <name>RecordResultDialog</name>
    <message>
        <source>记录核查结果 — {no}</source>
        <translation>ཞིབ་བཤེར་མཇུག་འབྲས་ཟིན་ཐོ། — {no}</translation>
    </message>
    <message>
        <source>属实(&amp;T)</source>
        <translation>བདེན་པ།(&amp;T)</translation>
    </message>
    <message>
        <source>不实(&amp;X)</source>
        <translation>བདེན་མིན།(&amp;X)</translation>
    </message>
    <message>
        <source>无法核查(&amp;U)</source>
        <translation>ཞིབ་བཤེར་བྱེད་མི་ཐུབ།(&amp;U)</translation>
    </message>
    <message>
        <source>核查结果：{r}</source>
        <translation>ཞིབ་བཤེར་མཇུག་འབྲས། {r}</translation>
    </message>
    <message>
        <source>核查情况说明</source>
        <translation>ཞིབ་བཤེར་གནས་ཚུལ་གསལ་བཤད།</translation>
    </message>
    <message>
        <source>核查情况：比对了哪些数据、现场看到了什么；不实或无法核查时必填</source>
        <translation>ཞིབ་བཤེར་གནས་ཚུལ། གཞི་གྲངས་གང་དང་བསྡུར་བ་དང་ས་ཐོག་ཏུ་ཅི་མཐོང་བ། བདེན་མིན་ནམ་ཞིབ་བཤེར་བྱེད་མི་ཐུབ་ན་ངེས་པར་འབྲི་དགོས།</translation>
    </message>
    <message>
        <source>保存结果</source>
        <translation>མཇུག་འབྲས་ཉར་ཚགས།</translation>
    </message>
    <message>
        <source>核查规则</source>
        <translation>ཞིབ་བཤེར་སྒྲིག་གཞི།</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>མཇུག་འབྲས།</translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation>གནས་ཚུལ་གསལ་བཤད།</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>ཟུར་སྦྱར།</translation>
    </message>
    <message>
        <source>请选择核查结果。</source>
        <translation>ཞིབ་བཤེར་མཇུག་འབྲས་འདེམས་རོགས།</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>无法读取本机数据</source>
        <translation>རང་འཁོར་གྱི་གཞི་གྲངས་ཀློག་མ་ཐུབ།</translation>
    </message>
    <message>
        <source>可用的备份</source>
        <translation>བེད་སྤྱོད་རུང་བའི་གྲབས་ཉར།</translation>
    </message>
    <message>
        <source>每日自动备份</source>
        <translation>ཉིན་རེའི་རང་འགུལ་གྲབས་ཉར།</translation>
    </message>
    <message>
        <source>手动备份</source>
        <translation>ལག་བཟོས་གྲབས་ཉར།</translation>
    </message>
    <message>
        <source>升级前备份</source>
        <translation>རིམ་སྤོར་སྔོན་གྱི་གྲབས་ཉར།</translation>
    </message>
    <message>
        <source>用所选备份恢复(&amp;R)</source>
        <translation>བདམས་པའི་གྲབས་ཉར་གྱིས་སླར་གསོ།(&amp;R)</translation>
    </message>
    <message>
        <source>选择其他备份文件(&amp;F)…</source>
        <translation>གྲབས་ཉར་ཡིག་ཆ་གཞན་ཞིག་འདེམས།(&amp;F)…</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>ཕྱིར་འབུད།(&amp;Q)</translation>
    </message>
    <message>
        <source>恢复前会先核验备份；当前数据库文件不会被删除，而是改名保留在数据目录中。</source>
        <translation>སླར་གསོའི་སྔོན་ལ་གྲབས་ཉར་ཞིབ་བཤེར་བྱེད། ད་ལྟའི་གཞི་གྲངས་མཛོད་ཀྱི་ཡིག་ཆ་བསུབ་མི་སྲིད་པར་མིང་བསྒྱུར་ནས་གཞི་གྲངས་དཀར་ཆག་ནང་ཉར་ངེས།</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>གྲབས་ཉར་ཡིག་ཆ་འདེམས།</translation>
    </message>
    <message>
        <source>备份 (desk.sqlite3.*)</source>
        <translation>གྲབས་ཉར (desk.sqlite3.*)</translation>
    </message>
    <message>
        <source>该备份来自另一数据加密口令，请输入制作该备份时的口令。</source>
        <translation>གྲབས་ཉར་འདི་གཞི་གྲངས་གསང་སྡོམ་གསང་ཚིག་གཞན་ཞིག་ལས་བྱུང་བ་ཡིན། གྲབས་ཉར་བཟོ་སྐབས་ཀྱི་གསང་ཚིག་བཅུག་རོགས།</translation>
    </message>
    <message>
        <source>无法读取备份文件（{reason}）。</source>
        <translation>གྲབས་ཉར་ཡིག་ཆ་ཀློག་མ་ཐུབ（{reason}）།</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>停用事项 {code}</source>
        <translation>བྱ་དོན {code} བེད་སྤྱོད་མཚམས་འཇོག</translation>
    </message>
    <message>
        <source>自生效日期起不再受理该事项的新案件；已受理的案件不受影响。</source>
        <translation>ནུས་ཤུགས་ཐོན་པའི་ཚེས་གྲངས་ནས་བཟུང་བྱ་དོན་འདིའི་ལས་དོན་གསར་པ་མི་ལེན། ཞུ་ཡིག་བླངས་ཟིན་པའི་ལས་དོན་ལ་ཤུགས་རྐྱེན་མེད།</translation>
    </message>
    <message>
        <source>停用(&amp;D)</source>
        <translation>བེད་སྤྱོད་མཚམས་འཇོག(&amp;D)</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>设置数据加密口令</source>
        <translation>གཞི་གྲངས་གསང་སྡོམ་གསང་ཚིག་སྒྲིག་འགོད།</translation>
    </message>
    <message>
        <source>请输入数据加密口令</source>
        <translation>གཞི་གྲངས་གསང་སྡོམ་གསང་ཚིག་བཅུག་རོགས།</translation>
    </message>
    <message>
        <source>本机的全部数据（含姓名、身份证号码、签名）和每一份备份都用数据加密口令加密。
请设置口令（至少 8 个字符）并妥善保管，例如写下后密封交单位管理员保存。
口令无法找回：遗失口令且系统钥匙串不可用时，本机数据和备份都将无法读取。</source>
        <translation>རང་འཁོར་གྱི་གཞི་གྲངས་ཡོངས་རྫོགས（མིང་དང་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས། མིང་རྟགས་བཅས）དང་གྲབས་ཉར་རེ་རེ་བཞིན་གཞི་གྲངས་གསང་སྡོམ་གསང་ཚིག་གིས་གསང་སྡོམ་བྱེད།
གསང་ཚིག（ཉུང་མཐར་ཡིག་རྟགས་ 8）སྒྲིག་འགོད་བྱས་ནས་ལེགས་པར་ཉར་ཚགས་བྱེད་རོགས། དཔེར་ན་བྲིས་རྗེས་ཁ་སྦྱར་ནས་ལས་ཁུངས་ཀྱི་དོ་དམ་པར་ཉར་དུ་འཇུག
གསང་ཚིག་སླར་རྙེད་མི་ཐུབ། གསང་ཚིག་བོར་བ་དང་མ་ལག་གི་ལྡེ་མིག་ཕྲེང་བ་བེད་སྤྱོད་བྱེད་མི་ཐུབ་ན། རང་འཁོར་གྱི་གཞི་གྲངས་དང་གྲབས་ཉར་གང་ཡང་ཀློག་མི་ཐུབ།</translation>
    </message>
    <message>
        <source>本机数据已加密。请输入数据加密口令。
数据目录：{path}</source>
        <translation>རང་འཁོར་གྱི་གཞི་གྲངས་གསང་སྡོམ་བྱས་ཟིན། གཞི་གྲངས་གསང་སྡོམ་གསང་ཚིག་བཅུག་རོགས།
གཞི་གྲངས་དཀར་ཆག {path}</translation>
    </message>
    <message>
        <source>数据加密口令</source>
        <translation>གཞི་གྲངས་གསང་སྡོམ་གསང་ཚིག</translation>
    </message>
    <message>
        <source>再次输入数据加密口令</source>
        <translation>གཞི་གྲངས་གསང་སྡོམ་གསང་ཚིག་ཡང་བསྐྱར་བཅུག</translation>
    </message>
    <message>
        <source>数据加密口令：</source>
        <translation>གཞི་གྲངས་གསང་སྡོམ་གསང་ཚིག:</translation>
    </message>
    <message>
        <source>再次输入口令：</source>
        <translation>གསང་ཚིག་ཡང་བསྐྱར་བཅུག:</translation>
    </message>
    <message>
        <source>请输入数据加密口令。</source>
        <translation>གཞི་གྲངས་གསང་སྡོམ་གསང་ཚིག་བཅུག་རོགས།</translation>
    </message>
    <message>
        <source>两次输入的口令不一致，请重新输入。</source>
        <translation>ཐེངས་གཉིས་ལ་བཅུག་པའི་གསང་ཚིག་གཅིག་མཚུངས་མིན། བསྐྱར་དུ་བཅུག་རོགས།</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>首次设置</source>
        <translation>ཐེངས་དང་པོའི་སྒྲིག་འགོད།</translation>
    </message>
    <message>
        <source>欢迎使用告知承诺制窗口受理终端。请填写本窗口所属受理单位和本终端信息，并创建第一个管理员账户。</source>
        <translation>བརྡ་ཁྱབ་ཁས་ལེན་ལམ་ལུགས་སྒེའུ་ཁུང་ཞུ་ཡིག་ལེན་པའི་མཐའ་སྣེ་བེད་སྤྱོད་པར་དགའ་བསུ་ཞུ། སྒེའུ་ཁུང་འདི་གང་དུ་གཏོགས་པའི་ཞུ་ཡིག་ལེན་མཁན་ལས་ཁུངས་དང་མཐའ་སྣེ་འདིའི་ཆ་འཕྲིན་བྲིས་ནས། དོ་དམ་པའི་ཐོ་ཁོངས་དང་པོ་གསར་འཛུགས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>受理单位名称：</source>
        <translation>ཞུ་ཡིག་ལེན་མཁན་ལས་ཁུངས་ཀྱི་མིང་།:</translation>
    </message>
    <message>
        <source>如：拉萨市城关区政务服务中心</source>
        <translation>དཔེར་ན། ལྷ་ས་གྲོང་ཁྱེར་ཁྲིན་ཀོན་ཆུས་གཞུང་དོན་ཞབས་ཞུ་ལྟེ་གནས།</translation>
    </message>
    <message>
        <source>单位编码：</source>
        <translation>ལས་ཁུངས་ཨང་རྟགས།:</translation>
    </message>
    <message>
        <source>如：540102</source>
        <translation>དཔེར་ན། 540102</translation>
    </message>
    <message>
        <source>窗口电话：</source>
        <translation>སྒེའུ་ཁུང་གི་ཁ་པར།:</translation>
    </message>
    <message>
        <source>如：0891-6321234</source>
        <translation>དཔེར་ན། 0891-6321234</translation>
    </message>
    <message>
        <source>终端编码：</source>
        <translation>མཐའ་སྣེའི་ཨང་རྟགས།:</translation>
    </message>
    <message>
        <source>如：W01</source>
        <translation>དཔེར་ན། W01</translation>
    </message>
    <message>
        <source>管理员用户名：</source>
        <translation>དོ་དམ་པའི་སྤྱོད་མཁན་མིང་།:</translation>
    </message>
    <message>
        <source>如：admin</source>
        <translation>དཔེར་ན། admin</translation>
    </message>
    <message>
        <source>管理员姓名：</source>
        <translation>དོ་དམ་པའི་མིང་།:</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>གསང་གྲངས།:</translation>
    </message>
    <message>
        <source>至少10位，含三类字符</source>
        <translation>ཉུང་མཐར་ཡིག་རྟགས་ 10། རིགས་གསུམ་ཚུད་དགོས།</translation>
    </message>
    <message>
        <source>确认密码：</source>
        <translation>གསང་གྲངས་གཏན་འཁེལ།:</translation>
    </message>
    <message>
        <source>选择电子印章图片（可选）…</source>
        <translation>གློག་རྡུལ་ཐམ་གའི་པར་རིས་འདེམས（འདེམས་རུང་）…</translation>
    </message>
    <message>
        <source>电子印章：</source>
        <translation>གློག་རྡུལ་ཐམ་ག:</translation>
    </message>
    <message>
        <source>电子印章图片</source>
        <translation>གློག་རྡུལ་ཐམ་གའི་པར་རིས།</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>ཐེངས་གཉིས་ལ་བཅུག་པའི་གསང་གྲངས་གཅིག་མཚུངས་མིན།</translation>
    </message>
</context>
<context>
    <name>SignatureCanvas</name>
    <message>
        <source>签名区</source>
        <translation>མིང་རྟགས་འགོད་ཡུལ།</translation>
    </message>
    <message>
        <source>申请人在此区域内用鼠标、触摸屏或手写笔签名</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན་གྱིས་ཁུལ་འདིའི་ནང་བྱི་བ་དང་རེག་ཡོལ། ཡང་ན་ལག་བྲིས་སྨྱུ་གུས་མིང་རྟགས་འགོད།</translation>
    </message>
    <message>
        <source>请在此处签名</source>
        <translation>འདིར་མིང་རྟགས་འགོད་རོགས།</translation>
    </message>
</context>
<context>
    <name>SignaturePage</name>
    <message>
        <source>第7步 手写签名</source>
        <translation>གོམ་པ་7 ལག་བྲིས་མིང་རྟགས།</translation>
    </message>
    <message>
        <source>请承诺人（或代理人）在下方区域内签名；写错可清除重签。</source>
        <translation>ཁས་ལེན་མཁན（ཡང་ན་ཚབ་བྱེད་མཁན）གྱིས་འོག་གི་ཁུལ་ནང་མིང་རྟགས་འགོད་རོགས། ནོར་ན་བསུབ་ནས་བསྐྱར་དུ་འགོད་ཆོག</translation>
    </message>
    <message>
        <source>清除重签(&amp;E)</source>
        <translation>བསུབ་ནས་བསྐྱར་འགོད།(&amp;E)</translation>
    </message>
    <message>
        <source>撤销一笔(&amp;U)</source>
        <translation>ཐིག་གཅིག་ཕྱིར་འཐེན།(&amp;U)</translation>
    </message>
    <message>
        <source>清除全部笔画，重新签名（Alt+E）</source>
        <translation>ཐིག་ཚང་མ་བསུབ་ནས་བསྐྱར་དུ་མིང་རྟགས་འགོད།（Alt+E）</translation>
    </message>
    <message>
        <source>撤销最后一笔（Alt+U 或 Ctrl+Z）</source>
        <translation>ཐིག་མཐའ་མ་ཕྱིར་འཐེན།（Alt+U ཡང་ན Ctrl+Z）</translation>
    </message>
    <message>
        <source>申请人不能书写，由他人代签(&amp;W)</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན་གྱིས་ཡི་གེ་འབྲི་མི་ཐུབ་པས། མི་གཞན་གྱིས་ཚབ་ཏུ་མིང་རྟགས་འགོད།(&amp;W)</translation>
    </message>
    <message>
        <source>代签：由代签人代写姓名，申请人在告知承诺书“按指印处”按指印（Alt+W）</source>
        <translation>ཚབ་ཏུ་མིང་རྟགས། ཚབ་བྱེད་མཁན་གྱིས་མིང་འབྲི་ཞིང་། ཞུ་སྙན་འབུལ་མཁན་གྱིས་བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེའི“མཛུབ་རྗེས་རྒྱག་ས”རུ་མཛུབ་རྗེས་རྒྱག（Alt+W）</translation>
    </message>
    <message>
        <source>代签人姓名：</source>
        <translation>ཚབ་ཏུ་མིང་འགོད་མཁན་གྱི་མིང་།:</translation>
    </message>
    <message>
        <source>代签人身份证号码：</source>
        <translation>ཚབ་ཏུ་མིང་འགོད་མཁན་གྱི་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས།:</translation>
    </message>
    <message>
        <source>与申请人关系：</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན་དང་འབྲེལ་བ།:</translation>
    </message>
    <message>
        <source>请代签人在下方区域内代申请人签名；打印后申请人在“按指印处”按指印。</source>
        <translation>ཚབ་ཏུ་མིང་འགོད་མཁན་གྱིས་འོག་གི་ཁུལ་ནང་ཞུ་སྙན་འབུལ་མཁན་གྱི་ཚབ་ཏུ་མིང་རྟགས་འགོད་རོགས། པར་བརྒྱབ་རྗེས་ཞུ་སྙན་འབུལ་མཁན་གྱིས“མཛུབ་རྗེས་རྒྱག་ས”རུ་མཛུབ་རྗེས་རྒྱག</translation>
    </message>
    <message>
        <source>请申请人在面向申请人的屏幕上签名；签好后按“下一步”。</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན་གྱིས་ཁོང་ལ་ཁ་ཕྱོགས་པའི་བརྙན་ཡོལ་སྟེང་མིང་རྟགས་འགོད་རོགས། འགོད་ཚར་རྗེས“གོམ་པ་རྗེས་མ”མནན།</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>语音引擎未能启动（{err}）。请检查系统语音服务（speech-dispatcher）。</source>
        <extracomment>Languages the bar may read in; Tibetan only where the system has a voice for it.</extracomment>
        <translation>སྒྲ་ཀློག་འཕྲུལ་འཁོར་འགོ་འཛུགས་མ་ཐུབ（{err}）། མ་ལག་གི་སྒྲ་ཞབས་ཞུ（speech-dispatcher）ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>本机未安装语音朗读组件（{err}），请由工作人员宣读。</source>
        <translation>རང་འཁོར་ལ་སྒྲ་ཀློག་ཆ་ལག་སྒྲིག་སྦྱོར་བྱས་མེད（{err}）། ལས་བྱེད་པས་ཀློག་བསྒྲགས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>本机没有语音朗读引擎，请由工作人员宣读。</source>
        <translation>རང་འཁོར་ལ་སྒྲ་ཀློག་འཕྲུལ་འཁོར་མེད། ལས་བྱེད་པས་ཀློག་བསྒྲགས་བྱེད་རོགས།</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>统计报表</source>
        <translation>སྡོམ་རྩིས་རེའུ་མིག</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>འགོ་འཛུགས་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>མཇུག་སྒྲིལ་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>ལས་ཁུངས།</translation>
    </message>
    <message>
        <source>证明事项</source>
        <translation>ར་སྤྲོད་བྱ་དོན།</translation>
    </message>
    <message>
        <source>时间粒度</source>
        <translation>དུས་ཚོད་ཀྱི་ཆ་ཚད།</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>ལས་ཁུངས་ཡོངས།</translation>
    </message>
    <message>
        <source>全部事项</source>
        <translation>བྱ་དོན་ཡོངས།</translation>
    </message>
    <message>
        <source>期间(&amp;F)</source>
        <translation>དུས་ཡུན།(&amp;F)</translation>
    </message>
    <message>
        <source>至(&amp;T)</source>
        <translation>བར།(&amp;T)</translation>
    </message>
    <message>
        <source>单位(&amp;O)</source>
        <translation>ལས་ཁུངས།(&amp;O)</translation>
    </message>
    <message>
        <source>事项(&amp;I)</source>
        <translation>བྱ་དོན།(&amp;I)</translation>
    </message>
    <message>
        <source>粒度(&amp;G)</source>
        <translation>ཆ་ཚད།(&amp;G)</translation>
    </message>
    <message>
        <source>司法局报送(&amp;B)…</source>
        <translation>ཁྲིམས་ལུགས་ཅུས་ལ་སྙན་ཞུ།(&amp;B)…</translation>
    </message>
    <message>
        <source>公开登记簿(&amp;D)…</source>
        <translation>ཁྱབ་བསྒྲགས་ཐོ་དེབ།(&amp;D)…</translation>
    </message>
    <message>
        <source>正在统计……</source>
        <translation>སྡོམ་རྩིས་བྱེད་བཞིན་པ།……</translation>
    </message>
    <message>
        <source>统计期间：{period}</source>
        <translation>སྡོམ་རྩིས་དུས་ཡུན།：{period}</translation>
    </message>
    <message>
        <source>导出统计表</source>
        <translation>སྡོམ་རྩིས་རེའུ་མིག་ཕྱིར་འདྲེན།</translation>
    </message>
    <message>
        <source>未能导出</source>
        <translation>ཕྱིར་འདྲེན་ཐུབ་མ་སོང་།</translation>
    </message>
    <message>
        <source>已导出：{path}</source>
        <translation>ཕྱིར་འདྲེན་ཟིན།：{path}</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>立即同步(&amp;S)</source>
        <translation>ད་ལྟ་གོམ་མཉམ།(&amp;S)</translation>
    </message>
    <message>
        <source>培训数据不同步</source>
        <translation>སྦྱོང་བརྡར་གཞི་གྲངས་གོམ་མཉམ་མི་བྱེད།</translation>
    </message>
    <message>
        <source>未登记到中心</source>
        <translation>ལྟེ་གནས་སུ་ཐོ་འགོད་བྱས་མེད།</translation>
    </message>
    <message>
        <source>上次同步：{t}</source>
        <translation>ཐེངས་སྔོན་མའི་གོམ་མཉམ། {t}</translation>
    </message>
    <message>
        <source>尚未同步</source>
        <translation>ད་དུང་གོམ་མཉམ་བྱས་མེད།</translation>
    </message>
    <message>
        <source>冲突 {n} 条待中心核对</source>
        <translation>འགལ་ཟླ་ {n} ལྟེ་གནས་ཀྱིས་ཞིབ་བསྡུར་སྒུག་བཞིན་པ།</translation>
    </message>
    <message>
        <source>正在同步…</source>
        <translation>གོམ་མཉམ་བྱེད་བཞིན་པ།…</translation>
    </message>
    <message>
        <source>同步未完成</source>
        <translation>གོམ་མཉམ་ལེགས་གྲུབ་མ་བྱུང་།</translation>
    </message>
    <message>
        <source>无法同步</source>
        <translation>གོམ་མཉམ་བྱེད་མི་ཐུབ།</translation>
    </message>
</context>
<context>
    <name>TaskRecordDialog</name>
    <message>
        <source>核查记录 — {no}</source>
        <translation>ཞིབ་བཤེར་ཟིན་ཐོ། — {no}</translation>
    </message>
    <message>
        <source>核查依据：{rule}</source>
        <translation>ཞིབ་བཤེར་གཞི་རྩ། {rule}</translation>
    </message>
    <message>
        <source>{at:%Y-%m-%d %H:%M} {user}：{label}。{note}</source>
        <translation>{at:%Y-%m-%d %H:%M} {user}: {label}། {note}</translation>
    </message>
    <message>
        <source>{at:%Y-%m-%d} 向 {office} 发出协助核查函，回复期限 {due}</source>
        <translation>{at:%Y-%m-%d} ལ་ {office} ལ་རོགས་སྐྱོར་ཞིབ་བཤེར་ཡི་གེ་བཏང་། ལན་འདེབས་དུས་བཀག {due}</translation>
    </message>
    <message>
        <source>书面拒绝</source>
        <translation>ཡི་གེའི་ངོས་ལེན་མི་བྱེད་པ།</translation>
    </message>
    <message>
        <source>书面回复</source>
        <translation>ཡི་གེའི་ལན།</translation>
    </message>
    <message>
        <source>&#x3000;{day} 收到{kind}：{text}</source>
        <translation>&#x3000;{day} ལ་{kind}འབྱོར། {text}</translation>
    </message>
    <message>
        <source>已存附件</source>
        <translation>ཉར་ཟིན་པའི་ཟུར་སྦྱར།</translation>
    </message>
    <message>
        <source>另存附件(&amp;S)…</source>
        <translation>ཟུར་སྦྱར་གཞན་དུ་ཉར།(&amp;S)…</translation>
    </message>
    <message>
        <source>保存附件</source>
        <translation>ཟུར་སྦྱར་ཉར་ཚགས།</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>用户管理</source>
        <translation>སྤྱོད་མཁན་དོ་དམ།</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>སྤྱོད་མཁན་མིང་།</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>མིང་།</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>ལས་འགན།</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>གནས་སྟངས།</translation>
    </message>
    <message>
        <source>添加用户(&amp;A)</source>
        <translation>སྤྱོད་མཁན་ཁ་སྣོན།(&amp;A)</translation>
    </message>
    <message>
        <source>重设密码(&amp;R)…</source>
        <translation>གསང་གྲངས་བསྐྱར་སྒྲིག(&amp;R)…</translation>
    </message>
    <message>
        <source>停用/启用(&amp;D)</source>
        <translation>བེད་སྤྱོད་མཚམས་འཇོག/སླར་སྤྱོད།(&amp;D)</translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation>སྤྱོད་མཁན་མིང་།:</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>མིང་།:</translation>
    </message>
    <message>
        <source>角色：</source>
        <translation>ལས་འགན།:</translation>
    </message>
    <message>
        <source>初始密码：</source>
        <translation>ཐོག་མའི་གསང་གྲངས།:</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>ཟྭ་བརྒྱབ་ཟིན།</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>རྒྱུན་ལྡན།</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>བེད་སྤྱོད་མཚམས་བཞག་ཟིན།</translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation>གསང་གྲངས་བསྐྱར་སྒྲིག</translation>
    </message>
    <message>
        <source>{user} 的新密码：</source>
        <translation>{user} ཡི་གསང་གྲངས་གསར་པ།:</translation>
    </message>
</context>
<context>
    <name>VerificationQueueDialog</name>
    <message>
        <source>核查任务</source>
        <translation>ཞིབ་བཤེར་ལས་འགན།</translation>
    </message>
    <message>
        <source>按核查方式筛选</source>
        <translation>ཞིབ་བཤེར་ཐབས་ལམ་ལྟར་འདེམས་སྒྲུག</translation>
    </message>
    <message>
        <source>全部核查方式</source>
        <translation>ཞིབ་བཤེར་ཐབས་ལམ་ཡོངས།</translation>
    </message>
    <message>
        <source>按事项筛选</source>
        <translation>བྱ་དོན་ལྟར་འདེམས་སྒྲུག</translation>
    </message>
    <message>
        <source>显示已核查(&amp;D)</source>
        <translation>ཞིབ་བཤེར་བྱས་ཟིན་པ་མངོན།(&amp;D)</translation>
    </message>
    <message>
        <source>核查任务列表</source>
        <translation>ཞིབ་བཤེར་ལས་འགན་གྱི་ཐོ།</translation>
    </message>
    <message>
        <source>记录核查结果(&amp;R)…</source>
        <translation>ཞིབ་བཤེར་མཇུག་འབྲས་ཟིན་ཐོ།(&amp;R)…</translation>
    </message>
    <message>
        <source>协助核查函(&amp;P)…</source>
        <translation>རོགས་སྐྱོར་ཞིབ་བཤེར་ཡི་གེ(&amp;P)…</translation>
    </message>
    <message>
        <source>登记协查回复(&amp;A)…</source>
        <translation>རོགས་སྐྱོར་ཞིབ་བཤེར་གྱི་ལན་ཐོ་འགོད།(&amp;A)…</translation>
    </message>
    <message>
        <source>核查记录与附件(&amp;H)…</source>
        <translation>ཞིབ་བཤེར་ཟིན་ཐོ་དང་ཟུར་སྦྱར།(&amp;H)…</translation>
    </message>
    <message>
        <source>核查方式</source>
        <translation>ཞིབ་བཤེར་ཐབས་ལམ།</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>གནས་སྟངས།</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>དུས་ཚོད་ཚང་ཉིན།</translation>
    </message>
    <message>
        <source>剩余工作日</source>
        <translation>ལྷག་མའི་ལས་ཉིན།</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>ལས་དོན་ཨང་རྟགས།</translation>
    </message>
    <message>
        <source>证明事项</source>
        <translation>ར་སྤྲོད་བྱ་དོན།</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན།</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>མཇུག་འབྲས།</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>བྱ་དོན།</translation>
    </message>
    <message>
        <source>逾期 {o} 件 · 今日到期 {t} 件 · 未到期 {u} 件</source>
        <translation>དུས་ཡོལ {o} · དེ་རིང་དུས་ཚང {t} · དུས་མ་ཚང {u}</translation>
    </message>
    <message>
        <source>逾期 {n}</source>
        <translation>དུས་ཡོལ {n}</translation>
    </message>
    <message>
        <source>全部事项</source>
        <translation>བྱ་དོན་ཡོངས།</translation>
    </message>
    <message>
        <source>没有待核查的任务。</source>
        <translation>ཞིབ་བཤེར་སྒུག་བཞིན་པའི་ལས་འགན་མི་འདུག</translation>
    </message>
    <message>
        <source>核查依据：{rule}</source>
        <translation>ཞིབ་བཤེར་གཞི་རྩ། {rule}</translation>
    </message>
    <message>
        <source>⚠ {w}</source>
        <translation>⚠ {w}</translation>
    </message>
    <message>
        <source>登记协查回复</source>
        <translation>རོགས་སྐྱོར་ཞིབ་བཤེར་གྱི་ལན་ཐོ་འགོད།</translation>
    </message>
    <message>
        <source>该案件尚未发出协助核查函。</source>
        <translation>ལས་དོན་འདིར་ད་དུང་རོགས་སྐྱོར་ཞིབ་བཤེར་ཡི་གེ་བཏང་མེད།</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <source>撤回承诺 — {no}</source>
        <translation>ཁས་ལེན་ཕྱིར་འཐེན། — {no}</translation>
    </message>
    <message>
        <source>撤回理由</source>
        <translation>ཕྱིར་འཐེན་གྱི་རྒྱུ་མཚན།</translation>
    </message>
    <message>
        <source>申请人撤回承诺的理由，如：决定提交证明材料</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན་གྱིས་ཁས་ལེན་ཕྱིར་འཐེན་པའི་རྒྱུ་མཚན། དཔེར་ན། ར་སྤྲོད་ཡིག་ཆ་འབུལ་རྒྱུའི་ཐག་བཅད།</translation>
    </message>
    <message>
        <source>办结前申请人可以撤回承诺；撤回后按原程序办理，申请人须提交证明材料。撤回不视为不实承诺。</source>
        <translation>སྒྲུབ་མ་ཚར་གོང་ཞུ་སྙན་འབུལ་མཁན་གྱིས་ཁས་ལེན་ཕྱིར་འཐེན་ཆོག ཕྱིར་འཐེན་རྗེས་བྱ་རིམ་སྔ་མ་ལྟར་སྒྲུབ་ཅིང་། ཞུ་སྙན་འབུལ་མཁན་གྱིས་ར་སྤྲོད་ཡིག་ཆ་འབུལ་དགོས། ཕྱིར་འཐེན་ནི་ཁས་ལེན་བདེན་མིན་དུ་མི་བརྩི།</translation>
    </message>
    <message>
        <source>撤回理由(&amp;R)：</source>
        <translation>ཕྱིར་འཐེན་གྱི་རྒྱུ་མཚན།(&amp;R):</translation>
    </message>
    <message>
        <source>撤回并打印记录(&amp;W)</source>
        <translation>ཕྱིར་འཐེན་དང་ཟིན་ཐོ་པར་འདེབས།(&amp;W)</translation>
    </message>
    <message>
        <source>撤回承诺记录 {no}</source>
        <translation>ཁས་ལེན་ཕྱིར་འཐེན་ཟིན་ཐོ {no}</translation>
    </message>
</context>
<context>
    <name>_CaseFormDialog</name>
    <message>
        <source>保存(&amp;S)</source>
        <translation>ཉར་ཚགས།(&amp;S)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>རྩིས་མེད།</translation>
    </message>
</context>
<context>
    <name>_FigureThread</name>
    <message>
        <source>统计出错：{e}</source>
        <translation>སྡོམ་རྩིས་ནོར་འཁྲུལ།：{e}</translation>
    </message>
</context>
<context>
    <name>_FilingFields</name>
    <message>
        <source>生效日期</source>
        <translation>ནུས་ཤུགས་ཐོན་པའི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <source>调整原因</source>
        <translation>ལེགས་སྒྲིག་གི་རྒྱུ་མཚན།</translation>
    </message>
    <message>
        <source>如：按区司法局2026年第3号通知调整</source>
        <translation>དཔེར་ན། ཆུས་ཁྲིམས་བྱུས་ཅུས་ཀྱི་ 2026 ལོའི་བརྡ་ཐོ་ཨང་ 3 པ་ལྟར་ལེགས་སྒྲིག</translation>
    </message>
    <message>
        <source>已向司法行政部门备案，备案日期：</source>
        <translation>ཁྲིམས་བྱུས་སྲིད་འཛིན་སྡེ་ཚན་དུ་ཐོ་འགོད་ཉར་ཚགས་བྱས་ཟིན། ཚེས་གྲངས།:</translation>
    </message>
    <message>
        <source>备案日期</source>
        <translation>ཐོ་འགོད་ཉར་ཚགས་ཀྱི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <source>生效日期(&amp;E)：</source>
        <translation>ནུས་ཤུགས་ཐོན་པའི་ཚེས་གྲངས།(&amp;E):</translation>
    </message>
    <message>
        <source>调整原因(&amp;R)：</source>
        <translation>ལེགས་སྒྲིག་གི་རྒྱུ་མཚན།(&amp;R):</translation>
    </message>
</context>
<context>
    <name>_PeriodDialog</name>
    <message>
        <source>开始日期</source>
        <translation>འགོ་འཛུགས་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>མཇུག་སྒྲིལ་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <source>开始日期(&amp;F)</source>
        <translation>འགོ་འཛུགས་ཚེས་གྲངས།(&amp;F)</translation>
    </message>
    <message>
        <source>结束日期(&amp;T)</source>
        <translation>མཇུག་སྒྲིལ་ཚེས་གྲངས།(&amp;T)</translation>
    </message>
    <message>
        <source>未能导出</source>
        <translation>ཕྱིར་འདྲེན་ཐུབ་མ་སོང་།</translation>
    </message>
</context>
<context>
    <name>_SyncThread</name>
    <message>
        <source>同步已取消。</source>
        <translation>གོམ་མཉམ་རྩིས་མེད་བཏང་ཟིན།</translation>
    </message>
    <message>
        <source>同步出错：{error}</source>
        <translation>གོམ་མཉམ་ནོར་འཁྲུལ། {error}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>告知承诺制窗口受理</source>
        <extracomment>How often the running app checks whether today&apos;s automatic backup is still due.</extracomment>
        <translation>བརྡ་ཁྱབ་ཁས་ལེན་ལམ་ལུགས་སྒེའུ་ཁུང་ཞུ་ཡིག་ལེན་པ།</translation>
    </message>
    <message>
        <source>无法访问数据目录 {path}（{reason}）。</source>
        <translation>གཞི་གྲངས་དཀར་ཆག {path} ལ་འཛུལ་མི་ཐུབ（{reason}）།</translation>
    </message>
    <message>
        <source>无法打开本机数据</source>
        <translation>རང་འཁོར་གྱི་གཞི་གྲངས་ཁ་ཕྱེ་མ་ཐུབ།</translation>
    </message>
    <message>
        <source>自动备份未完成</source>
        <translation>རང་འགུལ་གྲབས་ཉར་ལེགས་གྲུབ་མ་བྱུང་།</translation>
    </message>
    <message>
        <source>{error}

本机数据未受影响。请检查备份位置，或联系管理员。</source>
        <translation>{error}

རང་འཁོར་གྱི་གཞི་གྲངས་ལ་ཤུགས་རྐྱེན་མ་ཐེབས། གྲབས་ཉར་གནས་ས་ཞིབ་བཤེར་བྱེད་པའམ། ཡང་ན་དོ་དམ་པར་འབྲེལ་བ་གནང་རོགས།</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>无法读取印章图片：{reason}</source>
        <translation>ཐམ་གའི་པར་རིས་ཀློག་མ་ཐུབ། {reason}</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>窗口受理员</source>
        <translation>སྒེའུ་ཁུང་ཞུ་ཡིག་ལེན་མཁན།</translation>
    </message>
    <message>
        <source>核查员</source>
        <translation>ཞིབ་བཤེར་བ།</translation>
    </message>
    <message>
        <source>单位管理员</source>
        <translation>ལས་ཁུངས་དོ་དམ་པ།</translation>
    </message>
    <message>
        <source>审计员</source>
        <translation>རྩིས་ཞིབ་པ།</translation>
    </message>
    <message>
        <source>当前角色“{role}”无权执行此操作。</source>
        <translation>ད་ལྟའི་ལས་འགན“{role}”ལ་བཀོལ་སྤྱོད་འདི་ལག་བསྟར་བྱེད་པའི་དབང་ཚད་མེད།</translation>
    </message>
    <message>
        <source>密码至少10位</source>
        <translation>གསང་གྲངས་ལ་ཡིག་རྟགས་ཉུང་མཐར་ 10 དགོས</translation>
    </message>
    <message>
        <source>须包含大写字母、小写字母、数字、符号中的至少三类</source>
        <translation>དབྱིན་ཡིག་ཆེན་པོ་དང་ཆུང་ངུ། ཨང་གྲངས། རྟགས་བཅས་ལས་ཉུང་མཐར་རིགས་གསུམ་ཚུད་དགོས</translation>
    </message>
    <message>
        <source>不得包含用户名</source>
        <translation>སྤྱོད་མཁན་མིང་ཚུད་མི་ཆོག</translation>
    </message>
    <message>
        <source>重复字符过多</source>
        <translation>ཡིག་རྟགས་བསྐྱར་ཟློས་མང་དྲགས</translation>
    </message>
    <message>
        <source>居民身份证</source>
        <translation>ཡུལ་མིའི་ཐོབ་ཐང་ལག་ཁྱེར།</translation>
    </message>
    <message>
        <source>港澳台居民居住证</source>
        <translation>ཞང་ཀང་དང་ཨོ་མོན། ཐའེ་ཝན་ཡུལ་མིའི་སྡོད་གནས་ལག་ཁྱེར།</translation>
    </message>
    <message>
        <source>外国人永久居留身份证</source>
        <translation>ཕྱི་རྒྱལ་བའི་ཡུན་རིང་སྡོད་གནས་ཐོབ་ཐང་ལག་ཁྱེར།</translation>
    </message>
    <message>
        <source>护照</source>
        <translation>ཕྱི་ཐོན་ལག་ཁྱེར།</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>སྤྱི་ཚོགས་ཡིད་རྟོན་ཚབ་རྟགས་གཅིག་གྱུར།</translation>
    </message>
    <message>
        <source>个人申请人不能使用统一社会信用代码，请选择身份证件类型。</source>
        <translation>སྒེར་མིའི་ཞུ་སྙན་འབུལ་མཁན་གྱིས་སྤྱི་ཚོགས་ཡིད་རྟོན་ཚབ་རྟགས་གཅིག་གྱུར་བེད་སྤྱོད་བྱེད་མི་ཆོག ཐོབ་ཐང་ལག་ཁྱེར་གྱི་རིགས་ཤིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <source>请核验申请人本人持有的有效身份证件原件，并确认本人到场。</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན་རང་ཉིད་ཀྱི་ནུས་ལྡན་ཐོབ་ཐང་ལག་ཁྱེར་མ་ཡིག་ཞིབ་བཤེར་བྱས་ནས། རང་ཉིད་ས་ཐོག་ཏུ་ཡོད་པ་གཏན་འཁེལ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>请填写单位全称（2至100字）。</source>
        <translation>ལས་ཁུངས་ཀྱི་མིང་ཆ་ཚང་（ཡིག་འབྲུ་ 2 ནས་ 100 བར）འབྲི་རོགས།</translation>
    </message>
    <message>
        <source>请核验营业执照（登记证书）原件及签字人的有效身份证件原件。</source>
        <translation>ཚོང་ལས་ཆོག་མཆན（ཐོ་འགོད་ལག་ཁྱེར）མ་ཡིག་དང་མིང་རྟགས་འགོད་མཁན་གྱི་ནུས་ལྡན་ཐོབ་ཐང་ལག་ཁྱེར་མ་ཡིག་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>请填写特别授权委托书的编号或文号。</source>
        <translation>དམིགས་བསལ་དབང་སྤྲོད་གཏད་ཡིག་གི་ཨང་རྟགས་སམ་ཡིག་ཨང་འབྲི་རོགས།</translation>
    </message>
    <message>
        <source>请核验代理人本人身份证件原件。</source>
        <translation>ཚབ་བྱེད་མཁན་རང་ཉིད་ཀྱི་ཐོབ་ཐང་ལག་ཁྱེར་མ་ཡིག་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>ཟིན་བྲིས།</translation>
    </message>
    <message>
        <source>已告知</source>
        <translation>བརྡ་ཁྱབ་ཟིན།</translation>
    </message>
    <message>
        <source>已签署</source>
        <translation>མིང་རྟགས་བཀོད་ཟིན།</translation>
    </message>
    <message>
        <source>已受理</source>
        <translation>ཞུ་ཡིག་བླངས་ཟིན།</translation>
    </message>
    <message>
        <source>核查中</source>
        <translation>ཞིབ་བཤེར་བྱེད་བཞིན་པ།</translation>
    </message>
    <message>
        <source>核查属实</source>
        <translation>ཞིབ་བཤེར་བྱས་པར་བདེན་པ།</translation>
    </message>
    <message>
        <source>核查不实</source>
        <translation>ཞིབ་བཤེར་བྱས་པར་བདེན་མིན།</translation>
    </message>
    <message>
        <source>已撤回承诺</source>
        <translation>ཁས་ལེན་ཕྱིར་འཐེན་བྱས་ཟིན།</translation>
    </message>
    <message>
        <source>提交证明办理</source>
        <translation>ར་སྤྲོད་ཕུལ་ནས་སྒྲུབ་པ།</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>སྒྲུབ་ཚར།</translation>
    </message>
    <message>
        <source>申请人选择提交证明</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན་གྱིས་ར་སྤྲོད་འབུལ་བ་བདམས།</translation>
    </message>
    <message>
        <source>申请人不适用告知承诺制（信用记录）</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན་ལ་བརྡ་ཁྱབ་ཁས་ལེན་ལམ་ལུགས་སྤྱོད་མི་ཆོག（ཡིད་རྟོན་ཟིན་ཐོ）</translation>
    </message>
    <message>
        <source>申请人不同意公开承诺书</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན་གྱིས་ཁས་ལེན་ཡི་གེ་ཁྱབ་བསྒྲགས་ལ་མོས་མཐུན་མ་བྱས།</translation>
    </message>
    <message>
        <source>申请人撤回承诺</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན་གྱིས་ཁས་ལེན་ཕྱིར་འཐེན་བྱས།</translation>
    </message>
    <message>
        <source>只有已撤回承诺的案件才能以“撤回”为由转为提交证明办理。</source>
        <extracomment>Facts that do not move the case: the state stays, the event is still stored and synced.</extracomment>
        <translation>ཁས་ལེན་ཕྱིར་འཐེན་བྱས་ཟིན་པའི་ལས་དོན་ཁོ་ན“ཕྱིར་འཐེན”གྱི་རྒྱུ་མཚན་ཐོག་ར་སྤྲོད་འབུལ་བའི་ཐོག་སྒྲུབ་པར་བསྒྱུར་ཆོག</translation>
    </message>
    <message>
        <source>无法核查须写明原因。</source>
        <translation>ཞིབ་བཤེར་བྱེད་མི་ཐུབ་ན་རྒྱུ་མཚན་གསལ་པོར་འབྲི་དགོས།</translation>
    </message>
    <message>
        <source>撤回承诺须写明理由。</source>
        <translation>ཁས་ལེན་ཕྱིར་འཐེན་ལ་རྒྱུ་མཚན་གསལ་པོར་འབྲི་དགོས།</translation>
    </message>
    <message>
        <source>案件当前状态为“{label}”：事项已办结，不能再撤回承诺。</source>
        <translation>ལས་དོན་གྱི་ད་ལྟའི་གནས་སྟངས་ནི“{label}”ཡིན། བྱ་དོན་སྒྲུབ་ཚར་བས་ཁས་ལེན་ཕྱིར་འཐེན་བྱེད་མི་ཆོག</translation>
    </message>
    <message>
        <source>案件当前状态为“{label}”：承诺已被认定不实，不能撤回。</source>
        <translation>ལས་དོན་གྱི་ད་ལྟའི་གནས་སྟངས་ནི“{label}”ཡིན། ཁས་ལེན་བདེན་མིན་དུ་ཐག་བཅད་ཟིན་པས་ཕྱིར་འཐེན་བྱེད་མི་ཆོག</translation>
    </message>
    <message>
        <source>办结须写明办理结果。</source>
        <translation>སྒྲུབ་ཚར་དུས་སྒྲུབ་འབྲས་གསལ་པོར་འབྲི་དགོས།</translation>
    </message>
    <message>
        <source>办结日期不能晚于今天。</source>
        <translation>སྒྲུབ་ཚར་བའི་ཚེས་གྲངས་དེ་རིང་ལས་ཕྱི་མི་ཆོག</translation>
    </message>
    <message>
        <source>办结日期不能早于案件受理日期。</source>
        <translation>སྒྲུབ་ཚར་བའི་ཚེས་གྲངས་ལས་དོན་ལེན་པའི་ཚེས་གྲངས་ལས་སྔ་མི་ཆོག</translation>
    </message>
    <message>
        <source>未知的案件记录类型“{kind}”。</source>
        <translation>ལས་དོན་ཟིན་ཐོའི་རིགས“{kind}”ངོས་མི་ཤེས།</translation>
    </message>
    <message>
        <source>请先认定不实承诺，再记录处理措施。</source>
        <translation>སྔོན་ལ་ཁས་ལེན་བདེན་མིན་དུ་ཐག་གཅོད་བྱས་རྗེས་ཐག་གཅོད་ཐབས་ཇུས་ཐོ་འགོད་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>该案件已认定不实承诺；处理措施请在原认定下记录。</source>
        <translation>ལས་དོན་འདི་ཁས་ལེན་བདེན་མིན་དུ་ཐག་བཅད་ཟིན། ཐག་གཅོད་ཐབས་ཇུས་ཐག་གཅོད་ཐོག་མའི་འོག་ཏུ་ཐོ་འགོད་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>该案件已确认打印、签字并盖章。</source>
        <translation>ལས་དོན་འདི་པར་འདེབས་དང་མིང་རྟགས། ཐམ་ག་རྒྱག་པ་བཅས་གཏན་འཁེལ་བྱས་ཟིན།</translation>
    </message>
    <message>
        <source>单位编码“{office_code}”无效：应为2至12位大写字母或数字。</source>
        <translation>ལས་ཁུངས་ཀྱི་ཨང་རྟགས“{office_code}”ནུས་མེད། དབྱིན་ཡིག་ཆེན་པོའམ་གྲངས་ཀ་ 2 ནས་ 12 བར་དགོས།</translation>
    </message>
    <message>
        <source>终端编码“{terminal_code}”无效：应为1至6位大写字母或数字。</source>
        <translation>མཐའ་སྣེའི་ཨང་རྟགས“{terminal_code}”ནུས་མེད། དབྱིན་ཡིག་ཆེན་པོའམ་གྲངས་ཀ་ 1 ནས་ 6 བར་དགོས།</translation>
    </message>
    <message>
        <source>当日案件序号超出范围。</source>
        <translation>ཉིན་དེའི་ལས་དོན་གོ་རིམ་ཨང་ཚད་ལས་བརྒལ།</translation>
    </message>
    <message>
        <source>国家安全</source>
        <extracomment>Matters in these areas may not use the promise route at all (domain.md, &quot;The catalog&quot;).</extracomment>
        <translation>རྒྱལ་ཁབ་ཀྱི་བདེ་འཇགས།</translation>
    </message>
    <message>
        <source>国家秘密</source>
        <translation>རྒྱལ་ཁབ་ཀྱི་གསང་བ།</translation>
    </message>
    <message>
        <source>公共安全</source>
        <translation>སྤྱི་པའི་བདེ་འཇགས།</translation>
    </message>
    <message>
        <source>金融审慎监管</source>
        <translation>དངུལ་རྩའི་གཟབ་ནན་ལྟ་སྐྱོང་།</translation>
    </message>
    <message>
        <source>生态环境保护</source>
        <translation>སྐྱེ་ཁམས་ཁོར་ཡུག་སྲུང་སྐྱོབ།</translation>
    </message>
    <message>
        <source>直接涉及人身健康、生命财产安全</source>
        <translation>མིའི་བདེ་ཐང་དང་ཚེ་སྲོག་ནོར་རྫས་བདེ་འཇགས་ལ་ཐད་ཀར་འབྲེལ་བ།</translation>
    </message>
    <message>
        <source>重要涉外事项</source>
        <translation>ཕྱི་དང་འབྲེལ་བའི་བྱ་དོན་གལ་ཆེན།</translation>
    </message>
    <message>
        <source>网络数据核查</source>
        <translation>དྲ་རྒྱའི་གཞི་གྲངས་བརྒྱུད་ཞིབ་བཤེར།</translation>
    </message>
    <message>
        <source>现场核查</source>
        <translation>ས་ཐོག་ཞིབ་བཤེར།</translation>
    </message>
    <message>
        <source>协助核查</source>
        <translation>རོགས་སྐྱོར་ཞིབ་བཤེར།</translation>
    </message>
    <message>
        <source>免于核查（日常监管）</source>
        <translation>ཞིབ་བཤེར་ཆག་ཡང་（རྒྱུན་ལྡན་ལྟ་སྐུལ）</translation>
    </message>
    <message>
        <source>藏文承诺条件应与汉文一一对应（汉文 {conditions} 条，藏文 {bo} 条）</source>
        <extracomment>Credit standings an item may give its own verification rule for (``credit_rules``).</extracomment>
        <translation>བོད་ཡིག་གི་ཁས་ལེན་ཆ་རྐྱེན་རྒྱ་ཡིག་དང་གཅིག་མཚུངས་ཡིན་དགོས（རྒྱ་ཡིག་ {conditions} བོད་ཡིག་ {bo}）</translation>
    </message>
    <message>
        <source>藏文材料应与汉文一一对应（汉文 {materials} 项，藏文 {bo} 项）</source>
        <translation>བོད་ཡིག་གི་ཡིག་ཆ་རྒྱ་ཡིག་དང་གཅིག་མཚུངས་ཡིན་དགོས（རྒྱ་ཡིག་ {materials} བོད་ཡིག་ {bo}）</translation>
    </message>
    <message>
        <source>缺少协助核查单位的藏文</source>
        <translation>རོགས་སྐྱོར་ཞིབ་བཤེར་ལས་ཁུངས་ཀྱི་བོད་ཡིག་མེད།</translation>
    </message>
    <message>
        <source>缺少公开范围的藏文</source>
        <translation>ཁྱབ་བསྒྲགས་ཁྱབ་ཁོངས་ཀྱི་བོད་ཡིག་མེད།</translation>
    </message>
    <message>
        <source>核查方式“{method}”无效，应为 {allowed} 之一</source>
        <translation>ཞིབ་བཤེར་ཐབས་ལམ“{method}”ནུས་མེད། {allowed} ནང་གི་གཅིག་ཡིན་དགོས།</translation>
    </message>
    <message>
        <source>协助核查须写明协助核查单位</source>
        <translation>རོགས་སྐྱོར་ཞིབ་བཤེར་ལ་རོགས་སྐྱོར་བྱེད་པའི་ལས་ཁུངས་གསལ་པོར་འབྲི་དགོས།</translation>
    </message>
    <message>
        <source>公开的事项须写明公开范围和公开期限</source>
        <translation>ཁྱབ་བསྒྲགས་བྱེད་པའི་བྱ་དོན་ལ་ཁྱབ་བསྒྲགས་ཁྱབ་ཁོངས་དང་དུས་བཀག་གསལ་པོར་འབྲི་དགོས།</translation>
    </message>
    <message>
        <source>失效日期早于生效日期</source>
        <translation>ནུས་མེད་ཚེས་གྲངས་ནུས་ལྡན་ཚེས་གྲངས་ལས་སྔ་བ།</translation>
    </message>
    <message>
        <source>涉及“{label}”的事项不得实行告知承诺制</source>
        <translation>“{label}”དང་འབྲེལ་བའི་བྱ་དོན་ལ་བརྡ་ཁྱབ་ཁས་ལེན་ལམ་ལུགས་ལག་བསྟར་མི་ཆོག</translation>
    </message>
    <message>
        <source>“{label}”领域的事项不得实行告知承诺制</source>
        <translation>“{label}”ཁྱབ་ཁོངས་ཀྱི་བྱ་དོན་ལ་བརྡ་ཁྱབ་ཁས་ལེན་ལམ་ལུགས་ལག་བསྟར་མི་ཆོག</translation>
    </message>
    <message>
        <source>承诺条件“{text}”是兜底条款，须写明具体条件</source>
        <translation>ཁས་ལེན་ཆ་རྐྱེན“{text}”ནི་མཐའ་མའི་སྡེ་ཚན་ཡིན་པས་ཆ་རྐྱེན་ངོ་མ་གསལ་པོར་འབྲི་དགོས།</translation>
    </message>
    <message>
        <source>应为一列规则（credit、method、time_limit_days）</source>
        <translation>སྒྲིག་གཞིའི་ཐོ་གཅིག（credit、method、time_limit_days）ཡིན་དགོས།</translation>
    </message>
    <message>
        <source>信用状况“{credit}”无效，应为 {allowed} 之一</source>
        <translation>ཡིད་རྟོན་གནས་བབ“{credit}”ནུས་མེད། {allowed} ནང་གི་གཅིག་ཡིན་དགོས།</translation>
    </message>
    <message>
        <source>信用状况“{credit}”的规则重复</source>
        <translation>ཡིད་རྟོན་གནས་བབ“{credit}”ཡི་སྒྲིག་གཞི་བསྐྱར་ཟློས་བྱུང་།</translation>
    </message>
    <message>
        <source>核查方式无效</source>
        <translation>ཞིབ་བཤེར་ཐབས་ལམ་ནུས་མེད།</translation>
    </message>
    <message>
        <source>缺少必填内容</source>
        <translation>ངེས་པར་འབྲི་དགོས་པའི་ནང་དོན་མེད།</translation>
    </message>
    <message>
        <source>应为文字</source>
        <translation>ཡི་གེ་ཡིན་དགོས།</translation>
    </message>
    <message>
        <source>应为整数</source>
        <translation>གྲངས་ཆ་ཧྲིལ་པོ་ཡིན་དགོས།</translation>
    </message>
    <message>
        <source>应不小于 {minimum}</source>
        <translation>{minimum} ལས་ཆུང་བ་མི་ཆོག</translation>
    </message>
    <message>
        <source>缺少必填内容或不是“是/否”（true/false）</source>
        <translation>ངེས་པར་འབྲི་དགོས་པའི་ནང་དོན་མེད་པའམ“ཡིན/མིན”（true/false）མ་རེད།</translation>
    </message>
    <message>
        <source>日期“{value}”格式应为 YYYY-MM-DD</source>
        <translation>ཚེས་གྲངས“{value}”ཡི་རྣམ་གཞག་ YYYY-MM-DD ཡིན་དགོས།</translation>
    </message>
    <message>
        <source>应为一组字段</source>
        <translation>ཡིག་ཚན་ཚོ་གཅིག་ཡིན་དགོས།</translation>
    </message>
    <message>
        <source>应为一列文字</source>
        <translation>ཡི་གེའི་ཐོ་གཅིག་ཡིན་དགོས།</translation>
    </message>
    <message>
        <source>至少应有 {minimum} 项</source>
        <translation>ཉུང་མཐར་རྣམ་གྲངས་ {minimum} དགོས།</translation>
    </message>
    <message>
        <source>编码与版本 {code} v{version} 重复</source>
        <translation>ཨང་རྟགས་དང་པར་གཞི་ {code} v{version} བསྐྱར་ཟློས་བྱུང་།</translation>
    </message>
    <message>
        <source>目录中没有第 {version} 版</source>
        <translation>དཀར་ཆག་ནང་པར་གཞི་ {version} མེད།</translation>
    </message>
    <message>
        <source>第 {later} 版的生效日期应晚于第 {earlier} 版的生效日期（{date}），两版有效期重叠</source>
        <translation>པར་གཞི་ {later} ཡི་ནུས་ལྡན་ཚེས་གྲངས་པར་གཞི་ {earlier} ཡི་ནུས་ལྡན་ཚེས་གྲངས（{date}）ལས་ཕྱི་བ་དགོས། པར་གཞི་གཉིས་ཀྱི་ནུས་ཡོད་དུས་ཡུན་བསྣོལ་འདུག</translation>
    </message>
    <message>
        <source>第 {earlier} 版的失效日期（{date}）不早于第 {later} 版的生效日期，两版有效期重叠</source>
        <translation>པར་གཞི་ {earlier} ཡི་ནུས་མེད་ཚེས་གྲངས（{date}）པར་གཞི་ {later} ཡི་ནུས་ལྡན་ཚེས་གྲངས་ལས་སྔ་བ་མིན། པར་གཞི་གཉིས་ཀྱི་ནུས་ཡོད་དུས་ཡུན་བསྣོལ་འདུག</translation>
    </message>
    <message>
        <source>{state}（待打印用印）</source>
        <extracomment>Sorts after every character (names may use CJK Extension B and later, beyond U+FFFF).</extracomment>
        <translation>{state}（པར་འདེབས་དང་ཐམ་ག་སྒུག་བཞིན་པ）</translation>
    </message>
    <message>
        <source>请输入{label}。</source>
        <translation>{label}་ནང་འཇུག་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>曾作出不实承诺</source>
        <translation>སྔོན་ཆད་ཁས་ལེན་བདེན་མིན་བྱས་མྱོང་།</translation>
    </message>
    <message>
        <source>有严重失信记录</source>
        <translation>ཡིད་རྟོན་ཤོར་བ་ཚབས་ཆེན་གྱི་ཟིན་ཐོ་ཡོད།</translation>
    </message>
    <message>
        <source>有一般失信记录</source>
        <translation>ཡིད་རྟོན་ཤོར་བ་སྤྱིར་བཏང་གི་ཟིན་ཐོ་ཡོད།</translation>
    </message>
    <message>
        <source>{kind}（{date}，{source}），尚未信用修复</source>
        <translation>{kind}（{date}། {source}）། ད་དུང་ཡིད་རྟོན་སླར་གསོ་བྱས་མེད།</translation>
    </message>
    <message>
        <source>{kind}（{date}，{source}）</source>
        <translation>{kind}（{date}། {source}）</translation>
    </message>
    <message>
        <source>该申请人同一事项已有未办结案件 {no}，请核实是否重复申请</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན་འདིར་བྱ་དོན་གཅིག་པའི་སྒྲུབ་མ་ཚར་བའི་ལས་དོན {no} ཡོད། བསྐྱར་ཟློས་ཞུ་སྙན་ཡིན་མིན་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>{year}年{month}月{day}日</source>
        <translation>སྤྱི་ལོ་{year} ཟླ་{month} ཚེས་{day}</translation>
    </message>
    <message>
        <source>{label}中的出生日期“{digits}”（第7至14位）不是有效日期，请核对年、月、日是否录错。</source>
        <translation>{label}： སྐྱེས་ཚེས“{digits}”（ཨང་ 7 ནས་ 14 བར）ནི་ནུས་ལྡན་ཚེས་གྲངས་མིན། ལོ་ཟླ་ཚེས་གསུམ་ནོར་ཡོད་མེད་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>{label}中的出生日期为{date}，早于1900年1月1日，请核对第7至14位是否录错。</source>
        <translation>{label}： སྐྱེས་ཚེས་ནི་ {date} ཡིན་པས། སྤྱི་ལོ་ 1900 ཟླ་ 1 ཚེས་ 1 ལས་སྔ། ཨང་ 7 ནས་ 14 བར་ནོར་ཡོད་མེད་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>{label}中的出生日期为{date}，晚于今天（{today}），请核对第7至14位是否录错。</source>
        <translation>{label}： སྐྱེས་ཚེས་ནི་ {date} ཡིན་པས། དེ་རིང་（{today}）ལས་ཕྱི། ཨང་ 7 ནས་ 14 བར་ནོར་ཡོད་མེད་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>计算校验位需要17位数字。</source>
        <translation>ཞིབ་བཤེར་ཨང་རྩིས་རྒྱག་པར་ཨང་གྲངས་ 17 དགོས།</translation>
    </message>
    <message>
        <source>请核对是否漏输或多输了数字。</source>
        <translation>ཨང་གྲངས་ཆད་པའམ་ལྷག་པ་ཡོད་མེད་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>15位的一代证号码已停止使用，请按证件上的18位号码录入。</source>
        <translation>ཨང་གྲངས་ 15 ཅན་གྱི་ལག་ཁྱེར་རྙིང་པའི་ཨང་གྲངས་བེད་སྤྱོད་མཚམས་བཞག་ཟིན། ལག་ཁྱེར་སྟེང་གི་ཨང་གྲངས་ 18 ལྟར་འཇུག་རོགས།</translation>
    </message>
    <message>
        <source>{label}应为18位，当前为{n}位。{hint}</source>
        <translation>{label}་ལ་ཨང་ 18 དགོས་ཀྱང་། ད་ལྟ་ཨང་ {n} ཡོད། {hint}</translation>
    </message>
    <message>
        <source>{label}第{i}位{char}无效：前17位只能是数字，请核对。</source>
        <translation>{label}： ཨང་ {i} པ{char}ནུས་མེད། ཨང་དང་པོ་ 17 ནི་ཨང་གྲངས་ཁོ་ན་ཡིན་དགོས། ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>{label}第18位{char}无效：最后一位只能是数字或字母X，请核对。</source>
        <translation>{label}： ཨང་ 18 པ{char}ནུས་མེད། མཐའ་མ་ནི་ཨང་གྲངས་སམ་ཡི་གེ X ཡིན་དགོས། ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>{label}校验位错误：按前17位计算最后一位应为 {expected}，录入的是 {typed}。任何一位录错都会导致校验失败，请对照证件逐位核对，不要只改最后一位。</source>
        <translation>{label}： ཞིབ་བཤེར་ཨང་ནོར་འདུག ཨང་དང་པོ་ 17 ལྟར་རྩིས་ན་མཐའ་མ་ {expected} ཡིན་དགོས་ཀྱང་། བཅུག་པ་ནི་ {typed} ཡིན། ཨང་གང་རུང་གཅིག་ནོར་ན་ཞིབ་བཤེར་མི་འགྲིག་པས། ལག་ཁྱེར་དང་བསྡུར་ནས་ཨང་རེ་རེ་བཞིན་ཞིབ་བཤེར་བྱེད་རོགས། མཐའ་མ་ཁོ་ན་བཟོ་བཅོས་མ་བྱེད།</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས</translation>
    </message>
    <message>
        <source>请输入身份证号码。</source>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་ནང་འཇུག་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>以“{prefix}”开头的是港澳台居民居住证号码，请将证件类型改选为“港澳台居民居住证”。</source>
        <translation>“{prefix}”ནས་འགོ་འཛུགས་པ་ནི་ཞང་ཀང་དང་ཨོ་མོན། ཐའེ་ཝན་ཡུལ་མིའི་སྡོད་གནས་ལག་ཁྱེར་གྱི་ཨང་གྲངས་ཡིན། ལག་ཁྱེར་གྱི་རིགས་“ཞང་ཀང་དང་ཨོ་མོན། ཐའེ་ཝན་ཡུལ་མིའི་སྡོད་གནས་ལག་ཁྱེར”ལ་བསྒྱུར་རོགས།</translation>
    </message>
    <message>
        <source>请核对前两位是否录错。</source>
        <translation>ཨང་དང་པོ་གཉིས་ནོར་ཡོད་མེད་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>以9开头的18位号码可能是外国人永久居留身份证，如是请改选该证件类型。</source>
        <translation>9 ནས་འགོ་འཛུགས་པའི་ཨང་ 18 ཅན་ནི་ཕྱི་རྒྱལ་བའི་ཡུན་རིང་སྡོད་གནས་ཐོབ་ཐང་ལག་ཁྱེར་ཡིན་སྲིད། དེ་ཡིན་ན་ལག་ཁྱེར་གྱི་རིགས་དེར་བསྒྱུར་རོགས།</translation>
    </message>
    <message>
        <source>身份证号码前两位“{province}”不是有效的省级行政区划代码。{hint}</source>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་ཀྱི་ཨང་དང་པོ་གཉིས“{province}”ནི་ནུས་ལྡན་གྱི་ཞིང་ཆེན་རིམ་པའི་སྲིད་འཛིན་ས་ཁོངས་ཚབ་རྟགས་མིན། {hint}</translation>
    </message>
    <message>
        <source>港澳台居民居住证号码</source>
        <translation>ཞང་ཀང་དང་ཨོ་མོན། ཐའེ་ཝན་ཡུལ་མིའི་སྡོད་གནས་ལག་ཁྱེར་ཨང་གྲངས</translation>
    </message>
    <message>
        <source>请输入港澳台居民居住证号码。</source>
        <translation>ཞང་ཀང་དང་ཨོ་མོན། ཐའེ་ཝན་ཡུལ་མིའི་སྡོད་གནས་ལག་ཁྱེར་ཨང་གྲངས་ནང་འཇུག་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>请核对前6位。</source>
        <translation>ཨང་དང་པོ་ 6 ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>这看起来是居民身份证号码，如是请将证件类型改选为“居民身份证”。</source>
        <translation>འདི་ཡུལ་མིའི་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་ཡིན་པ་འདྲ། དེ་ཡིན་ན་ལག་ཁྱེར་གྱི་རིགས“ཡུལ་མིའི་ཐོབ་ཐང་ལག་ཁྱེར”ལ་བསྒྱུར་རོགས།</translation>
    </message>
    <message>
        <source>港澳台居民居住证号码前6位应为810000（香港）、820000（澳门）或830000（台湾），当前为“{prefix}”。{hint}</source>
        <translation>ཞང་ཀང་དང་ཨོ་མོན། ཐའེ་ཝན་ཡུལ་མིའི་སྡོད་གནས་ལག་ཁྱེར་ཨང་གྲངས་ཀྱི་ཨང་དང་པོ་ 6 ནི་ 810000（ཞང་ཀང）དང་། 820000（ཨོ་མོན）ཡང་ན་ 830000（ཐའེ་ཝན）ཡིན་དགོས་ཀྱང་། ད་ལྟ་“{prefix}”ཡིན། {hint}</translation>
    </message>
    <message>
        <source>永居证号码</source>
        <translation>ཡུན་རིང་སྡོད་གནས་ལག་ཁྱེར་ཨང་གྲངས</translation>
    </message>
    <message>
        <source>请输入外国人永久居留身份证号码。</source>
        <translation>ཕྱི་རྒྱལ་བའི་ཡུན་རིང་སྡོད་གནས་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་ནང་འཇུག་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>旧版永居证号码第{i}位{char}无效：15位号码应为3位英文字母（国籍代码）加12位数字。</source>
        <translation>པར་གཞི་རྙིང་པའི་ཡུན་རིང་སྡོད་གནས་ལག་ཁྱེར་ཨང་གྲངས་ཀྱི་ཨང་ {i} པ{char}ནུས་མེད། ཨང་ 15 ཅན་ནི་དབྱིན་ཡིག་ 3（རྒྱལ་ཁོངས་ཚབ་རྟགས）དང་ཨང་གྲངས་ 12 ཡིན་དགོས།</translation>
    </message>
    <message>
        <source>旧版永居证号码第{i}位{char}无效：15位号码的第4至15位只能是数字。</source>
        <translation>པར་གཞི་རྙིང་པའི་ཡུན་རིང་སྡོད་གནས་ལག་ཁྱེར་ཨང་གྲངས་ཀྱི་ཨང་ {i} པ{char}ནུས་མེད། ཨང་ 15 ཅན་གྱི་ཨང་ 4 ནས་ 15 བར་ནི་ཨང་གྲངས་ཁོ་ན་ཡིན་དགོས།</translation>
    </message>
    <message>
        <source>外国人永久居留身份证号码应为18位（2023年版）或15位（旧版），当前为{n}位。请核对是否漏输或多输。</source>
        <translation>ཕྱི་རྒྱལ་བའི་ཡུན་རིང་སྡོད་གནས་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་ལ་ཨང་ 18（2023 ལོའི་པར་གཞི）ཡང་ན་ 15（པར་གཞི་རྙིང་པ）དགོས་ཀྱང་། ད་ལྟ་ཨང་ {n} ཡོད། ཆད་པའམ་ལྷག་པ་ཡོད་མེད་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>请核对第1位。</source>
        <translation>ཨང་དང་པོ་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>这看起来是港澳台居民居住证号码，如是请改选该证件类型。</source>
        <translation>འདི་ཞང་ཀང་དང་ཨོ་མོན། ཐའེ་ཝན་ཡུལ་མིའི་སྡོད་གནས་ལག་ཁྱེར་ཨང་གྲངས་ཡིན་པ་འདྲ། དེ་ཡིན་ན་ལག་ཁྱེར་གྱི་རིགས་དེར་བསྒྱུར་རོགས།</translation>
    </message>
    <message>
        <source>2023年版永居证号码应以9开头，当前为“{first}”。{hint}</source>
        <translation>2023 ལོའི་པར་གཞིའི་ཡུན་རིང་སྡོད་གནས་ལག་ཁྱེར་ཨང་གྲངས་ནི་ 9 ནས་འགོ་འཛུགས་དགོས་ཀྱང་། ད་ལྟ་“{first}”ཡིན། {hint}</translation>
    </message>
    <message>
        <source>永居证号码第2至3位“{code}”不是有效的受理地省级行政区划代码，请核对。</source>
        <translation>ཡུན་རིང་སྡོད་གནས་ལག་ཁྱེར་ཨང་གྲངས་ཀྱི་ཨང་ 2 ནས་ 3 བར“{code}”ནི་ནུས་ལྡན་གྱི་ཞུ་ཡིག་ལེན་ས་ཞིང་ཆེན་རིམ་པའི་ས་ཁོངས་ཚབ་རྟགས་མིན། ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>护照号码</source>
        <translation>ཕྱི་ཐོན་ལག་ཁྱེར་ཨང་གྲངས</translation>
    </message>
    <message>
        <source>请输入护照号码。</source>
        <translation>ཕྱི་ཐོན་ལག་ཁྱེར་ཨང་གྲངས་ནང་འཇུག་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>护照号码第{i}位{char}无效：只能包含英文字母和数字（不含横线等符号），请对照护照资料页录入。</source>
        <translation>ཕྱི་ཐོན་ལག་ཁྱེར་ཨང་གྲངས་ཀྱི་ཨང་ {i} པ{char}ནུས་མེད། དབྱིན་ཡིག་དང་ཨང་གྲངས་ཁོ་ན（ཐིག་ཕྲན་སོགས་མི་ཆོག）ཡིན་དགོས། ཕྱི་ཐོན་ལག་ཁྱེར་གྱི་ཆ་འཕྲིན་ཤོག་ངོས་དང་བསྡུར་ནས་འཇུག་རོགས།</translation>
    </message>
    <message>
        <source>护照号码应为5至20位，当前为{n}位。中国护照通常为9位（如 E12345678），请核对。</source>
        <translation>ཕྱི་ཐོན་ལག་ཁྱེར་ཨང་གྲངས་ལ་ཨང་ 5 ནས་ 20 བར་དགོས་ཀྱང་། ད་ལྟ་ཨང་ {n} ཡོད། ཀྲུང་གོའི་ཕྱི་ཐོན་ལག་ཁྱེར་ལ་སྤྱིར་ཨང་ 9（དཔེར་ན E12345678）ཡོད། ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>计算校验码需要17位统一社会信用代码字符。</source>
        <translation>ཞིབ་བཤེར་ཨང་རྩིས་རྒྱག་པར་སྤྱི་ཚོགས་ཡིད་རྟོན་ཚབ་རྟགས་ཀྱི་ཡིག་རྟགས་ 17 དགོས།</translation>
    </message>
    <message>
        <source>计算组织机构代码校验码需要8位数字或大写字母。</source>
        <translation>སྒྲིག་འཛུགས་ཚབ་རྟགས་ཀྱི་ཞིབ་བཤེར་ཨང་རྩིས་རྒྱག་པར་ཨང་གྲངས་སམ་དབྱིན་ཡིག་ཆེན་པོ་ 8 དགོས།</translation>
    </message>
    <message>
        <source>请输入统一社会信用代码。</source>
        <translation>སྤྱི་ཚོགས་ཡིད་རྟོན་ཚབ་རྟགས་གཅིག་གྱུར་ནང་འཇུག་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>请核对是否漏输或多输。</source>
        <translation>ཆད་པའམ་ལྷག་པ་ཡོད་མེད་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>这可能是旧的组织机构代码或注册号，请录入营业执照或登记证书上的18位统一社会信用代码。</source>
        <translation>འདི་སྒྲིག་འཛུགས་ཚབ་རྟགས་རྙིང་པའམ་ཐོ་འགོད་ཨང་གྲངས་ཡིན་སྲིད། ཚོང་ལས་ཆོག་མཆན་ནམ་ཐོ་འགོད་ལག་ཁྱེར་སྟེང་གི་ཨང་ 18 ཅན་གྱི་སྤྱི་ཚོགས་ཡིད་རྟོན་ཚབ་རྟགས་གཅིག་གྱུར་འཇུག་རོགས།</translation>
    </message>
    <message>
        <source>统一社会信用代码应为18位，当前为{n}位。{hint}</source>
        <translation>སྤྱི་ཚོགས་ཡིད་རྟོན་ཚབ་རྟགས་གཅིག་གྱུར་ལ་ཨང་ 18 དགོས་ཀྱང་། ད་ལྟ་ཨང་ {n} ཡོད། {hint}</translation>
    </message>
    <message>
        <source>代码中不使用字母 I、O、Z、S、V，是否应为“{char}”？</source>
        <translation>ཚབ་རྟགས་ནང་དབྱིན་ཡིག I དང་ O Z S V མི་སྤྱོད། “{char}”ཡིན་དགོས་སམ།</translation>
    </message>
    <message>
        <source>只能是数字或大写字母（不含 I、O、Z、S、V）。</source>
        <translation>ཨང་གྲངས་སམ་དབྱིན་ཡིག་ཆེན་པོ（I དང་ O Z S V མ་གཏོགས）ཁོ་ན་ཡིན་དགོས།</translation>
    </message>
    <message>
        <source>{label}第{i}位{char}无效：{detail}</source>
        <translation>{label}： ཨང་ {i} པ{char}ནུས་མེད། {detail}</translation>
    </message>
    <message>
        <source>{label}第1位（登记管理部门代码）“{char}”无效，应为1至9、A至G、N或Y，请核对。</source>
        <translation>{label}： ཨང་དང་པོ（ཐོ་འགོད་དོ་དམ་སྡེ་ཚན་གྱི་ཚབ་རྟགས）“{char}”ནུས་མེད། 1 ནས་ 9 བར་དང་ A ནས་ G བར། N ཡང་ན་ Y ཡིན་དགོས། ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>{label}第{i}位{char}无效：第3至8位为登记管理机关行政区划码，只能是数字。</source>
        <translation>{label}： ཨང་ {i} པ{char}ནུས་མེད། ཨང་ 3 ནས་ 8 བར་ནི་ཐོ་འགོད་དོ་དམ་ལས་ཁུངས་ཀྱི་སྲིད་འཛིན་ས་ཁོངས་ཚབ་རྟགས་ཡིན་པས། ཨང་གྲངས་ཁོ་ན་ཡིན་དགོས།</translation>
    </message>
    <message>
        <source>{label}第9至17位（组织机构代码）校验不符：按第9至16位计算第17位应为 {expected}，录入的是 {typed}。任何一位录错都会导致校验失败，请逐位核对。</source>
        <translation>{label}： ཨང་ 9 ནས་ 17 བར（སྒྲིག་འཛུགས་ཚབ་རྟགས）ཞིབ་བཤེར་མི་མཐུན། ཨང་ 9 ནས་ 16 བར་ལྟར་རྩིས་ན་ཨང་ 17 པ་ {expected} ཡིན་དགོས་ཀྱང་། བཅུག་པ་ནི་ {typed} ཡིན། ཨང་གང་རུང་གཅིག་ནོར་ན་ཞིབ་བཤེར་མི་འགྲིག་པས། ཨང་རེ་རེ་བཞིན་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>{label}校验码错误：按前17位计算最后一位应为 {expected}，录入的是 {typed}。任何一位录错都会导致校验失败，请对照证照逐位核对。</source>
        <translation>{label}： ཞིབ་བཤེར་ཨང་ནོར་འདུག ཨང་དང་པོ་ 17 ལྟར་རྩིས་ན་མཐའ་མ་ {expected} ཡིན་དགོས་ཀྱང་། བཅུག་པ་ནི་ {typed} ཡིན། ཨང་གང་རུང་གཅིག་ནོར་ན་ཞིབ་བཤེར་མི་འགྲིག་པས། ལག་ཁྱེར་དང་བསྡུར་ནས་ཨང་རེ་རེ་བཞིན་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>不支持的证件类型“{kind}”，请重新选择证件类型。</source>
        <translation>ལག་ཁྱེར་གྱི་རིགས“{kind}”ལ་རྒྱབ་སྐྱོར་མེད། ལག་ཁྱེར་གྱི་རིགས་བསྐྱར་དུ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>འབྲེལ་གཏུག་ཁ་པར</translation>
    </message>
    <message>
        <source>请输入联系电话。</source>
        <translation>འབྲེལ་གཏུག་ཁ་པར་ནང་འཇུག་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>联系电话中含有无效字符{char}，只能录入数字、区号括号、横线和分机号。</source>
        <translation>འབྲེལ་གཏུག་ཁ་པའི་ནང་ནུས་མེད་ཡིག་རྟགས{char}འདུག ཨང་གྲངས་དང་ས་ཁོངས་ཨང་གི་གུག་རྟགས། ཐིག་ཕྲན། ཁ་པར་ཡན་ལག་ཨང་བཅས་ཁོ་ན་འཇུག་ཆོག</translation>
    </message>
    <message>
        <source>带国际区号 +86 时只支持11位手机号码；固定电话请录入以0开头的区号，例如 010-62345678。</source>
        <translation>རྒྱལ་སྤྱིའི་ས་ཁོངས་ཨང་ +86 ཡོད་ན་ཨང་ 11 ཅན་གྱི་ལག་ཐོགས་ཁ་པར་ཁོ་ན་ཆོག སྒྲིག་བཀོད་ཁ་པར་ལ་ 0 ནས་འགོ་འཛུགས་པའི་ས་ཁོངས་ཨང་འཇུག་རོགས། དཔེར་ན 010-62345678</translation>
    </message>
    <message>
        <source>手机号码只能包含数字，请核对。</source>
        <translation>ལག་ཐོགས་ཁ་པར་ཨང་གྲངས་ལ་ཨང་གྲངས་ཁོ་ན་ཡོད་དགོས། ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>手机号码应为11位，当前为{n}位，请核对。</source>
        <translation>ལག་ཐོགས་ཁ་པར་ཨང་གྲངས་ལ་ཨང་ 11 དགོས་ཀྱང་། ད་ལྟ་ཨང་ {n} ཡོད། ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>手机号码“{number}”的第二位应为3至9，请核对。</source>
        <translation>ལག་ཐོགས་ཁ་པར་ཨང་གྲངས“{number}”ཡི་ཨང་གཉིས་པ་ 3 ནས་ 9 བར་ཡིན་དགོས། ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>分机号应为1至6位数字，请核对。</source>
        <translation>ཁ་པར་ཡན་ལག་ཨང་ལ་ཨང་གྲངས་ 1 ནས་ 6 བར་དགོས། ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>“{text}”不是有效的电话号码。手机号码应为11位（如 13812345678），固定电话应为区号加7至8位本地号码（本地号码不以0或1开头，如 010-62345678、0755-2345678），请核对。</source>
        <translation>“{text}”ནི་ནུས་ལྡན་ཁ་པར་ཨང་གྲངས་མིན། ལག་ཐོགས་ཁ་པར་ལ་ཨང་ 11（དཔེར་ན 13812345678）དགོས། སྒྲིག་བཀོད་ཁ་པར་ལ་ས་ཁོངས་ཨང་དང་ས་གནས་ཨང་ 7 ནས་ 8 བར（ས་གནས་ཨང་ 0 འམ་ 1 ནས་འགོ་མི་འཛུགས། དཔེར་ན 010-62345678། 0755-2345678）དགོས། ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>མིང་</translation>
    </message>
    <message>
        <source>请输入姓名。</source>
        <translation>མིང་ནང་འཇུག་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>姓名最多{most}个字，当前为{n}个字，请核对。</source>
        <translation>མིང་ལ་ཡིག་འབྲུ་མང་མཐར་ {most} ལས་མི་ཆོག་ཀྱང་། ད་ལྟ་ཡིག་འབྲུ་ {n} ཡོད། ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>姓名中不能包含数字（第{i}个字{char}），请核对。</source>
        <translation>མིང་གི་ནང་ཨང་གྲངས་ཚུད་མི་ཆོག（ཡིག་འབྲུ་ {i} པ{char}）། ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>姓名第{i}个字{char}无效：姓名只能包含汉字、英文字母、藏文，以及空格和间隔号“·”。</source>
        <translation>མིང་གི་ཡིག་འབྲུ་ {i} པ{char}ནུས་མེད། མིང་ལ་རྒྱ་ཡིག་དང་དབྱིན་ཡིག བོད་ཡིག་དང་བར་སྟོང་། བར་མཚམས་རྟགས“·”བཅས་ཁོ་ན་ཚུད་ཆོག</translation>
    </message>
    <message>
        <source>姓名不能以间隔号或其他符号开头或结尾，请核对。</source>
        <translation>མིང་གི་འགོ་འམ་མཇུག་ཏུ་བར་མཚམས་རྟགས་སམ་རྟགས་གཞན་མི་ཆོག ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>姓名中的“{pair}”连续出现了两个分隔符号，请核对。</source>
        <translation>མིང་གི་ནང་“{pair}”ཞེས་བར་མཚམས་རྟགས་གཉིས་མཉམ་དུ་འདུག ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>{first}；{then}</source>
        <extracomment>The translation context of every text marked outside ui/.</extracomment>
        <translation>{first}། {then}</translation>
    </message>
    <message>
        <source>尚未签名：请申请人在签名区内手写签名。</source>
        <extracomment>A point: x, y in canvas pixels, pressure 0..1 (1.0 when the device reports none), t in ms.</extracomment>
        <translation>ད་དུང་མིང་རྟགས་བཀོད་མེད། ཞུ་སྙན་འབུལ་མཁན་གྱིས་མིང་རྟགས་འགོད་ཡུལ་དུ་ལག་བྲིས་མིང་རྟགས་འགོད་རོགས།</translation>
    </message>
    <message>
        <source>签名过于简单（仅一点或一短划）：请清除后由申请人完整签写姓名。</source>
        <translation>མིང་རྟགས་སྟབས་བདེ་དྲགས（ཚེག་གཅིག་གམ་ཐིག་ཐུང་གཅིག་ཁོ་ན）། བསུབ་རྗེས་ཞུ་སྙན་འབུལ་མཁན་གྱིས་མིང་ཆ་ཚང་འབྲི་རོགས།</translation>
    </message>
    <message>
        <source>本终端已完成初始设置。</source>
        <translation>མཐའ་སྣེ་འདིའི་ཐོག་མའི་སྒྲིག་འགོད་ལེགས་གྲུབ་བྱུང་ཟིན།</translation>
    </message>
    <message>
        <source>请填写受理单位名称。</source>
        <translation>ཞུ་ཡིག་ལེན་མཁན་ལས་ཁུངས་ཀྱི་མིང་འབྲི་རོགས།</translation>
    </message>
    <message>
        <source>单位编码应为2至12位大写字母或数字（如行政区划代码 540102）。</source>
        <translation>ལས་ཁུངས་ཨང་རྟགས་ནི་དབྱིན་ཡིག་ཆེན་པོའམ་ཨང་གྲངས་ 2 ནས་ 12 བར་ཡིན་དགོས（དཔེར་ན་སྲིད་འཛིན་ས་ཁོངས་ཚབ་རྟགས 540102）།</translation>
    </message>
    <message>
        <source>终端编码应为1至6位大写字母或数字（如 W01）。</source>
        <translation>མཐའ་སྣེའི་ཨང་རྟགས་ནི་དབྱིན་ཡིག་ཆེན་པོའམ་ཨང་གྲངས་ 1 ནས་ 6 བར་ཡིན་དགོས（དཔེར་ན W01）།</translation>
    </message>
    <message>
        <source>窗口电话：{error}</source>
        <translation>སྒེའུ་ཁུང་གི་ཁ་པར། {error}</translation>
    </message>
    <message>
        <source>用户名应为3至32位小写字母、数字或 _ . -，以字母开头。</source>
        <translation>སྤྱོད་མཁན་མིང་ནི་དབྱིན་ཡིག་ཆུང་ངུ་དང་ཨང་གྲངས། _ . - བཅས་ 3 ནས་ 32 བར་ཡིན་དགོས་ལ། དབྱིན་ཡིག་ནས་འགོ་འཛུགས་དགོས།</translation>
    </message>
    <message>
        <source>请填写姓名。</source>
        <translation>མིང་འབྲི་རོགས།</translation>
    </message>
    <message>
        <source>密码强度不足：{problems}。</source>
        <translation>གསང་གྲངས་ཀྱི་སྲ་ཚད་མི་འདང་། {problems}།</translation>
    </message>
    <message>
        <source>用户名 {username} 已存在。</source>
        <translation>སྤྱོད་མཁན་མིང {username} ཡོད་ཟིན།</translation>
    </message>
    <message>
        <source>用户名或密码错误。</source>
        <translation>སྤྱོད་མཁན་མིང་ངམ་གསང་གྲངས་ནོར་འདུག</translation>
    </message>
    <message>
        <source>连续输错密码次数过多，账户已锁定，请 {minutes} 分钟后再试。</source>
        <translation>གསང་གྲངས་རྒྱུན་མཐུད་དུ་ནོར་ཐེངས་མང་དྲགས་པས་ཐོ་ཁོངས་ཟྭ་བརྒྱབ་ཟིན། སྐར་མ {minutes} རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>新密码强度不足：{problems}。</source>
        <translation>གསང་གྲངས་གསར་པའི་སྲ་ཚད་མི་འདང་། {problems}།</translation>
    </message>
    <message>
        <source>账户不存在。</source>
        <translation>ཐོ་ཁོངས་མི་འདུག</translation>
    </message>
    <message>
        <source>原密码不正确。</source>
        <translation>གསང་གྲངས་རྙིང་པ་ནོར་འདུག</translation>
    </message>
    <message>
        <source>新密码不能与原密码相同。</source>
        <translation>གསང་གྲངས་གསར་པ་དང་རྙིང་པ་གཅིག་མཚུངས་ཡིན་མི་ཆོག</translation>
    </message>
    <message>
        <source>用户 {username} 不存在。</source>
        <translation>སྤྱོད་མཁན {username} མི་འདུག</translation>
    </message>
    <message>
        <source>不能停用自己的账户。</source>
        <translation>རང་ཉིད་ཀྱི་ཐོ་ཁོངས་བེད་སྤྱོད་མཚམས་འཇོག་བྱེད་མི་ཆོག</translation>
    </message>
    <message>
        <source>尚未完成一次性告知：请向申请人完整告知后再继续。</source>
        <extracomment>代签: the applicant cannot write; this person signs for them, the applicant adds a fingerprint. How the notice was read aloud: &quot;&quot; (by the clerk, or not at all) or &quot;speech&quot; (text-to-speech).</extracomment>
        <translation>ཐེངས་གཅིག་ལ་ཚང་མ་བརྡ་ཁྱབ་ད་དུང་ལེགས་གྲུབ་བྱུང་མེད། ཞུ་སྙན་འབུལ་མཁན་ལ་ཆ་ཚང་བརྡ་ཁྱབ་བྱས་རྗེས་མུ་མཐུད་རོགས།</translation>
    </message>
    <message>
        <source>请选择证明事项。</source>
        <translation>ར་སྤྲོད་བྱ་དོན་འདེམས་རོགས།</translation>
    </message>
    <message>
        <source>请填写申请人身份信息。</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན་གྱི་ཐོབ་ཐང་ཆ་འཕྲིན་འབྲི་རོགས།</translation>
    </message>
    <message>
        <source>本事项没有{language}文本，请选择汉文告知承诺书。</source>
        <translation>བྱ་དོན་འདིར་{language}ཡི་ཡི་གེ་མེད། རྒྱ་ཡིག་གི་བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <source>未知的告知书语言“{letter_language}”。</source>
        <translation>བརྡ་ཁྱབ་ཡི་གེའི་སྐད་ཡིག“{letter_language}”ངོས་མི་ཤེས།</translation>
    </message>
    <message>
        <source>申请人不适用告知承诺制，应转为提交证明办理。</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན་ལ་བརྡ་ཁྱབ་ཁས་ལེན་ལམ་ལུགས་སྤྱོད་མི་ཆོག་པས། ར་སྤྲོད་འབུལ་བར་བསྒྱུར་ནས་སྒྲུབ་དགོས།</translation>
    </message>
    <message>
        <source>本事项不允许代为承诺，须由申请人本人承诺。</source>
        <translation>བྱ་དོན་འདིར་ཚབ་ཏུ་ཁས་ལེན་མི་ཆོག་པས། ཞུ་སྙན་འབུལ་མཁན་རང་ཉིད་ཀྱིས་ཁས་ལེན་དགོས།</translation>
    </message>
    <message>
        <source>本事项承诺书须公开；申请人不同意公开的，应提交证明办理。</source>
        <translation>བྱ་དོན་འདིའི་ཁས་ལེན་ཡི་གེ་ཁྱབ་བསྒྲགས་བྱེད་དགོས། ཞུ་སྙན་འབུལ་མཁན་མོས་མཐུན་མེད་ན་ར་སྤྲོད་ཕུལ་ནས་སྒྲུབ་དགོས།</translation>
    </message>
    <message>
        <source>尚未签名。</source>
        <translation>ད་དུང་མིང་རྟགས་བཀོད་མེད།</translation>
    </message>
    <message>
        <source>已由代理人代为承诺的，由代理人本人签名，不能再由他人代签。</source>
        <translation>ཚབ་བྱེད་མཁན་གྱིས་ཚབ་ཏུ་ཁས་ལེན་བྱས་ན་ཚབ་བྱེད་མཁན་རང་ཉིད་ཀྱིས་མིང་རྟགས་འགོད་དགོས་པས་མི་གཞན་གྱིས་ཚབ་ཏུ་མིང་རྟགས་འགོད་མི་ཆོག</translation>
    </message>
    <message>
        <source>代签仅适用于不能书写的个人申请人。</source>
        <translation>ཚབ་ཏུ་མིང་རྟགས་འགོད་པ་ནི་ཡི་གེ་འབྲི་མི་ཐུབ་པའི་སྒེར་གྱི་ཞུ་སྙན་འབུལ་མཁན་ཁོ་ནར་འཚམ།</translation>
    </message>
    <message>
        <source>代签人不能是申请人本人。</source>
        <translation>ཚབ་ཏུ་མིང་རྟགས་འགོད་མཁན་ཞུ་སྙན་འབུལ་མཁན་རང་ཉིད་ཡིན་མི་ཆོག</translation>
    </message>
    <message>
        <source>{what}应在 {low} 至 {high} 之间。</source>
        <translation>{what} ནི་ {low} ནས་ {high} བར་ཡིན་དགོས།</translation>
    </message>
    <message>
        <source>未同步天数上限</source>
        <translation>གོམ་མཉམ་མ་བྱས་པའི་ཉིན་གྲངས་ཀྱི་མཐོ་ཚད</translation>
    </message>
    <message>
        <source>信用记录更新天数上限</source>
        <translation>ཡིད་རྟོན་ཟིན་ཐོ་གསར་བཅོས་ཀྱི་ཉིན་གྲངས་མཐོ་ཚད</translation>
    </message>
    <message>
        <source>最低剩余磁盘空间（MB）</source>
        <translation>སྡུད་སྡེར་གྱི་བར་སྟོང་ལྷག་མའི་དམའ་ཚད（MB）</translation>
    </message>
    <message>
        <source>案件（最早一件 {case_no}）</source>
        <extracomment>How free space is measured (a seam for tests).</extracomment>
        <translation>ལས་དོན（ཆེས་སྔ་བ {case_no}）</translation>
    </message>
    <message>
        <source>业务记录</source>
        <translation>ལས་དོན་ཟིན་ཐོ</translation>
    </message>
    <message>
        <source>已签署的{what}已 {days} 天未同步到中心（上限 {limit} 天），为防止案件只保存在本机，暂停受理新案件。请连接网络后点“立即同步”；没有网络的，请管理员导出 U 盘数据包交中心导入，再导入中心回执。</source>
        <translation>མིང་རྟགས་བཀོད་ཟིན་པའི་{what} ཉིན {days} རིང་ལྟེ་གནས་དང་གོམ་མཉམ་བྱས་མེད（མཐོ་ཚད་ཉིན {limit}）། ལས་དོན་རང་འཁོར་ཁོ་ནར་ཉར་བ་སྔོན་འགོག་ཆེད་ལས་དོན་གསར་པ་ལེན་པ་གནས་སྐབས་མཚམས་འཇོག་བྱས། དྲ་རྒྱར་མཐུད་རྗེས“ད་ལྟ་གོམ་མཉམ”མནན་རོགས། དྲ་རྒྱ་མེད་ན་དོ་དམ་པས་ U སྡེར་གཞི་གྲངས་ཐུམ་ཕྱིར་འདོན་བྱས་ཏེ་ལྟེ་གནས་སུ་ནང་འདྲེན་བྱེད་དུ་བཅུག་རྗེས། ལྟེ་གནས་ཀྱི་ལན་འཛིན་ནང་འདྲེན་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>已签署的{what}已 {days} 天未同步到中心，超过 {limit} 天将暂停受理新案件。请尽快连接网络同步，或由管理员导出 U 盘数据包。</source>
        <translation>མིང་རྟགས་བཀོད་ཟིན་པའི་{what} ཉིན {days} རིང་ལྟེ་གནས་དང་གོམ་མཉམ་བྱས་མེད། ཉིན {limit} ལས་བརྒལ་ན་ལས་དོན་གསར་པ་ལེན་པ་གནས་སྐབས་མཚམས་འཇོག་བྱེད་ངེས། མགྱོགས་པོར་དྲ་རྒྱར་མཐུད་ནས་གོམ་མཉམ་བྱེད་པའམ། དོ་དམ་པས་ U སྡེར་གཞི་གྲངས་ཐུམ་ཕྱིར་འདོན་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>本机信用记录已 {days} 天未从中心更新（上限 {limit} 天），无法可靠核查申请人是否有失信或不实承诺记录，暂停受理新案件。请连接网络同步后再受理。</source>
        <translation>རང་འཁོར་གྱི་ཡིད་རྟོན་ཟིན་ཐོ་ཉིན {days} རིང་ལྟེ་གནས་ནས་གསར་བཅོས་བྱས་མེད（མཐོ་ཚད་ཉིན {limit}）། ཞུ་སྙན་འབུལ་མཁན་ལ་ཡིད་རྟོན་ཤོར་བའམ་ཁས་ལེན་བདེན་མིན་གྱི་ཟིན་ཐོ་ཡོད་མེད་བློས་འཁེལ་ངང་ཞིབ་བཤེར་བྱེད་མི་ཐུབ་པས། ལས་དོན་གསར་པ་ལེན་པ་གནས་སྐབས་མཚམས་འཇོག་བྱས། དྲ་རྒྱར་མཐུད་ནས་གོམ་མཉམ་བྱས་རྗེས་ཞུ་ཡིག་ལེན་རོགས།</translation>
    </message>
    <message>
        <source>本机信用记录已 {days} 天未从中心更新，超过 {limit} 天将暂停受理新案件。请尽快连接网络同步。</source>
        <translation>རང་འཁོར་གྱི་ཡིད་རྟོན་ཟིན་ཐོ་ཉིན {days} རིང་ལྟེ་གནས་ནས་གསར་བཅོས་བྱས་མེད། ཉིན {limit} ལས་བརྒལ་ན་ལས་དོན་གསར་པ་ལེན་པ་གནས་སྐབས་མཚམས་འཇོག་བྱེད་ངེས། མགྱོགས་པོར་དྲ་རྒྱར་མཐུད་ནས་གོམ་མཉམ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>数据目录所在磁盘仅剩 {free} MB（最低 {least} MB），新案件及其告知承诺书可能无法保存，暂停受理新案件。请清理磁盘或联系管理员扩容。</source>
        <translation>གཞི་གྲངས་དཀར་ཆག་ཡོད་སའི་སྡུད་སྡེར་ལ་བར་སྟོང་ {free} MB ཁོ་ན་ལྷག་ཡོད（དམའ་ཚད {least} MB）། ལས་དོན་གསར་པ་དང་དེའི་བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེ་ཉར་ཚགས་བྱེད་མི་ཐུབ་སྲིད་པས། ལས་དོན་གསར་པ་ལེན་པ་གནས་སྐབས་མཚམས་འཇོག་བྱས། སྡུད་སྡེར་གཙང་སེལ་བྱེད་པའམ་དོ་དམ་པར་འབྲེལ་བ་བྱས་ནས་བར་སྟོང་རྒྱ་སྐྱེད་གཏོང་རོགས།</translation>
    </message>
    <message>
        <source>数据目录所在磁盘仅剩 {free} MB，低于 {least} MB 时将暂停受理新案件。请尽快清理磁盘或联系管理员。</source>
        <translation>གཞི་གྲངས་དཀར་ཆག་ཡོད་སའི་སྡུད་སྡེར་ལ་བར་སྟོང་ {free} MB ཁོ་ན་ལྷག་ཡོད། {least} MB ལས་ཉུང་ན་ལས་དོན་གསར་པ་ལེན་པ་གནས་སྐབས་མཚམས་འཇོག་བྱེད་ངེས། མགྱོགས་པོར་སྡུད་སྡེར་གཙང་སེལ་བྱེད་པའམ་དོ་དམ་པར་འབྲེལ་བ་གནང་རོགས།</translation>
    </message>
    <message>
        <source>印章图片过大（应小于 2 MB）。</source>
        <translation>ཐམ་གའི་པར་རིས་ཆེ་དྲགས（2 MB ལས་ཆུང་བ་དགོས）།</translation>
    </message>
    <message>
        <source>印章图片应为 PNG 格式（建议透明背景）。</source>
        <translation>ཐམ་གའི་པར་རིས་ནི་ PNG རྣམ་གཞག（རྒྱབ་ལྗོངས་དྭངས་གསལ་ཡིན་ན་ལེགས）ཡིན་དགོས།</translation>
    </message>
    <message>
        <source>无法识别印章图片，请选择 PNG 文件。</source>
        <translation>ཐམ་གའི་པར་རིས་ངོས་འཛིན་མ་ཐུབ། PNG ཡིག་ཆ་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <source>没有找到案件 {case_no}。</source>
        <translation>ལས་དོན {case_no} རྙེད་མ་སོང་།</translation>
    </message>
    <message>
        <source>目录中缺少 {code} 第 {version} 版，无法重新生成文书。</source>
        <translation>དཀར་ཆག་ནང་ {code} ཡི་པར་གཞི་ {version} པ་མི་འདུག་པས། ཡིག་ཆ་བསྐྱར་དུ་བཟོ་མི་ཐུབ།</translation>
    </message>
    <message>
        <source>案件 {case_no} 按提交证明办理，没有告知承诺书。</source>
        <translation>ལས་དོན {case_no} ནི་ར་སྤྲོད་ཕུལ་ནས་སྒྲུབ་པ་ཡིན་པས། བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེ་མེད།</translation>
    </message>
    <message>
        <source>补打须写明原因（如：申请人遗失、打印卡纸）。</source>
        <translation>བསྐྱར་དུ་པར་འདེབས་ན་རྒྱུ་མཚན（དཔེར་ན། ཞུ་སྙན་འབུལ་མཁན་གྱིས་བོར་བ། པར་འདེབས་སྐབས་ཤོག་བུ་འཛེར་བ）འབྲི་དགོས།</translation>
    </message>
    <message>
        <source>提交证明办理的案件没有告知承诺书，无需确认。</source>
        <translation>ར་སྤྲོད་ཕུལ་ནས་སྒྲུབ་པའི་ལས་དོན་ལ་བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེ་མེད་པས། གཏན་འཁེལ་བྱེད་མི་དགོས།</translation>
    </message>
    <message>
        <source>不是本系统告知承诺书上的二维码。</source>
        <translation>འདི་མ་ལག་འདིའི་བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེའི་སྟེང་གི་གྲུ་བཞིའི་ཨང་རྟགས་མིན།</translation>
    </message>
    <message>
        <source>本终端没有案件 {case_no} 的记录。</source>
        <translation>མཐའ་སྣེ་འདིར་ལས་དོན {case_no} ཡི་ཟིན་ཐོ་མི་འདུག</translation>
    </message>
    <message>
        <source>案件 {case_no} 的存储内容已被改动，与签署时不一致。</source>
        <translation>ལས་དོན {case_no} ཡི་ཉར་ཚགས་ནང་དོན་བཟོ་བཅོས་བྱས་ཟིན་པས། མིང་རྟགས་བཀོད་སྐབས་དང་མི་མཐུན།</translation>
    </message>
    <message>
        <source>二维码与案件 {case_no} 的内容不符：该文书可能是伪造或被改动的。</source>
        <translation>གྲུ་བཞིའི་ཨང་རྟགས་དང་ལས་དོན {case_no} ཡི་ནང་དོན་མི་མཐུན། ཡིག་ཆ་འདི་རྫུས་མའམ་བཟོ་བཅོས་བྱས་པ་ཡིན་སྲིད།</translation>
    </message>
    <message>
        <source>二维码与案件 {case_no} 的存储内容一致。</source>
        <translation>གྲུ་བཞིའི་ཨང་རྟགས་དང་ལས་དོན {case_no} ཡི་ཉར་ཚགས་ནང་དོན་མཐུན་པ་ཡིན།</translation>
    </message>
    <message>
        <source>与案件 {case_no} 存档的告知承诺书完全一致。</source>
        <translation>ལས་དོན {case_no} ཡི་ཡིག་ཚགས་སུ་ཉར་བའི་བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེ་དང་ཆ་ཚང་མཐུན།</translation>
    </message>
    <message>
        <source>与案件 {case_no} 于 {day} 补打的文书完全一致。</source>
        <translation>ལས་དོན {case_no} ཡི་ {day} ལ་བསྐྱར་དུ་པར་བརྒྱབ་པའི་ཡིག་ཆ་དང་ཆ་ཚང་མཐུན།</translation>
    </message>
    <message>
        <source>文件自称案件 {case_no}，但与存档文书不一致：文件已被改动。</source>
        <translation>ཡིག་ཆ་འདིས་རང་ཉིད་ལས་དོན {case_no} ཡིན་ཟེར་ཡང་། ཡིག་ཚགས་སུ་ཉར་བའི་ཡིག་ཆ་དང་མི་མཐུན། ཡིག་ཆ་བཟོ་བཅོས་བྱས་ཟིན།</translation>
    </message>
    <message>
        <source>不是本系统生成的告知承诺书，或文件已被改动。</source>
        <translation>འདི་མ་ལག་འདིས་བཟོས་པའི་བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེ་མིན་པའམ། ཡང་ན་ཡིག་ཆ་བཟོ་བཅོས་བྱས་ཟིན།</translation>
    </message>
    <message>
        <source>目录中没有现行有效的事项 {code}。</source>
        <translation>དཀར་ཆག་ནང་ད་ལྟ་ནུས་ལྡན་གྱི་བྱ་དོན {code} མི་འདུག</translation>
    </message>
    <message>
        <source>无法读取 CA 证书文件：{error}</source>
        <extracomment>Tests (and the integration harness) put an httpx transport here to talk to a fake server.</extracomment>
        <translation>CA ལག་ཁྱེར་ཡིག་ཆ་ཀློག་མི་ཐུབ། {error}</translation>
    </message>
    <message>
        <source>登记码应为 6 至 64 位，请核对中心给出的一次性登记码。</source>
        <translation>ཐོ་འགོད་ཨང་རྟགས་ལ་ཡིག་རྟགས་ 6 ནས་ 64 བར་དགོས། ལྟེ་གནས་ནས་སྤྲད་པའི་ཐེངས་གཅིག་མའི་ཐོ་འགོད་ཨང་རྟགས་ཞིབ་བསྡུར་གནང་རོགས།</translation>
    </message>
    <message>
        <source>本终端已登记且登记有效。如需重新登记，请先由中心停用原登记。</source>
        <translation>མཐའ་སྣེ་འདི་ཐོ་འགོད་བྱས་ཟིན་པ་དང་ཐོ་འགོད་ནུས་ལྡན་ཡིན། བསྐྱར་དུ་ཐོ་འགོད་དགོས་ན་ སྔོན་ལ་ལྟེ་གནས་ནས་ཐོ་འགོད་རྙིང་པ་བཀག་འགོག་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>登记失败：{error}</source>
        <translation>ཐོ་འགོད་ལེགས་འགྲུབ་མ་བྱུང་། {error}</translation>
    </message>
    <message>
        <source>登记码属于 {office} 单位的终端 {terminal}，与本终端（{our_office} 单位，终端 {our_terminal}）不符，未登记。请向中心核对登记码。</source>
        <translation>ཐོ་འགོད་ཨང་རྟགས་འདི་ལས་ཁུངས་ {office} ཀྱི་མཐའ་སྣེ་ {terminal} ལ་དབང་བ་དང་ མཐའ་སྣེ་འདི་（ལས་ཁུངས་ {our_office}  མཐའ་སྣེ་ {our_terminal}）དང་མི་མཐུན་པས་ཐོ་འགོད་མ་བྱས། ལྟེ་གནས་དང་ཐོ་འགོད་ཨང་རྟགས་ཞིབ་བསྡུར་གནང་རོགས།</translation>
    </message>
    <message>
        <source>无法确认原登记是否仍有效（{error}），请在网络可用时重试。</source>
        <translation>ཐོ་འགོད་རྙིང་པ་ད་དུང་ནུས་ལྡན་ཡིན་མིན་གཏན་འཁེལ་བྱེད་མི་ཐུབ（{error}）། དྲ་རྒྱ་སྤྱོད་རུང་སྐབས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་རོགས།</translation>
    </message>
    <message>
        <source>本终端尚未登记到中心，无法同步。请管理员运行 desk-app enroll 登记，或用 U 盘数据包同步。</source>
        <translation>མཐའ་སྣེ་འདི་ད་དུང་ལྟེ་གནས་སུ་ཐོ་འགོད་བྱས་མེད་པས་གོམ་མཉམ་བྱེད་མི་ཐུབ། དོ་དམ་པས་ desk-app enroll བཀོལ་ནས་ཐོ་འགོད་བྱེད་པའམ་ U སྡེར་གྱི་གཞི་གྲངས་ཐུམ་སྒྲིལ་བཀོལ་ནས་གོམ་མཉམ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>同步正在进行中，请稍候。</source>
        <translation>གོམ་མཉམ་བྱེད་བཞིན་ཡོད། ཅུང་ཙམ་སྒུག་རོགས།</translation>
    </message>
    <message>
        <source>本终端尚未登记到中心，没有数据包密钥。请先在有网络时登记一次（desk-app enroll）。</source>
        <translation>མཐའ་སྣེ་འདི་ད་དུང་ལྟེ་གནས་སུ་ཐོ་འགོད་བྱས་མེད་པས་གཞི་གྲངས་ཐུམ་སྒྲིལ་གྱི་གསང་ལྡེ་མེད། དྲ་རྒྱ་ཡོད་སྐབས་སྔོན་ལ་ཐེངས་གཅིག་ཐོ་འགོད（desk-app enroll）བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>无法读取回执文件 {file}：{error}</source>
        <translation>ལན་འདེབས་ཡིག་ཆ་ {file} ཀློག་མི་ཐུབ། {error}</translation>
    </message>
    <message>
        <source>回执中的结果已登记，但中心下发的更新未能全部应用：{error}</source>
        <translation>ལན་འདེབས་ནང་གི་མཇུག་འབྲས་ཐོ་འགོད་བྱས་ཟིན་ཡང་ ལྟེ་གནས་ནས་བཏང་བའི་གསར་སྒྱུར་ཚང་མ་བེད་སྤྱོད་བྱེད་ཐུབ་མེད། {error}</translation>
    </message>
    <message>
        <source>无法读取本机数据库：{reason}。数据库文件保持原样，未作任何改动。</source>
        <extracomment>The newest migration. A database already there opens without loading alembic at all (start-up time); tests check this equals alembic&apos;s own head (a linear history).</extracomment>
        <translation>འཕྲུལ་ཆས་འདིའི་གཞི་གྲངས་མཛོད་ཀློག་མི་ཐུབ། {reason}། གཞི་གྲངས་མཛོད་ཡིག་ཆ་སྔར་བཞིན་ཡོད་ལ་བཟོ་བཅོས་གང་ཡང་བྱས་མེད།</translation>
    </message>
    <message>
        <source>{text}可从备份恢复（本机共 {n} 个备份，最新的是 {newest}）。</source>
        <translation>{text} གྲབས་ཉར་ནས་སླར་གསོ་བྱེད་ཆོག（འཕྲུལ་ཆས་འདིར་གྲབས་ཉར་ {n} ཡོད་པའི་ནང་ཆེས་གསར་བ་ནི་ {newest} ཡིན）།</translation>
    </message>
    <message>
        <source>{text}本机没有找到备份；如有 U 盘等处的备份，可从该备份恢复，或联系管理员。</source>
        <translation>{text} འཕྲུལ་ཆས་འདིར་གྲབས་ཉར་རྙེད་མ་བྱུང་། U སྡེར་སོགས་སུ་གྲབས་ཉར་ཡོད་ན་དེ་ནས་སླར་གསོ་བྱེད་པའམ་ དོ་དམ་པར་འབྲེལ་བ་གནང་རོགས།</translation>
    </message>
    <message>
        <source>找不到密钥文件 key.json</source>
        <translation>གསང་ལྡེའི་ཡིག་ཆ་ key.json རྙེད་མ་བྱུང་།</translation>
    </message>
    <message>
        <source>该文件是其他程序的数据库，或已损坏</source>
        <translation>ཡིག་ཆ་འདི་བྱ་རིམ་གཞན་གྱི་གཞི་གྲངས་མཛོད་ཡིན་པའམ་ཡང་ན་སྐྱོན་ཤོར་ཡོད།</translation>
    </message>
    <message>
        <source>本机数据库来自更新版本的程序（数据库版本 {version}），请升级本程序后再打开。</source>
        <translation>འཕྲུལ་ཆས་འདིའི་གཞི་གྲངས་མཛོད་ནི་པར་གཞི་གསར་བའི་བྱ་རིམ་ནས་ཡོང་བ་ཡིན（གཞི་གྲངས་མཛོད་ཀྱི་པར་གཞི {version}）། བྱ་རིམ་འདི་རིམ་སྤོར་བྱས་རྗེས་ཁ་ཕྱེ་རོགས།</translation>
    </message>
    <message>
        <source>密钥文件 key.json 已损坏</source>
        <translation>གསང་ལྡེའི་ཡིག་ཆ་ key.json ལ་སྐྱོན་ཤོར་ཡོད།</translation>
    </message>
    <message>
        <source>找不到密钥文件 key.json（或数据库文件已损坏）</source>
        <translation>གསང་ལྡེའི་ཡིག་ཆ་ key.json རྙེད་མ་བྱུང་།（ཡང་ན་གཞི་གྲངས་མཛོད་ཡིག་ཆར་སྐྱོན་ཤོར་ཡོད）</translation>
    </message>
    <message>
        <source>文件已损坏，或不是本程序的数据库</source>
        <translation>ཡིག་ཆར་སྐྱོན་ཤོར་ཡོད་པའམ་ཡང་ན་བྱ་རིམ་འདིའི་གཞི་གྲངས་མཛོད་མིན།</translation>
    </message>
    <message>
        <source>文件不完整（被截断）</source>
        <translation>ཡིག་ཆ་ཆ་མི་ཚང་།（བཅད་ཡོད）</translation>
    </message>
    <message>
        <source>该文件无法用本机密钥打开：已损坏、不是本程序的备份，或属于另一数据加密口令</source>
        <translation>ཡིག་ཆ་འདི་འཕྲུལ་ཆས་འདིའི་གསང་ལྡེས་ཁ་ཕྱེ་མི་ཐུབ། སྐྱོན་ཤོར་བའམ་ བྱ་རིམ་འདིའི་གྲབས་ཉར་མིན་པའམ་ ཡང་ན་གཞི་གྲངས་གསང་སྡོམ་གྱི་གསང་ཚིག་གཞན་ཞིག་ལ་དབང་བ་ཡིན།</translation>
    </message>
    <message>
        <source>完整性检查失败（{error}）</source>
        <translation>ཆ་ཚང་རང་བཞིན་ཞིབ་བཤེར་ལེགས་འགྲུབ་མ་བྱུང་།（{error}）</translation>
    </message>
    <message>
        <source>加密页校验失败（{n} 处），文件已损坏或被改动</source>
        <translation>གསང་སྡོམ་ཤོག་ངོས་ཞིབ་བསྡུར་ལེགས་འགྲུབ་མ་བྱུང་།（ས་ཆ་ {n}）ཡིག་ཆར་སྐྱོན་ཤོར་བའམ་བཟོ་བཅོས་བྱས་ཡོད།</translation>
    </message>
    <message>
        <source>数据库完整性检查未通过：{details}</source>
        <translation>གཞི་གྲངས་མཛོད་ཀྱི་ཆ་ཚང་རང་བཞིན་ཞིབ་བཤེར་བརྒྱུད་མ་ཐུབ། {details}</translation>
    </message>
    <message>
        <source>不是本程序的数据库（缺少版本信息）</source>
        <translation>བྱ་རིམ་འདིའི་གཞི་གྲངས་མཛོད་མིན།（པར་གཞིའི་ཆ་འཕྲིན་མེད）</translation>
    </message>
    <message>
        <source>数据库版本 {version} 不被本程序识别（可能来自更新版本的程序）</source>
        <translation>གཞི་གྲངས་མཛོད་ཀྱི་པར་གཞི་ {version} བྱ་རིམ་འདིས་ངོས་འཛིན་མི་ཐུབ།（པར་གཞི་གསར་བའི་བྱ་རིམ་ནས་ཡོང་བ་ཡིན་སྲིད）</translation>
    </message>
    <message>
        <source>加密迁移校验未通过，原数据库未改动。请联系管理员。</source>
        <translation>གསང་སྡོམ་སྤོ་སྒྱུར་ཞིབ་བསྡུར་བརྒྱུད་མ་ཐུབ། གཞི་གྲངས་མཛོད་ཐོག་མ་བཟོ་བཅོས་བྱས་མེད། དོ་དམ་པར་འབྲེལ་བ་གནང་རོགས།</translation>
    </message>
    <message>
        <source>无法加密旧版数据库（{error}），原数据库未改动。</source>
        <translation>པར་གཞི་རྙིང་པའི་གཞི་གྲངས་མཛོད་གསང་སྡོམ་བྱེད་མི་ཐུབ（{error}）། གཞི་གྲངས་མཛོད་ཐོག་མ་བཟོ་བཅོས་བྱས་མེད།</translation>
    </message>
    <message>
        <source>磁盘空间已满，本次操作未保存（已录入的内容仍在窗口中）。请清理磁盘或联系管理员后再试。</source>
        <translation>སྡུད་སྡེར་གྱི་བར་སྟོང་ཁེངས་ཟིན་པས་ཐེངས་འདིའི་བཀོལ་སྤྱོད་ཉར་ཚགས་བྱས་མེད（འཇུག་ཟིན་པའི་ནང་དོན་ད་དུང་སྒེའུ་ཁུང་ནང་ཡོད）། སྡུད་སྡེར་གཙང་སེལ་བྱེད་པའམ་དོ་དམ་པར་འབྲེལ་བ་བྱས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་རོགས།</translation>
    </message>
    <message>
        <source>数据库正被另一程序占用，本次操作未保存。请稍后再试。</source>
        <translation>གཞི་གྲངས་མཛོད་བྱ་རིམ་གཞན་ཞིག་གིས་བཀོལ་བཞིན་པས་ཐེངས་འདིའི་བཀོལ་སྤྱོད་ཉར་ཚགས་བྱས་མེད། ཅུང་ཙམ་འགོར་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་རོགས།</translation>
    </message>
    <message>
        <source>数据目录不可写，本次操作未保存。请检查磁盘或权限。</source>
        <translation>གཞི་གྲངས་དཀར་ཆག་ནང་འབྲི་མི་ཐུབ་པས་ཐེངས་འདིའི་བཀོལ་སྤྱོད་ཉར་ཚགས་བྱས་མེད། སྡུད་སྡེར་རམ་དབང་ཚད་ཞིབ་བཤེར་གནང་རོགས།</translation>
    </message>
    <message>
        <source>数据库错误，本次操作未保存：{error}</source>
        <translation>གཞི་གྲངས་མཛོད་ལ་ནོར་འཁྲུལ་བྱུང་བས་ཐེངས་འདིའི་བཀོལ་སྤྱོད་ཉར་ཚགས་བྱས་མེད། {error}</translation>
    </message>
    <message>
        <source>数据包密钥格式不正确</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་གྱི་གསང་ལྡེའི་རྣམ་གཞག་ནོར་འདུག</translation>
    </message>
    <message>
        <source>数据包密钥长度不正确（应为 32 字节）</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་གྱི་གསང་ལྡེའི་རིང་ཚད་ནོར་འདུག（ཡིག་ཚིགས་ 32 དགོས）</translation>
    </message>
    <message>
        <source>终端标识无效</source>
        <translation>མཐའ་སྣེའི་ངོས་འཛིན་རྟགས་ནུས་མེད།</translation>
    </message>
    <message>
        <source>这不是 desk_app 数据包文件</source>
        <translation>འདི་ desk_app གཞི་གྲངས་ཐུམ་སྒྲིལ་ཡིག་ཆ་མིན།</translation>
    </message>
    <message>
        <source>数据包不完整（文件被截断）</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ཆ་མི་ཚང་།（ཡིག་ཆ་བཅད་ཡོད）</translation>
    </message>
    <message>
        <source>数据包已损坏（文件头无法读取）</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ལ་སྐྱོན་ཤོར་ཡོད།（ཡིག་ཆའི་མགོ་ཀློག་མི་ཐུབ）</translation>
    </message>
    <message>
        <source>数据包格式版本 {version} 不受支持</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་གྱི་རྣམ་གཞག་པར་གཞི་ {version} ལ་རྒྱབ་སྐྱོར་མེད།</translation>
    </message>
    <message>
        <source>数据包类型不符：这不是终端上传数据包</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་གྱི་རིགས་མི་མཐུན། འདི་མཐའ་སྣེས་ཡར་སྐྱེལ་བྱེད་པའི་གཞི་གྲངས་ཐུམ་སྒྲིལ་མིན།</translation>
    </message>
    <message>
        <source>数据包类型不符：这不是中心回执数据包</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་གྱི་རིགས་མི་མཐུན། འདི་ལྟེ་གནས་ཀྱི་ལན་འདེབས་གཞི་གྲངས་ཐུམ་སྒྲིལ་མིན།</translation>
    </message>
    <message>
        <source>数据包无法解密：文件已损坏或被改动，或不是本终端的密钥</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་གྱི་གསང་བ་འགྲོལ་མི་ཐུབ། ཡིག་ཆར་སྐྱོན་ཤོར་བའམ་བཟོ་བཅོས་བྱས་ཡོད་པ་ཡང་ན་མཐའ་སྣེ་འདིའི་གསང་ལྡེ་མིན།</translation>
    </message>
    <message>
        <source>数据包内容已损坏</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་གྱི་ནང་དོན་ལ་སྐྱོན་ཤོར་ཡོད།</translation>
    </message>
    <message>
        <source>数据包过大</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ཆེ་དྲགས་འདུག</translation>
    </message>
    <message>
        <source>数据包来自未登记的终端</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ཐོ་འགོད་མ་བྱས་པའི་མཐའ་སྣེ་ནས་ཡོང་བ་ཡིན།</translation>
    </message>
    <message>
        <source>数据包内容格式不正确</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་གྱི་ནང་དོན་རྣམ་གཞག་ནོར་འདུག</translation>
    </message>
    <message>
        <source>数据包内容格式不正确（更新游标越界）</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་གྱི་ནང་དོན་རྣམ་གཞག་ནོར་འདུག（གསར་སྒྱུར་འོད་རྟགས་ཚད་ལས་བརྒལ）</translation>
    </message>
    <message>
        <source>回执数据包内容格式不正确</source>
        <translation>ལན་འདེབས་གཞི་གྲངས་ཐུམ་སྒྲིལ་གྱི་ནང་དོན་རྣམ་གཞག་ནོར་འདུག</translation>
    </message>
    <message>
        <source>中心地址“{url}”无效，应形如 https://central.example.cn。</source>
        <translation>ལྟེ་གནས་ཀྱི་ས་གནས“{url}”ནུས་མེད། https://central.example.cn ལྟ་བུའི་རྣམ་པ་དགོས།</translation>
    </message>
    <message>
        <source>中心地址使用未加密的 http://，数据会以明文经过网络，已拒绝。请使用 https:// 地址；确需在内网使用 http 的，由管理员明确开启“允许 http”设置。</source>
        <translation>ལྟེ་གནས་ཀྱི་ས་གནས་ལ་གསང་སྡོམ་མེད་པའི་ http:// བཀོལ་ཡོད་པས་གཞི་གྲངས་གསལ་ཡིག་ཐོག་དྲ་རྒྱ་བརྒྱུད་སྲིད། དེར་བརྟེན་ཁས་མ་བླངས། https:// ས་གནས་བཀོལ་རོགས། ནང་ཁུལ་དྲ་རྒྱར་ http ངེས་པར་དུ་བཀོལ་དགོས་ན་ དོ་དམ་པས“http ཆོག་པ”ཞེས་པའི་སྒྲིག་འགོད་གསལ་བོར་ཁ་ཕྱེ་དགོས།</translation>
    </message>
    <message>
        <source>中心的应答格式不符（{path}）：{msg}</source>
        <translation>ལྟེ་གནས་ཀྱི་ལན་གྱི་རྣམ་གཞག་མི་མཐུན（{path}）། {msg}</translation>
    </message>
    <message>
        <source>连接中心超时，稍后自动重试。</source>
        <translation>ལྟེ་གནས་དང་འབྲེལ་མཐུད་དུས་ཚོད་ལས་བརྒལ། ཅུང་ཙམ་འགོར་རྗེས་རང་འགུལ་གྱིས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད།</translation>
    </message>
    <message>
        <source>中心的 HTTPS 证书无法验证，已中止。请检查中心地址或管理员配置的 CA 证书。</source>
        <translation>ལྟེ་གནས་ཀྱི་ HTTPS ལག་ཁྱེར་ར་སྤྲོད་བྱེད་མི་ཐུབ་པས་མཚམས་བཞག ལྟེ་གནས་ཀྱི་ས་གནས་སམ་དོ་དམ་པས་སྒྲིག་འགོད་བྱས་པའི་ CA ལག་ཁྱེར་ཞིབ་བཤེར་གནང་རོགས།</translation>
    </message>
    <message>
        <source>无法连接中心（网络不通或中心未运行），稍后自动重试。</source>
        <translation>ལྟེ་གནས་དང་འབྲེལ་མཐུད་བྱེད་མི་ཐུབ（དྲ་རྒྱ་མི་འགྲོ་བའམ་ལྟེ་གནས་འཁོར་སྐྱོད་མི་བྱེད）། ཅུང་ཙམ་འགོར་རྗེས་རང་འགུལ་གྱིས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད།</translation>
    </message>
    <message>
        <source>中心不认可本终端的凭据，请管理员重新登记本终端。</source>
        <translation>ལྟེ་གནས་ཀྱིས་མཐའ་སྣེ་འདིའི་ར་སྤྲོད་ཡིག་ཆ་ངོས་ལེན་མི་བྱེད། དོ་དམ་པས་མཐའ་སྣེ་འདི་བསྐྱར་དུ་ཐོ་འགོད་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>本终端已被中心停用，请联系管理员。</source>
        <translation>མཐའ་སྣེ་འདི་ལྟེ་གནས་ཀྱིས་བཀག་འགོག་བྱས་ཟིན། དོ་དམ་པར་འབྲེལ་བ་གནང་རོགས།</translation>
    </message>
    <message>
        <source>中心拒绝了本终端的请求（无权限）。</source>
        <translation>ལྟེ་གནས་ཀྱིས་མཐའ་སྣེ་འདིའི་རེ་ཞུ་ཁས་མ་བླངས།（དབང་ཚད་མེད）</translation>
    </message>
    <message>
        <source>中心暂时繁忙（{status}），稍后自动重试。</source>
        <translation>ལྟེ་གནས་གནས་སྐབས་སུ་ལས་འཁྲིད་ཆེ（{status}）། ཅུང་ཙམ་འགོར་རྗེས་རང་འགུལ་གྱིས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད།</translation>
    </message>
    <message>
        <source>一次发送的数据过多，改为分批发送。</source>
        <translation>ཐེངས་གཅིག་ལ་བསྐུར་བའི་གཞི་གྲངས་མང་དྲགས་པས་ཚན་པ་སོ་སོར་བགོས་ནས་བསྐུར་གྱི་ཡོད།</translation>
    </message>
    <message>
        <source>中心拒绝了请求（HTTP {status}）。</source>
        <translation>ལྟེ་གནས་ཀྱིས་རེ་ཞུ་ཁས་མ་བླངས།（HTTP {status}）</translation>
    </message>
    <message>
        <source>本数据目录是培训数据，永不与中心同步（培训案件不是真实业务记录）。</source>
        <translation>གཞི་གྲངས་དཀར་ཆག་འདི་སྦྱོང་བརྡར་གཞི་གྲངས་ཡིན་པས་ནམ་ཡང་ལྟེ་གནས་དང་གོམ་མཉམ་མི་བྱེད།（སྦྱོང་བརྡར་ལས་དོན་ནི་དངོས་ཡོད་ལས་དོན་ཟིན་ཐོ་མིན）</translation>
    </message>
    <message>
        <source>中心核验本机审计记录时发现第 {seq} 条起链接不符，已由中心标记。请联系管理员核查本机数据。</source>
        <translation>ལྟེ་གནས་ཀྱིས་འཕྲུལ་ཆས་འདིའི་རྩིས་ཞིབ་ཟིན་ཐོ་ཞིབ་བསྡུར་བྱེད་སྐབས་ ཨང་ {seq} ནས་བཟུང་སྦྲེལ་མཐུད་མི་མཐུན་པ་རྙེད་པས་ལྟེ་གནས་ཀྱིས་མཚོན་རྟགས་བཀོད་ཟིན། དོ་དམ་པར་འབྲེལ་བ་བྱས་ནས་འཕྲུལ་ཆས་འདིའི་གཞི་གྲངས་ཞིབ་བཤེར་གནང་རོགས།</translation>
    </message>
    <message>
        <source>发送 {sent} 条，中心确认 {acked} 条（其中 {duplicates} 条中心早已收到）</source>
        <translation>བསྐུར་བ་ {sent}  ལྟེ་གནས་ཀྱིས་ངོས་འཛིན་ {acked}（དེའི་ནང་ {duplicates} ལྟེ་གནས་ཀྱིས་སྔོན་ནས་འབྱོར་ཟིན）</translation>
    </message>
    <message>
        <source>发送 {sent} 条，中心确认 {acked} 条</source>
        <translation>བསྐུར་བ་ {sent}  ལྟེ་གནས་ཀྱིས་ངོས་འཛིན་ {acked}</translation>
    </message>
    <message>
        <source>内容冲突 {n} 条（已保留，待中心核对）</source>
        <translation>ནང་དོན་འགལ་ཟླ་ {n}（ཉར་ཚགས་བྱས་ཟིན་ལ་ལྟེ་གནས་ཀྱིས་ཞིབ་བསྡུར་བྱེད་རྒྱུ）</translation>
    </message>
    <message>
        <source>审计记录 {n} 条</source>
        <translation>རྩིས་ཞིབ་ཟིན་ཐོ་ {n}</translation>
    </message>
    <message>
        <source>接收更新 {n} 条</source>
        <translation>གསར་སྒྱུར་འབྱོར་བ་ {n}</translation>
    </message>
    <message>
        <source>尚待同步 {n} 条</source>
        <translation>གོམ་མཉམ་སྒུག་བཞིན་པ་ {n}</translation>
    </message>
    <message>
        <source>{first}，{then}</source>
        <translation>{first}  {then}</translation>
    </message>
    <message>
        <source>{sentence}。</source>
        <translation>{sentence}།</translation>
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
མ་གྲུབ་པ། {error}</translation>
    </message>
    <message>
        <source>{error} 中心要求 {seconds} 秒后再试，本次同步先停止。</source>
        <translation>{error} ལྟེ་གནས་ཀྱིས་སྐར་ཆ་ {seconds} རྗེས་སུ་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་དགོས་ཟེར་བས་ཐེངས་འདིའི་གོམ་མཉམ་མཚམས་བཞག</translation>
    </message>
    <message>
        <source>有一条记录超过中心允许的单次发送大小，无法发送，请联系管理员。</source>
        <translation>ཟིན་ཐོ་གཅིག་ལྟེ་གནས་ཀྱིས་ཆོག་མཆན་སྤྲད་པའི་ཐེངས་གཅིག་གི་བསྐུར་ཚད་ལས་བརྒལ་བས་བསྐུར་མི་ཐུབ། དོ་དམ་པར་འབྲེལ་བ་གནང་རོགས།</translation>
    </message>
    <message>
        <source>中心的更新列表没有前进（游标未变），已停止接收。</source>
        <translation>ལྟེ་གནས་ཀྱི་གསར་སྒྱུར་ཐོ་གཞུང་མདུན་དུ་མ་སྐྱོད（འོད་རྟགས་མ་འགྱུར）པས་ལེན་པ་མཚམས་བཞག</translation>
    </message>
    <message>
        <source>本机未能保存中心下发的第 {seq} 条更新：{error}</source>
        <translation>འཕྲུལ་ཆས་འདིས་ལྟེ་གནས་ནས་བཏང་བའི་གསར་སྒྱུར་ཨང་ {seq} ཉར་ཚགས་བྱེད་མ་ཐུབ། {error}</translation>
    </message>
    <message>
        <source>按日</source>
        <translation>ཉིན་རེར།</translation>
    </message>
    <message>
        <source>按周</source>
        <translation>བདུན་ཕྲག་རེར།</translation>
    </message>
    <message>
        <source>按月</source>
        <translation>ཟླ་བ་རེར།</translation>
    </message>
    <message>
        <source>统计期间的结束日期不能早于开始日期。</source>
        <translation>སྡོམ་རྩིས་དུས་ཡུན་གྱི་མཇུག་གི་ཚེས་གྲངས་འགོ་འཛུགས་ཚེས་གྲངས་ལས་སྔ་མི་ཆོག</translation>
    </message>
    <message>
        <source>{start} 至 {end}</source>
        <translation>{start} ནས་ {end} བར།</translation>
    </message>
    <message>
        <source>受理量（{bucket}）</source>
        <translation>ཞུ་ཡིག་ལེན་གྲངས（{bucket}）</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>དུས་ཡུན།</translation>
    </message>
    <message>
        <source>案件数</source>
        <translation>ལས་དོན་གྲངས།</translation>
    </message>
    <message>
        <source>承诺办理</source>
        <extracomment>Reasons a case takes the certificate path at the counter (a withdrawal comes later).</extracomment>
        <translation>ཁས་ལེན་ཐོག་སྒྲུབ་པ།</translation>
    </message>
    <message>
        <source>提交证明</source>
        <translation>ར་སྤྲོད་འབུལ་བ།</translation>
    </message>
    <message>
        <source>按证明事项</source>
        <translation>ར་སྤྲོད་བྱ་དོན་ལྟར།</translation>
    </message>
    <message>
        <source>事项编码</source>
        <translation>བྱ་དོན་ཨང་རྟགས།</translation>
    </message>
    <message>
        <source>证明事项</source>
        <translation>ར་སྤྲོད་བྱ་དོན།</translation>
    </message>
    <message>
        <source>所属领域</source>
        <translation>གཏོགས་ཡུལ་ཁྱབ་ཁོངས།</translation>
    </message>
    <message>
        <source>承诺办理占比(%)</source>
        <translation>ཁས་ལེན་ཐོག་སྒྲུབ་པའི་བསྡུར་ཚད(%)</translation>
    </message>
    <message>
        <source>（目录中无此事项）</source>
        <translation>（དཀར་ཆག་ནང་བྱ་དོན་འདི་མེད）</translation>
    </message>
    <message>
        <source>按所属领域</source>
        <translation>གཏོགས་ཡུལ་ཁྱབ་ཁོངས་ལྟར།</translation>
    </message>
    <message>
        <source>提交证明：{reason}</source>
        <translation>ར་སྤྲོད་འབུལ་བ། {reason}</translation>
    </message>
    <message>
        <source>承诺办理与提交证明</source>
        <translation>ཁས་ལེན་ཐོག་སྒྲུབ་པ་དང་ར་སྤྲོད་འབུལ་བ།</translation>
    </message>
    <message>
        <source>办理方式</source>
        <translation>སྒྲུབ་ཐབས།</translation>
    </message>
    <message>
        <source>占比(%)</source>
        <translation>བསྡུར་ཚད(%)</translation>
    </message>
    <message>
        <source>期间受理案件共 {total} 件（撤回承诺另见“撤回”）。</source>
        <translation>དུས་ཡུན་ནང་ལེན་པའི་ལས་དོན་བསྡོམས་ {total} ཡོད།（ཁས་ལེན་ཕྱིར་འཐེན་ནི“ཕྱིར་འཐེན”ལ་ལྟོས）</translation>
    </message>
    <message>
        <source>不适用告知承诺制的申请人（信用记录）</source>
        <translation>བརྡ་ཁྱབ་ཁས་ལེན་ལམ་ལུགས་མི་འཚམ་པའི་ཞུ་སྙན་འབུལ་མཁན（ཡིད་རྟོན་ཟིན་ཐོ）</translation>
    </message>
    <message>
        <source>涉及申请人数</source>
        <translation>འབྲེལ་ཡོད་ཞུ་སྙན་འབུལ་མཁན་གྱི་གྲངས།</translation>
    </message>
    <message>
        <source>申请人有未修复的虚假承诺或严重失信记录，转为提交证明办理。</source>
        <translation>ཞུ་སྙན་འབུལ་མཁན་ལ་སླར་གསོ་མ་བྱས་པའི་ཁས་ལེན་རྫུན་མའམ་ཡིད་རྟོན་ཤོར་བའི་ཟིན་ཐོ་ཚབས་ཆེན་ཡོད་པས་ ར་སྤྲོད་འབུལ་བའི་ཐོག་སྒྲུབ་པར་བསྒྱུར།</translation>
    </message>
    <message>
        <source>撤回承诺</source>
        <translation>ཁས་ལེན་ཕྱིར་འཐེན།</translation>
    </message>
    <message>
        <source>撤回件数</source>
        <translation>ཕྱིར་འཐེན་གྲངས།</translation>
    </message>
    <message>
        <source>按撤回发生的日期统计。</source>
        <translation>ཕྱིར་འཐེན་བྱུང་བའི་ཚེས་གྲངས་ལྟར་སྡོམ་རྩིས་བྱས།</translation>
    </message>
    <message>
        <source>核查结果</source>
        <translation>ཞིབ་བཤེར་གྱི་མཇུག་འབྲས།</translation>
    </message>
    <message>
        <source>已核查</source>
        <translation>ཞིབ་བཤེར་བྱས་ཟིན།</translation>
    </message>
    <message>
        <source>无法核查</source>
        <translation>ཞིབ་བཤེར་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <source>按核查结论记录的日期统计。</source>
        <translation>ཞིབ་བཤེར་གྱི་གྲུབ་འབྲས་ཐོ་འགོད་བྱས་པའི་ཚེས་གྲངས་ལྟར་སྡོམ་རྩིས་བྱས།</translation>
    </message>
    <message>
        <source>不实承诺率（按事项）</source>
        <translation>ཁས་ལེན་བདེན་མིན་གྱི་བསྡུར་ཚད（བྱ་དོན་ལྟར）</translation>
    </message>
    <message>
        <source>承诺办理件数</source>
        <translation>ཁས་ལེན་ཐོག་སྒྲུབ་པའི་གྲངས།</translation>
    </message>
    <message>
        <source>不实承诺率(%)</source>
        <translation>ཁས་ལེན་བདེན་མིན་གྱི་བསྡུར་ཚད(%)</translation>
    </message>
    <message>
        <source>不实承诺率 = 核查不实 ÷ 已核查（期间内记录的核查结论）。</source>
        <translation>ཁས་ལེན་བདེན་མིན་གྱི་བསྡུར་ཚད = ཞིབ་བཤེར་བྱས་པར་བདེན་མིན ÷ ཞིབ་བཤེར་བྱས་ཟིན（དུས་ཡུན་ནང་ཐོ་འགོད་བྱས་པའི་ཞིབ་བཤེར་གྲུབ་འབྲས）།</translation>
    </message>
    <message>
        <source>窗口平均受理时长</source>
        <translation>སྒེའུ་ཁུང་གི་ཞུ་ཡིག་ལེན་པའི་དུས་ཚོད་ཆ་སྙོམས།</translation>
    </message>
    <message>
        <source>平均时长(分钟)</source>
        <translation>དུས་ཚོད་ཆ་སྙོམས(སྐར་མ)</translation>
    </message>
    <message>
        <source>从选择事项到办结保存的时长。</source>
        <translation>བྱ་དོན་འདེམས་པ་ནས་ལེགས་གྲུབ་ཉར་ཚགས་བར་གྱི་དུས་ཚོད།</translation>
    </message>
    <message>
        <source>案件当前状态</source>
        <translation>ལས་དོན་གྱི་ད་ལྟའི་གནས་སྟངས།</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>གནས་སྟངས།</translation>
    </message>
    <message>
        <source>超期未核查</source>
        <translation>དུས་ལས་བརྒལ་ཡང་ཞིབ་བཤེར་མ་བྱས་པ།</translation>
    </message>
    <message>
        <source>超期件数</source>
        <translation>དུས་ལས་བརྒལ་བའི་གྲངས།</translation>
    </message>
    <message>
        <source>期间受理、至 {today} 已过核查期限仍未登记核查结果的案件（以已生成的核查任务为准）。</source>
        <translation>དུས་ཡུན་ནང་ལེན་པ་དང་ {today} བར་ཞིབ་བཤེར་དུས་བཀག་ལས་བརྒལ་ཡང་ཞིབ་བཤེར་གྲུབ་འབྲས་ཐོ་འགོད་མ་བྱས་པའི་ལས་དོན（བཟོས་ཟིན་པའི་ཞིབ་བཤེར་ལས་འགན་ལྟར）།</translation>
    </message>
    <message>
        <source>认定不实承诺</source>
        <translation>ཁས་ལེན་བདེན་མིན་དུ་ཐག་བཅད་པ།</translation>
    </message>
    <message>
        <source>（未注明）</source>
        <translation>（གསལ་བཤད་མེད）</translation>
    </message>
    <message>
        <source>不实承诺处理措施</source>
        <translation>ཁས་ལེན་བདེན་མིན་ལ་ཐག་གཅོད་ཐབས་ཇུས།</translation>
    </message>
    <message>
        <source>处理措施</source>
        <translation>ཐག་གཅོད་ཐབས་ཇུས།</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>གྲངས།</translation>
    </message>
    <message>
        <source>按认定或措施记录的日期统计。</source>
        <translation>ཐག་གཅོད་དམ་ཐབས་ཇུས་ཐོ་འགོད་བྱས་པའི་ཚེས་གྲངས་ལྟར་སྡོམ་རྩིས་བྱས།</translation>
    </message>
    <message>
        <source>受理量</source>
        <translation>ཞུ་ཡིག་ལེན་གྲངས།</translation>
    </message>
    <message>
        <source>承诺/提交证明</source>
        <translation>ཁས་ལེན/ར་སྤྲོད།</translation>
    </message>
    <message>
        <source>按事项</source>
        <translation>བྱ་དོན་ལྟར།</translation>
    </message>
    <message>
        <source>按领域</source>
        <translation>ཁྱབ་ཁོངས་ལྟར།</translation>
    </message>
    <message>
        <source>不适用申请人</source>
        <translation>མི་འཚམ་པའི་ཞུ་སྙན་འབུལ་མཁན།</translation>
    </message>
    <message>
        <source>撤回</source>
        <translation>ཕྱིར་འཐེན།</translation>
    </message>
    <message>
        <source>不实承诺率</source>
        <translation>ཁས་ལེན་བདེན་མིན་བསྡུར་ཚད།</translation>
    </message>
    <message>
        <source>受理时长</source>
        <translation>ཞུ་ཡིག་ལེན་པའི་དུས་ཚོད།</translation>
    </message>
    <message>
        <source>案件状态</source>
        <translation>ལས་དོན་གནས་སྟངས།</translation>
    </message>
    <message>
        <source>超期核查</source>
        <translation>དུས་ལས་བརྒལ་བའི་ཞིབ་བཤེར།</translation>
    </message>
    <message>
        <source>不实承诺处理</source>
        <translation>ཁས་ལེན་བདེན་མིན་ཐག་གཅོད།</translation>
    </message>
    <message>
        <source>没有名为“{name}”的统计项。</source>
        <translation>“{name}”ཞེས་པའི་སྡོམ་རྩིས་རྣམ་གྲངས་མེད།</translation>
    </message>
    <message>
        <source>不支持的导出格式“{format}”，请选择 CSV 或 Excel。</source>
        <translation>ཕྱིར་འདོན་རྣམ་གཞག“{format}”ལ་རྒྱབ་སྐྱོར་མེད། CSV འམ་ Excel འདེམས་རོགས།</translation>
    </message>
    <message>
        <source>事项 {item}（字段 {field}）：{message}</source>
        <translation>བྱ་དོན་ {item}（ཡིག་ཚན་ {field}）། {message}</translation>
    </message>
    <message>
        <source>事项 {item}：{message}</source>
        <translation>བྱ་དོན་ {item}། {message}</translation>
    </message>
    <message>
        <source>（字段 {field}）：{message}</source>
        <translation>（ཡིག་ཚན་ {field}）། {message}</translation>
    </message>
    <message>
        <source>协助核查函须写明联系人和联系电话。</source>
        <translation>རོགས་སྐྱོར་ཞིབ་བཤེར་ཡི་གེའི་ནང་འབྲེལ་གཏུག་མཁན་དང་འབྲེལ་གཏུག་ཁ་པར་གསལ་པོར་འབྲི་དགོས།</translation>
    </message>
    <message>
        <source>回复期限应为1至60个工作日。</source>
        <translation>ལན་འདེབས་དུས་བཀག་ལས་ཉིན་ 1 ནས་ 60 བར་དགོས།</translation>
    </message>
    <message>
        <source>请写明被请求协助核查的单位。</source>
        <translation>རོགས་སྐྱོར་ཞིབ་བཤེར་རེ་ཞུ་བྱས་ཡུལ་གྱི་ལས་ཁུངས་གསལ་པོར་འབྲི་རོགས།</translation>
    </message>
    <message>
        <source>请录入对方单位书面拒绝协助的理由。</source>
        <translation>ཕ་རོལ་ལས་ཁུངས་ཀྱིས་ཡི་གེའི་ཐོག་རོགས་སྐྱོར་ཁས་མ་བླངས་པའི་རྒྱུ་མཚན་འཇུག་རོགས།</translation>
    </message>
    <message>
        <source>请录入对方单位的书面回复内容。</source>
        <translation>ཕ་རོལ་ལས་ཁུངས་ཀྱི་ཡི་གེའི་ལན་གྱི་ནང་དོན་འཇུག་རོགས།</translation>
    </message>
    <message>
        <source>收到回复的日期不能晚于今天。</source>
        <translation>ལན་འབྱོར་བའི་ཚེས་གྲངས་དེ་རིང་ལས་ཕྱི་མི་ཆོག</translation>
    </message>
    <message>
        <source>没有找到该协助核查函。</source>
        <translation>རོགས་སྐྱོར་ཞིབ་བཤེར་ཡི་གེ་དེ་རྙེད་མ་བྱུང་།</translation>
    </message>
    <message>
        <source>保留的备份份数应为 1 至 365。</source>
        <translation>ཉར་བའི་གྲབས་ཉར་གྱི་གྲངས་ 1 ནས་ 365 བར་དགོས།</translation>
    </message>
    <message>
        <source>无法写入备份 {target}（{error}）。请检查备份位置（U 盘是否已插入、是否可写、空间是否足够）。</source>
        <translation>གྲབས་ཉར་ {target} འབྲི་མི་ཐུབ（{error}）། གྲབས་ཉར་གྱི་གནས་ས（U སྡེར་བཙུགས་ཡོད་མེད་དང་ འབྲི་ཆོག་མིན་ བར་སྟོང་འདང་མིན）ཞིབ་བཤེར་གནང་རོགས།</translation>
    </message>
    <message>
        <source>{target} 已存在，不会覆盖。请换一个文件名。</source>
        <translation>{target} ཡོད་ཟིན་པས་ཁ་གནོན་མི་བྱེད། ཡིག་ཆའི་མིང་གཞན་ཞིག་བཀོལ་རོགས།</translation>
    </message>
    <message>
        <source>备份旁没有密钥文件（{file}），本机也没有可用的密钥文件，无法打开该备份。</source>
        <translation>གྲབས་ཉར་གྱི་འགྲམ་དུ་གསང་ལྡེའི་ཡིག་ཆ（{file}）མེད་ལ་ འཕྲུལ་ཆས་འདིར་ཡང་སྤྱོད་རུང་བའི་གསང་ལྡེའི་ཡིག་ཆ་མེད་པས་གྲབས་ཉར་དེ་ཁ་ཕྱེ་མི་ཐུབ།</translation>
    </message>
    <message>
        <source>找不到备份文件 {src}。</source>
        <translation>གྲབས་ཉར་ཡིག་ཆ་ {src} རྙེད་མ་བྱུང་།</translation>
    </message>
    <message>
        <source>不能用数据库文件本身作为备份来恢复，请选择备份文件。</source>
        <translation>གཞི་གྲངས་མཛོད་ཡིག་ཆ་རང་ཉིད་གྲབས་ཉར་དུ་བཀོལ་ནས་སླར་གསོ་བྱེད་མི་ཆོག གྲབས་ཉར་ཡིག་ཆ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <source>备份中的审计日志自第 {broken} 条起链条断裂（记录被改动或删除），不予恢复。</source>
        <translation>གྲབས་ཉར་ནང་གི་རྩིས་ཞིབ་ཉིན་ཐོ་ཨང་ {broken} ནས་བཟུང་སྦྲེལ་ཐག་ཆད་ཡོད（ཟིན་ཐོ་བཟོ་བཅོས་སམ་བསུབ་ཡོད）པས་སླར་གསོ་མི་བྱེད།</translation>
    </message>
    <message>
        <source>未找到案件 {case_no}。</source>
        <translation>ལས་དོན་ {case_no} རྙེད་མ་བྱུང་།</translation>
    </message>
    <message>
        <source>该案件按提交证明方式办理，没有可撤回的承诺。</source>
        <translation>ལས་དོན་འདི་ར་སྤྲོད་འབུལ་བའི་ཐོག་སྒྲུབ་པས་ཕྱིར་འཐེན་རུང་བའི་ཁས་ལེན་མེད།</translation>
    </message>
    <message>
        <source>案件 {case_no} 没有撤回承诺的记录。</source>
        <translation>ལས་དོན་ {case_no} ལ་ཁས་ལེན་ཕྱིར་འཐེན་གྱི་ཟིན་ཐོ་མེད།</translation>
    </message>
    <message>
        <source>请填写调整原因（将随版本备案和发布）</source>
        <translation>ལེགས་སྒྲིག་གི་རྒྱུ་མཚན་འབྲི་རོགས（པར་གཞི་དང་མཉམ་དུ་ཐོ་འགོད་དང་ཁྱབ་བསྒྲགས་བྱེད）</translation>
    </message>
    <message>
        <source>目录中没有该事项</source>
        <translation>དཀར་ཆག་ནང་བྱ་དོན་འདི་མེད།</translation>
    </message>
    <message>
        <source>该事项已停用</source>
        <translation>བྱ་དོན་འདི་བེད་སྤྱོད་མཚམས་བཞག་ཟིན།</translation>
    </message>
    <message>
        <source>培训数据目录中的目录调整不会发布到中心</source>
        <translation>སྦྱོང་བརྡར་གཞི་གྲངས་དཀར་ཆག་ནང་གི་དཀར་ཆག་ལེགས་སྒྲིག་ལྟེ་གནས་སུ་ཁྱབ་བསྒྲགས་མི་བྱེད།</translation>
    </message>
    <message>
        <source>该案件按提交证明方式办理，没有承诺可认定为不实。</source>
        <translation>ལས་དོན་འདི་ར་སྤྲོད་འབུལ་བའི་ཐོག་སྒྲུབ་པས་བདེན་མིན་དུ་ཐག་གཅོད་རུང་བའི་ཁས་ལེན་མེད།</translation>
    </message>
    <message>
        <source>该案件尚未认定不实承诺。</source>
        <translation>ལས་དོན་འདི་ད་དུང་ཁས་ལེན་བདེན་མིན་དུ་ཐག་བཅད་མེད།</translation>
    </message>
    <message>
        <source>未找到该信用记录。</source>
        <translation>ཡིད་རྟོན་ཟིན་ཐོ་དེ་རྙེད་མ་བྱུང་།</translation>
    </message>
    <message>
        <source>日期不能晚于今天。</source>
        <translation>ཚེས་གྲངས་དེ་རིང་ལས་ཕྱི་མི་ཆོག</translation>
    </message>
    <message>
        <source>请输入证件号码或统一社会信用代码。</source>
        <translation>ལག་ཁྱེར་ཨང་གྲངས་སམ་སྤྱི་ཚོགས་ཡིད་རྟོན་ཚབ་རྟགས་གཅིག་གྱུར་འཇུག་རོགས།</translation>
    </message>
    <message>
        <source>读卡器上没有身份证：请将身份证放在读卡器感应区。</source>
        <extracomment>Settings key: the reader to use — a plugin name (&quot;simulated&quot;, an entry point name) or &quot;module:Class&quot;.</extracomment>
        <translation>ལག་ཁྱེར་ཀློག་ཆས་ཐོག་ཐོབ་ཐང་ལག་ཁྱེར་མེད། ཐོབ་ཐང་ལག་ཁྱེར་ཀློག་ཆས་ཀྱི་ཚོར་སྣང་ཁུལ་དུ་ཞོག་རོགས།</translation>
    </message>
    <message>
        <source>无法加载读卡器插件“{spec}”：{error}</source>
        <translation>ལག་ཁྱེར་ཀློག་ཆས་ཀྱི་ལྷུ་ལག“{spec}”འཇུག་མི་ཐུབ། {error}</translation>
    </message>
    <message>
        <source>未找到读卡器插件“{choice}”：请检查设置或安装厂商插件。</source>
        <translation>ལག་ཁྱེར་ཀློག་ཆས་ཀྱི་ལྷུ་ལག“{choice}”རྙེད་མ་བྱུང་། སྒྲིག་འགོད་ཞིབ་བཤེར་རམ་བཟོ་ཚོང་བའི་ལྷུ་ལག་སྒྲིག་འཇུག་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>卡内姓名无效：{error}</source>
        <translation>ལག་ཁྱེར་ནང་གི་མིང་ནུས་མེད། {error}</translation>
    </message>
    <message>
        <source>卡内身份证号码无效：{error}</source>
        <translation>ལག་ཁྱེར་ནང་གི་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་ནུས་མེད། {error}</translation>
    </message>
    <message>
        <source>身份证已过有效期（{date}），不能作为有效身份证件。</source>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ནུས་ཡོད་དུས་ཚོད་འདས་ཟིན（{date}）པས་ནུས་ལྡན་ཐོབ་ཐང་ལག་ཁྱེར་དུ་བཀོལ་མི་ཆོག</translation>
    </message>
    <message>
        <source>目录中缺少 {code} 第 {version} 版，无法确定核查规则。</source>
        <extracomment>Cases that still await (or are under) verification get a task.</extracomment>
        <translation>དཀར་ཆག་ནང་ {code} ཡི་པར་གཞི་ {version} མེད་པས་ཞིབ་བཤེར་སྒྲིག་གཞི་གཏན་འཁེལ་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <source>一次最多上传 {n} 个附件。</source>
        <translation>ཐེངས་གཅིག་ལ་ཟུར་སྦྱར་ཆེས་མང་ན་ {n} ལས་ཡར་སྐྱེལ་བྱེད་མི་ཆོག</translation>
    </message>
    <message>
        <source>案件 {case_no} 按提交证明办理，没有需要核查的承诺。</source>
        <translation>ལས་དོན་ {case_no} ར་སྤྲོད་འབུལ་བའི་ཐོག་སྒྲུབ་པས་ཞིབ་བཤེར་དགོས་པའི་ཁས་ལེན་མེད།</translation>
    </message>
    <message>
        <source>核查结果为“{label}”时须写明核查情况。</source>
        <translation>ཞིབ་བཤེར་མཇུག་འབྲས“{label}”ཡིན་སྐབས་ཞིབ་བཤེར་གྱི་གནས་ཚུལ་གསལ་པོར་འབྲི་དགོས།</translation>
    </message>
    <message>
        <source>案件 {case_no} 没有核查任务。</source>
        <translation>ལས་དོན་ {case_no} ལ་ཞིབ་བཤེར་ལས་འགན་མེད།</translation>
    </message>
    <message>
        <source>附件不存在。</source>
        <translation>ཟུར་སྦྱར་མེད།</translation>
    </message>
    <message>
        <source>审计日志第 {broken} 条起链条断裂（记录被改动或删除）。</source>
        <translation>རྩིས་ཞིབ་ཉིན་ཐོ་ཨང་ {broken} ནས་བཟུང་སྦྲེལ་ཐག་ཆད་ཡོད（ཟིན་ཐོ་བཟོ་བཅོས་སམ་བསུབ་ཡོད）།</translation>
    </message>
    <message>
        <source>案件 {case_no} 的存储内容与签署时的摘要不符。</source>
        <translation>ལས་དོན་ {case_no} ཡི་ཉར་ཚགས་ནང་དོན་མིང་རྟགས་བཀོད་སྐབས་ཀྱི་སྙིང་བསྡུས་དང་མི་མཐུན།</translation>
    </message>
    <message>
        <source>案件 {case_no} 的“{kind}”事件没有对应的审计记录（审计日志被删改）。</source>
        <translation>ལས་དོན་ {case_no} ཡི“{kind}”བྱ་བ་ལ་མཐུན་པའི་རྩིས་ཞིབ་ཟིན་ཐོ་མེད（རྩིས་ཞིབ་ཉིན་ཐོ་བསུབ་བཅོས་བྱས་ཡོད）།</translation>
    </message>
    <message>
        <source>案件 {case_no} 存档的告知承诺书已被改动。</source>
        <translation>ལས་དོན་ {case_no} ཡི་ཡིག་ཚགས་སུ་ཉར་བའི་བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེ་བཟོ་བཅོས་བྱས་ཟིན།</translation>
    </message>
    <message>
        <source>案件 {case_no} 存档的告知承诺书与审计记录不符。</source>
        <translation>ལས་དོན་ {case_no} ཡི་ཡིག་ཚགས་སུ་ཉར་བའི་བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེ་རྩིས་ཞིབ་ཟིན་ཐོ་དང་མི་མཐུན།</translation>
    </message>
    <message>
        <source>一致</source>
        <translation>མཐུན་པ།</translation>
    </message>
    <message>
        <source>不一致</source>
        <translation>མི་མཐུན་པ།</translation>
    </message>
    <message>
        <source>无法核验</source>
        <translation>ཞིབ་བསྡུར་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <source>这不是本系统告知承诺书上的二维码内容：请扫描文书右上角的二维码。</source>
        <translation>འདི་མ་ལག་འདིའི་བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེའི་སྟེང་གི་ QR ཨང་རྟགས་མིན། ཡིག་ཆའི་གཡས་ཟུར་སྟེང་གི་ QR ཨང་རྟགས་བཤེར་རོགས།</translation>
    </message>
    <message>
        <source>本终端没有案件 {case_no} 的记录（可能在其他终端受理，请到中心核验）。</source>
        <translation>མཐའ་སྣེ་འདིར་ལས་དོན་ {case_no} ཡི་ཟིན་ཐོ་མེད（མཐའ་སྣེ་གཞན་དུ་ལེན་ཡོད་སྲིད། ལྟེ་གནས་སུ་ཞིབ་བསྡུར་བྱེད་རོགས）།</translation>
    </message>
    <message>
        <source>案件 {case_no} 的存储记录已被改动，与签署时不一致：请报告管理员。</source>
        <translation>ལས་དོན་ {case_no} ཡི་ཉར་ཚགས་ཟིན་ཐོ་བཟོ་བཅོས་བྱས་ཡོད་པས་མིང་རྟགས་བཀོད་སྐབས་དང་མི་མཐུན། དོ་དམ་པར་སྙན་སེང་ཞུ་རོགས།</translation>
    </message>
    <message>
        <source>文书与案件 {case_no} 的记录不符：该文书可能是伪造或被改动的。</source>
        <translation>ཡིག་ཆ་དེ་ལས་དོན་ {case_no} ཡི་ཟིན་ཐོ་དང་མི་མཐུན། ཡིག་ཆ་དེ་རྫུན་བཟོ་བྱས་པའམ་བཟོ་བཅོས་བྱས་པ་ཡིན་སྲིད།</translation>
    </message>
    <message>
        <source>，当前状态：{state}</source>
        <translation>  ད་ལྟའི་གནས་སྟངས། {state}</translation>
    </message>
    <message>
        <source>{note}（注意：该承诺已撤回或核查不实）</source>
        <translation>{note}（དོ་སྣང་། ཁས་ལེན་འདི་ཕྱིར་འཐེན་བྱས་པའམ་ཞིབ་བཤེར་བྱས་པར་བདེན་མིན）</translation>
    </message>
    <message>
        <source>{note}；培训数据，不具法律效力</source>
        <translation>{note}  སྦྱོང་བརྡར་གཞི་གྲངས་ཡིན་པས་ཁྲིམས་ཀྱི་ནུས་པ་མེད།</translation>
    </message>
    <message>
        <source>文书与案件 {case_no} 的记录一致{note}。</source>
        <translation>ཡིག་ཆ་དེ་ལས་དོན་ {case_no} ཡི་ཟིན་ཐོ་དང་མཐུན{note}།</translation>
    </message>
    <message>
        <source>没有找到表头行：前几行中应有“事项名称”“证明名称”“核查方式”等列名</source>
        <translation>རེའུ་མིག་གི་མགོ་ཡི་ཕྲེང་རྙེད་མ་བྱུང་། ཕྲེང་དང་པོ་ཁ་ཤས་ནང“བྱ་དོན་གྱི་མིང་”“ར་སྤྲོད་ཀྱི་མིང་”“ཞིབ་བཤེར་ཐབས་ལམ”སོགས་ཀྱི་གྲལ་མིང་ཡོད་དགོས།</translation>
    </message>
    <message>
        <source>缺少必需的列：{columns}。整个文件未导入</source>
        <translation>ངེས་པར་དགོས་པའི་གྲལ་མེད། {columns}། ཡིག་ཆ་ཧྲིལ་པོ་ནང་འདྲེན་བྱས་མེད།</translation>
    </message>
    <message>
        <source>核查方式“{value}”无法识别，应为 {allowed} 之一</source>
        <translation>ཞིབ་བཤེར་ཐབས་ལམ“{value}”ངོས་འཛིན་མི་ཐུབ། {allowed} ནང་གི་གཅིག་ཡིན་དགོས།</translation>
    </message>
    <message>
        <source>{what}“{value}”应为天数</source>
        <translation>{what}“{value}”ཉིན་གྲངས་ཡིན་དགོས།</translation>
    </message>
    <message>
        <source>{what}“{value}”应为天数，如“20个工作日”或“20”</source>
        <translation>{what}“{value}”ཉིན་གྲངས་ཡིན་དགོས། དཔེར་ན“ལས་ཉིན་ 20”འམ“20”</translation>
    </message>
    <message>
        <source>{what}“{value}”应为“是”或“否”</source>
        <translation>{what}“{value}”ནི“ཡིན”ནམ“མིན”ཡིན་དགོས།</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>གསར་སྣོན།</translation>
    </message>
    <message>
        <source>调整</source>
        <translation>ལེགས་སྒྲིག</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>བེད་སྤྱོད་མཚམས་འཇོག</translation>
    </message>
    <message>
        <source>核查时限</source>
        <translation>ཞིབ་བཤེར་དུས་བཀག</translation>
    </message>
    <message>
        <source>是否公开</source>
        <translation>ཁྱབ་བསྒྲགས་བྱེད་མིན།</translation>
    </message>
    <message>
        <source>是否允许代为承诺</source>
        <translation>ཚབ་ཏུ་ཁས་ལེན་བྱེད་ཆོག་མིན།</translation>
    </message>
    <message>
        <source>目录编码“{code}”格式应为两个字母-三位数字，如 HJ-001</source>
        <translation>དཀར་ཆག་ཨང་རྟགས“{code}”ཡི་རྣམ་གཞག་ནི་དབྱིན་ཡིག་གཉིས-གྲངས་ཀ་གསུམ་ཡིན་དགོས། དཔེར་ན HJ-001</translation>
    </message>
    <message>
        <source>{code} 无法停用：{error}</source>
        <translation>{code} བེད་སྤྱོད་མཚམས་འཇོག་བྱེད་མི་ཐུབ། {error}</translation>
    </message>
    <message>
        <source>请填写调整原因</source>
        <translation>ལེགས་སྒྲིག་གི་རྒྱུ་མཚན་འབྲི་རོགས།</translation>
    </message>
    <message>
        <source>请填写停用原因</source>
        <translation>བེད་སྤྱོད་མཚམས་འཇོག་གི་རྒྱུ་མཚན་འབྲི་རོགས།</translation>
    </message>
    <message>
        <source>未知的信用状况“{standing}”。</source>
        <translation>ཡིད་རྟོན་གནས་བབ“{standing}”ངོས་མི་ཤེས།</translation>
    </message>
    <message>
        <source>附件“{name}”是空文件。</source>
        <translation>ཟུར་སྦྱར“{name}”ནི་ཡིག་ཆ་སྟོང་པ་ཡིན།</translation>
    </message>
    <message>
        <source>附件“{name}”超过 {mb} MB，请降低扫描分辨率后重试。</source>
        <translation>ཟུར་སྦྱར“{name}”{mb} MB ལས་བརྒལ་འདུག བཤེར་འབེབས་གསལ་ཚད་དམའ་རུ་བཏང་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་རོགས།</translation>
    </message>
    <message>
        <source>附件“{name}”不是 PDF、PNG、JPEG 或 TIFF 扫描件。</source>
        <translation>ཟུར་སྦྱར“{name}”ནི་ PDF、PNG、JPEG འམ་ TIFF བཤེར་འབེབས་ཡིག་ཆ་མིན།</translation>
    </message>
    <message>
        <source>本终端尚未完成初始设置，请先运行 desk-app 完成设置。</source>
        <translation>མཐའ་སྣེ་འདིའི་ཐོག་མའི་སྒྲིག་འགོད་ད་དུང་ལེགས་གྲུབ་བྱུང་མེད། སྔོན་ལ་ desk-app འཁོར་སྐྱོད་བྱས་ནས་སྒྲིག་འགོད་ལེགས་སྒྲུབ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>请先登录。</source>
        <translation>སྔོན་ལ་ནང་འཛུལ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <source>自动锁屏时间应为 1 至 60 分钟。</source>
        <translation>རང་འགུལ་ཟྭ་རྒྱག་དུས་ཚོད་སྐར་མ་ 1 ནས་ 60 བར་དགོས།</translation>
    </message>
    <message>
        <source>数据加密口令不正确，无法打开本机数据。请核对口令（注意大小写和输入法）后重试。</source>
        <extracomment>argon2id cost, stored in key.json with the salt, so it can be raised later without breaking existing data directories.</extracomment>
        <translation>གཞི་གྲངས་གསང་སྡོམ་གྱི་གསང་ཚིག་ནོར་འདུག་པས་འཕྲུལ་ཆས་འདིའི་གཞི་གྲངས་ཁ་ཕྱེ་མི་ཐུབ། གསང་ཚིག（ཡིག་ཆེན་ཡིག་ཆུང་དང་ནང་འཇུག་ཐབས་ལ་དོ་སྣང་）ཞིབ་བསྡུར་བྱས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་རོགས།</translation>
    </message>
    <message>
        <source>数据加密口令至少需要 {n} 个字符。</source>
        <translation>གཞི་གྲངས་གསང་སྡོམ་གྱི་གསང་ཚིག་ལ་ཡིག་རྟགས་ཉུང་མཐར་ {n} དགོས།</translation>
    </message>
    <message>
        <source>密钥文件已存在，不会覆盖。</source>
        <translation>གསང་ལྡེའི་ཡིག་ཆ་ཡོད་ཟིན་པས་ཁ་གནོན་མི་བྱེད།</translation>
    </message>
    <message>
        <source>密钥文件 key.json 不见了，请重试。</source>
        <translation>གསང་ལྡེའི་ཡིག་ཆ་ key.json མི་འདུག ཡང་བསྐྱར་ཚོད་ལྟ་གནང་རོགས།</translation>
    </message>
    <message>
        <source>汉文</source>
        <extracomment>The letter languages a case may be notified and signed in (recorded per case, at the applicant&apos;s request): Chinese, or bilingual Chinese then Tibetan section by section.</extracomment>
        <translation>རྒྱ་ཡིག</translation>
    </message>
    <message>
        <source>汉藏双语</source>
        <translation>རྒྱ་བོད་སྐད་གཉིས།</translation>
    </message>
</context>
<context>
    <name>followup_dialogs</name>
    <message>
        <source>未能打印</source>
        <translation>པར་འདེབས་མ་ཐུབ།</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>未找到打印机。请安装并连接打印机后重试；案件已保存，可稍后在案件详情中打印。</source>
        <extracomment>Pages are rasterised at the printer&apos;s resolution, but never finer than this (an A4 page at 300 dpi is a 2480 × 3508 image, ~35 MB while it is being painted). How long a PDF may take to load before printing gives up.</extracomment>
        <translation>པར་འདེབས་འཕྲུལ་ཆས་རྙེད་མ་སོང་། པར་འདེབས་འཕྲུལ་ཆས་སྒྲིག་སྦྱོར་དང་འབྲེལ་མཐུད་བྱས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས། ལས་དོན་ཉར་ཚགས་བྱས་ཟིན་པས། རྗེས་སུ་ལས་དོན་ཞིབ་ཕྲའི་ནང་ནས་པར་འདེབས་ཆོག</translation>
    </message>
    <message>
        <source>打印机“{name}”已不存在（可能已被删除或改名）。请重新选择打印机；案件已保存，可稍后在案件详情中打印。</source>
        <translation>པར་འདེབས་འཕྲུལ་ཆས“{name}”མི་འདུག（བསུབ་པའམ་མིང་བསྒྱུར་བ་ཡིན་སྲིད）། པར་འདེབས་འཕྲུལ་ཆས་བསྐྱར་དུ་འདེམས་རོགས། ལས་དོན་ཉར་ཚགས་བྱས་ཟིན་པས། རྗེས་སུ་ལས་དོན་ཞིབ་ཕྲའི་ནང་ནས་པར་འདེབས་ཆོག</translation>
    </message>
    <message>
        <source>本机有多台打印机但未设置默认打印机，请先选择打印机。</source>
        <translation>རང་འཁོར་ལ་པར་འདེབས་འཕྲུལ་ཆས་མང་པོ་ཡོད་ཀྱང་སྔོན་སྒྲིག་པར་འདེབས་འཕྲུལ་ཆས་གཏན་འཁེལ་བྱས་མེད། སྔོན་ལ་པར་འདེབས་འཕྲུལ་ཆས་འདེམས་རོགས།</translation>
    </message>
    <message>
        <source>打印机“{name}”无法使用，请重新选择打印机。</source>
        <translation>པར་འདེབས་འཕྲུལ་ཆས“{name}”བེད་སྤྱོད་བྱེད་མི་ཐུབ། པར་འདེབས་འཕྲུལ་ཆས་བསྐྱར་དུ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <source>选择打印机</source>
        <translation>པར་འདེབས་འཕྲུལ་ཆས་འདེམས།</translation>
    </message>
    <message>
        <source>文书 PDF 无法读取（{reason}），未打印。请在案件详情中重新生成文书后再打印。</source>
        <translation>ཡིག་ཆའི་ PDF ཀློག་མ་ཐུབ（{reason}）། པར་བརྒྱབ་མེད། ལས་དོན་ཞིབ་ཕྲའི་ནང་ཡིག་ཆ་བསྐྱར་དུ་བཟོས་རྗེས་པར་འདེབས་རོགས།</translation>
    </message>
    <message>
        <source>无法连接打印机“{name}”，未打印。请检查打印机是否开机、联网，或重新选择打印机；案件已保存，可稍后在案件详情中打印。</source>
        <translation>པར་འདེབས་འཕྲུལ་ཆས“{name}”དང་འབྲེལ་མཐུད་བྱེད་མི་ཐུབ་པས་པར་བརྒྱབ་མེད། པར་འདེབས་འཕྲུལ་ཆས་ཁ་ཕྱེ་ཡོད་མེད་དང་དྲ་རྒྱར་མཐུད་ཡོད་མེད་ཞིབ་བཤེར་བྱེད་པའམ། ཡང་ན་པར་འདེབས་འཕྲུལ་ཆས་བསྐྱར་དུ་འདེམས་རོགས། ལས་དོན་ཉར་ཚགས་བྱས་ཟིན་པས། རྗེས་སུ་ལས་དོན་ཞིབ་ཕྲའི་ནང་ནས་པར་འདེབས་ཆོག</translation>
    </message>
    <message>
        <source>打印机“{name}”报告错误，文书可能未打印完整。请检查打印机后重新打印。</source>
        <translation>པར་འདེབས་འཕྲུལ་ཆས“{name}”གྱིས་ནོར་འཁྲུལ་སྙན་སེང་བྱས་པས། ཡིག་ཆ་ཆ་ཚང་པར་བརྒྱབ་མེད་སྲིད། པར་འདེབས་འཕྲུལ་ཆས་ཞིབ་བཤེར་བྱས་རྗེས་བསྐྱར་དུ་པར་འདེབས་རོགས།</translation>
    </message>
</context>
</TS>
