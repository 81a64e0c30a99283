<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message id="access.elder_mode">
        <source>长辈版</source>
        <translation>长辈版</translation>
    </message>
    <message id="access.elder_mode_name">
        <source>切换到长辈版：大字体、大按钮、语音引导</source>
        <translation>切换到长辈版：大字体、大按钮、语音引导</translation>
    </message>
    <message id="access.mute">
        <source>关闭语音引导</source>
        <translation>关闭语音引导</translation>
    </message>
    <message id="access.other_language">
        <source>English</source>
        <translation>English</translation>
    </message>
    <message id="access.other_language_name">
        <source>Switch to English 切换为英文</source>
        <translation>Switch to English 切换为英文</translation>
    </message>
    <message id="access.sound_off">
        <source>语音关</source>
        <translation>语音关</translation>
    </message>
    <message id="access.sound_on">
        <source>语音开</source>
        <translation>语音开</translation>
    </message>
    <message id="access.standard_mode">
        <source>标准版</source>
        <translation>标准版</translation>
    </message>
    <message id="access.standard_mode_name">
        <source>切换回标准版</source>
        <translation>切换回标准版</translation>
    </message>
    <message id="access.unmute">
        <source>打开语音引导</source>
        <translation>打开语音引导</translation>
    </message>
    <message id="access.volume">
        <source>音量 %1%</source>
        <translation>音量 %1%</translation>
    </message>
    <message id="access.volume_name">
        <source>音量 %1%，点按调大</source>
        <translation>音量 %1%，点按调大</translation>
    </message>
    <message id="age.cached">
        <source>暂时无法获取最新记录，显示的是%1的记录。</source>
        <translation>暂时无法获取最新记录，显示的是%1的记录。</translation>
    </message>
    <message id="age.hours">
        <source>%1 小时前</source>
        <translation>%1 小时前</translation>
    </message>
    <message id="age.hours.one">
        <source>%1 小时前</source>
        <translation>%1 小时前</translation>
    </message>
    <message id="age.just_now">
        <source>刚刚</source>
        <translation>刚刚</translation>
    </message>
    <message id="age.live">
        <source>最新记录</source>
        <translation>最新记录</translation>
    </message>
    <message id="age.minutes">
        <source>%1 分钟前</source>
        <translation>%1 分钟前</translation>
    </message>
    <message id="age.minutes.one">
        <source>%1 分钟前</source>
        <translation>%1 分钟前</translation>
    </message>
    <message id="age.offline">
        <source>网络不通，显示的是%1的记录。</source>
        <translation>网络不通，显示的是%1的记录。</translation>
    </message>
    <message id="app.window_title">
        <source>政务服务自助终端</source>
        <translation>政务服务自助终端</translation>
    </message>
    <message id="appointment.cancel_gone">
        <source>该预约已不能取消（已过期或已取消）。</source>
        <translation>该预约已不能取消（已过期或已取消）。</translation>
    </message>
    <message id="appointment.cancel_offline">
        <source>暂时无法连接服务平台，预约没有取消，仍然有效。请稍后再试，或拨打窗口电话取消。</source>
        <translation>暂时无法连接服务平台，预约没有取消，仍然有效。请稍后再试，或拨打窗口电话取消。</translation>
    </message>
    <message id="appointment.mine_offline">
        <source>暂时无法查询您的预约，请稍后再试。</source>
        <translation>暂时无法查询您的预约，请稍后再试。</translation>
    </message>
    <message id="appointment.no_slots">
        <source>当天已约满，请选择其他日期。</source>
        <translation>当天已约满，请选择其他日期。</translation>
    </message>
    <message id="appointment.offline">
        <source>暂时无法连接服务平台，不能在线预约。请拨打窗口电话预约，或稍后再试。</source>
        <translation>暂时无法连接服务平台，不能在线预约。请拨打窗口电话预约，或稍后再试。</translation>
    </message>
    <message id="appointment.print_failed">
        <source>预约凭证打印失败，请记下屏幕上的预约码。</source>
        <translation>预约凭证打印失败，请记下屏幕上的预约码。</translation>
    </message>
    <message id="appointment.slot_taken">
        <source>该时段刚刚约满，请选择其他时段。</source>
        <translation>该时段刚刚约满，请选择其他时段。</translation>
    </message>
    <message id="appointments.booked">
        <source>预约成功，请按时前往窗口办理</source>
        <translation>预约成功，请按时前往窗口办理</translation>
    </message>
    <message id="appointments.cancel">
        <source>取消预约</source>
        <translation>取消预约</translation>
    </message>
    <message id="appointments.cancel_confirm">
        <source>确认取消</source>
        <translation>确认取消</translation>
    </message>
    <message id="appointments.cancel_keep">
        <source>保留预约</source>
        <translation>保留预约</translation>
    </message>
    <message id="appointments.cancel_name">
        <source>取消预约 %1</source>
        <translation>取消预约 %1</translation>
    </message>
    <message id="appointments.cancel_question">
        <source>确定取消 %1 的预约吗？取消后名额将释放给他人。</source>
        <translation>确定取消 %1 的预约吗？取消后名额将释放给他人。</translation>
    </message>
    <message id="appointments.cancelled">
        <source>预约已取消，名额已释放。</source>
        <translation>预约已取消，名额已释放。</translation>
    </message>
    <message id="appointments.cancelling">
        <source>正在取消…</source>
        <translation>正在取消…</translation>
    </message>
    <message id="appointments.code">
        <source>预约码</source>
        <translation>预约码</translation>
    </message>
    <message id="appointments.day">
        <source>%1月%2日 %3</source>
        <translation>%1月%2日 %3</translation>
    </message>
    <message id="appointments.free">
        <source>余 %1 位</source>
        <translation>余 %1 位</translation>
    </message>
    <message id="appointments.full">
        <source>已约满</source>
        <translation>已约满</translation>
    </message>
    <message id="appointments.mine">
        <source>我的预约</source>
        <translation>我的预约</translation>
    </message>
    <message id="appointments.phone">
        <source>咨询电话：%1</source>
        <translation>咨询电话：%1</translation>
    </message>
    <message id="appointments.pick_day">
        <source>请选择办理日期：</source>
        <translation>请选择办理日期：</translation>
    </message>
    <message id="appointments.pick_slot">
        <source>请选择时段（每个时段余位如下）：</source>
        <translation>请选择时段（每个时段余位如下）：</translation>
    </message>
    <message id="appointments.printed">
        <source>预约凭证已打印，请取走。</source>
        <translation>预约凭证已打印，请取走。</translation>
    </message>
    <message id="appointments.qr">
        <source>预约码二维码</source>
        <translation>预约码二维码</translation>
    </message>
    <message id="appointments.reprint">
        <source>补打预约凭证</source>
        <translation>补打预约凭证</translation>
    </message>
    <message id="appointments.when">
        <source>%1月%2日 %3–%4</source>
        <translation>%1月%2日 %3–%4</translation>
    </message>
    <message id="card.bad_number">
        <source>证件号码校验未通过，该证件可能已损坏。请更换证件或联系工作人员。</source>
        <translation>证件号码校验未通过，该证件可能已损坏。请更换证件或联系工作人员。</translation>
    </message>
    <message id="card.birth_mismatch">
        <source>证件上的出生日期与证件号码不一致。请更换证件或联系工作人员。</source>
        <translation>证件上的出生日期与证件号码不一致。请更换证件或联系工作人员。</translation>
    </message>
    <message id="card.expired">
        <source>证件已于%1过期，请使用有效证件。</source>
        <translation>证件已于%1过期，请使用有效证件。</translation>
    </message>
    <message id="card.no_validity">
        <source>无法读取证件有效期。请更换证件或联系工作人员。</source>
        <translation>无法读取证件有效期。请更换证件或联系工作人员。</translation>
    </message>
    <message id="card.not_yet_valid">
        <source>证件尚未生效，暂不能使用。请更换证件或联系工作人员。</source>
        <translation>证件尚未生效，暂不能使用。请更换证件或联系工作人员。</translation>
    </message>
    <message id="card.sex_mismatch">
        <source>证件上的性别与证件号码不一致。请更换证件或联系工作人员。</source>
        <translation>证件上的性别与证件号码不一致。请更换证件或联系工作人员。</translation>
    </message>
    <message id="card.unreadable">
        <source>证件读取失败，请取走证件后重新放置。</source>
        <translation>证件读取失败，请取走证件后重新放置。</translation>
    </message>
    <message id="card.unrecognised">
        <source>无法识别该证件，请使用居民身份证、港澳台居民居住证或外国人永久居留身份证。</source>
        <translation>无法识别该证件，请使用居民身份证、港澳台居民居住证或外国人永久居留身份证。</translation>
    </message>
    <message id="choose.ask_help">
        <source>找不到？请工作人员帮助</source>
        <translation>找不到？请工作人员帮助</translation>
    </message>
    <message id="choose.cross_province">
        <source>跨省通办</source>
        <translation>跨省通办</translation>
    </message>
    <message id="choose.greeting">
        <source>%1，您好！请选择要办理的事项。</source>
        <translation>%1，您好！请选择要办理的事项。</translation>
    </message>
    <message id="choose.guide_only">
        <source>仅提供指南</source>
        <translation>仅提供指南</translation>
    </message>
    <message id="choose.loading">
        <source>正在加载事项目录，请稍候…</source>
        <translation>正在加载事项目录，请稍候…</translation>
    </message>
    <message id="choose.nothing_found">
        <source>没有找到相关事项，请换个说法试试</source>
        <translation>没有找到相关事项，请换个说法试试</translation>
    </message>
    <message id="choose.record">
        <source>查询打印</source>
        <translation>查询打印</translation>
    </message>
    <message id="choose.search_hint">
        <source>搜索事项：输入名称、拼音或首字母，如 gjj</source>
        <translation>搜索事项：输入名称、拼音或首字母，如 gjj</translation>
    </message>
    <message id="choose.search_name">
        <source>搜索事项</source>
        <translation>搜索事项</translation>
    </message>
    <message id="choose.suggest_categories">
        <source>或按类别查找：</source>
        <translation>或按类别查找：</translation>
    </message>
    <message id="choose.suggest_items">
        <source>没有找到完全匹配的事项，您是不是要办：</source>
        <translation>没有找到完全匹配的事项，您是不是要办：</translation>
    </message>
    <message id="code.ambiguous">
        <source>无法准确识别此二维码的内容，请出示政务服务码、电子证照码或办件回执上的二维码</source>
        <translation>无法准确识别此二维码的内容，请出示政务服务码、电子证照码或办件回执上的二维码</translation>
    </message>
    <message id="code.bad_signature">
        <source>此二维码未通过防伪校验，可能已被篡改，请重新获取</source>
        <translation>此二维码未通过防伪校验，可能已被篡改，请重新获取</translation>
    </message>
    <message id="code.bad_tracking">
        <source>办件编号校验不通过，请核对后重新输入</source>
        <translation>办件编号校验不通过，请核对后重新输入</translation>
    </message>
    <message id="code.expired">
        <source>此二维码已过期，请刷新后重新出示</source>
        <translation>此二维码已过期，请刷新后重新出示</translation>
    </message>
    <message id="code.license_added">
        <source>已添加电子证照：%1（免提交）</source>
        <translation>已添加电子证照：%1（免提交）</translation>
    </message>
    <message id="code.license_not_yours">
        <source>该电子证照不属于当前办事人，不能作为本次申请材料</source>
        <translation>该电子证照不属于当前办事人，不能作为本次申请材料</translation>
    </message>
    <message id="code.malformed">
        <source>无法识别此二维码，请确认出示的是政务服务码、电子证照码或办件编号</source>
        <translation>无法识别此二维码，请确认出示的是政务服务码、电子证照码或办件编号</translation>
    </message>
    <message id="code.revoked">
        <source>此二维码已作废，请重新获取</source>
        <translation>此二维码已作废，请重新获取</translation>
    </message>
    <message id="code.several">
        <source>画面中有多个可用的二维码，请一次只出示一个</source>
        <translation>画面中有多个可用的二维码，请一次只出示一个</translation>
    </message>
    <message id="code.unknown_issuer">
        <source>此二维码不是本系统认可的机构签发的，无法使用</source>
        <translation>此二维码不是本系统认可的机构签发的，无法使用</translation>
    </message>
    <message id="code.wrong_place">
        <source>这个二维码不能在当前页面使用</source>
        <translation>这个二维码不能在当前页面使用</translation>
    </message>
    <message id="common.back">
        <source>返回</source>
        <translation>返回</translation>
    </message>
    <message id="common.close">
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message id="common.done">
        <source>完成</source>
        <translation>完成</translation>
    </message>
    <message id="common.done_rate">
        <source>完成，去评价</source>
        <translation>完成，去评价</translation>
    </message>
    <message id="common.exit">
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message id="common.home">
        <source>返回首页</source>
        <translation>返回首页</translation>
    </message>
    <message id="common.more_below">
        <source>下面还有内容，点此或向上滑动查看</source>
        <translation>下面还有内容，点此或向上滑动查看</translation>
    </message>
    <message id="common.waiting">
        <source>请稍候…</source>
        <translation>请稍候…</translation>
    </message>
    <message id="data.in_chinese">
        <source>（平台提供的内容为中文）</source>
        <translation>（平台提供的内容为中文）</translation>
    </message>
    <message id="date.long">
        <source>%1年%2月%3日</source>
        <translation>%1年%2月%3日</translation>
    </message>
    <message id="days.immediate">
        <source>即办</source>
        <translation>即办</translation>
    </message>
    <message id="days.working">
        <source>%1个工作日</source>
        <translation>%1个工作日</translation>
    </message>
    <message id="days.working.one">
        <source>%1个工作日</source>
        <translation>%1个工作日</translation>
    </message>
    <message id="delivery.ems">
        <source>EMS邮寄</source>
        <translation>EMS邮寄</translation>
    </message>
    <message id="delivery.online">
        <source>网上送达</source>
        <translation>网上送达</translation>
    </message>
    <message id="delivery.pickup">
        <source>窗口自取</source>
        <translation>窗口自取</translation>
    </message>
    <message id="demo.card">
        <source>演示：放身份证</source>
        <translation>演示：放身份证</translation>
    </message>
    <message id="demo.service_code">
        <source>演示：出示服务码</source>
        <translation>演示：出示服务码</translation>
    </message>
    <message id="field.date_hint">
        <source>格式：2024-03-05</source>
        <translation>格式：2024-03-05</translation>
    </message>
    <message id="field.delivery">
        <source>结果领取方式</source>
        <translation>结果领取方式</translation>
    </message>
    <message id="field.ems_address">
        <source>收件详细地址</source>
        <translation>收件详细地址</translation>
    </message>
    <message id="field.ems_hint">
        <source>选择EMS邮寄时填写</source>
        <translation>选择EMS邮寄时填写</translation>
    </message>
    <message id="field.ems_phone">
        <source>收件人手机号码</source>
        <translation>收件人手机号码</translation>
    </message>
    <message id="field.ems_recipient">
        <source>收件人姓名</source>
        <translation>收件人姓名</translation>
    </message>
    <message id="field.ems_region">
        <source>收件地区</source>
        <translation>收件地区</translation>
    </message>
    <message id="field.handling_hint">
        <source>您的申请将转到所选地区办理</source>
        <translation>您的申请将转到所选地区办理</translation>
    </message>
    <message id="field.handling_region">
        <source>办理地</source>
        <translation>办理地</translation>
    </message>
    <message id="field.id_number">
        <source>证件号码</source>
        <translation>证件号码</translation>
    </message>
    <message id="field.street_address">
        <source>详细地址</source>
        <translation>详细地址</translation>
    </message>
    <message id="filing.saved_offline">
        <source>申请已安全保存在本终端，联网后自动上报，无需再次办理。</source>
        <translation>申请已安全保存在本终端，联网后自动上报，无需再次办理。</translation>
    </message>
    <message id="filing.sent">
        <source>申请已提交，正在转送办理部门。</source>
        <translation>申请已提交，正在转送办理部门。</translation>
    </message>
    <message id="form.address_short">
        <source>请填写详细%1，至少%2个字</source>
        <translation>请填写详细%1，至少%2个字</translation>
    </message>
    <message id="form.bad_date">
        <source>%1不是有效日期，请按“年-月-日”填写</source>
        <translation>%1不是有效日期，请按“年-月-日”填写</translation>
    </message>
    <message id="form.bad_option">
        <source>%1的选项无效，请重新选择</source>
        <translation>%1的选项无效，请重新选择</translation>
    </message>
    <message id="form.bad_region">
        <source>%1无效，请重新选择</source>
        <translation>%1无效，请重新选择</translation>
    </message>
    <message id="form.date_after">
        <source>%1不能晚于%2</source>
        <translation>%1不能晚于%2</translation>
    </message>
    <message id="form.date_before">
        <source>%1不能早于%2</source>
        <translation>%1不能早于%2</translation>
    </message>
    <message id="form.delivery_choose">
        <source>请选择领取方式</source>
        <translation>请选择领取方式</translation>
    </message>
    <message id="form.delivery_unsupported">
        <source>该事项不支持%1，请重新选择</source>
        <translation>该事项不支持%1，请重新选择</translation>
    </message>
    <message id="form.future_date">
        <source>%1不能晚于今天</source>
        <translation>%1不能晚于今天</translation>
    </message>
    <message id="form.handling_choose">
        <source>请选择办理地</source>
        <translation>请选择办理地</translation>
    </message>
    <message id="form.handling_unsupported">
        <source>该事项暂不支持在所选地区办理，请重新选择</source>
        <translation>该事项暂不支持在所选地区办理，请重新选择</translation>
    </message>
    <message id="form.locked">
        <source>来自身份证，不可修改</source>
        <translation>来自身份证，不可修改</translation>
    </message>
    <message id="form.materials">
        <source>申请材料</source>
        <translation>申请材料</translation>
    </message>
    <message id="form.next">
        <source>下一步：核对</source>
        <translation>下一步：核对</translation>
    </message>
    <message id="form.not_integer">
        <source>%1应为整数</source>
        <translation>%1应为整数</translation>
    </message>
    <message id="form.not_number">
        <source>%1应为数字</source>
        <translation>%1应为数字</translation>
    </message>
    <message id="form.phone_digits">
        <source>%1应为11位数字</source>
        <translation>%1应为11位数字</translation>
    </message>
    <message id="form.phone_wrong">
        <source>%1不正确，请核对后重新填写</source>
        <translation>%1不正确，请核对后重新填写</translation>
    </message>
    <message id="form.photograph">
        <source>拍照</source>
        <translation>拍照</translation>
    </message>
    <message id="form.please_choose">
        <source>请选择%1</source>
        <translation>请选择%1</translation>
    </message>
    <message id="form.please_fill">
        <source>请填写%1</source>
        <translation>请填写%1</translation>
    </message>
    <message id="form.prefilled_from_card">
        <source>取自身份证（本人收件）</source>
        <translation>取自身份证（本人收件）</translation>
    </message>
    <message id="form.problems">
        <source>还有 %1 处需要补充或修改：</source>
        <translation>还有 %1 处需要补充或修改：</translation>
    </message>
    <message id="form.problems.more">
        <source>· 另有 %1 处，见下方表单中标红的栏目</source>
        <translation>· 另有 %1 处，见下方表单中标红的栏目</translation>
    </message>
    <message id="form.problems.one">
        <source>还有 %1 处需要补充或修改：</source>
        <translation>还有 %1 处需要补充或修改：</translation>
    </message>
    <message id="form.region_level">
        <source>请将%1选择到%2</source>
        <translation>请将%1选择到%2</translation>
    </message>
    <message id="form.replace_recipient">
        <source>改为他人收件</source>
        <translation>改为他人收件</translation>
    </message>
    <message id="form.retake">
        <source>重拍</source>
        <translation>重拍</translation>
    </message>
    <message id="form.too_large">
        <source>%1不能大于%2</source>
        <translation>%1不能大于%2</translation>
    </message>
    <message id="form.too_long">
        <source>%1不能超过%2个字</source>
        <translation>%1不能超过%2个字</translation>
    </message>
    <message id="form.too_short">
        <source>%1至少%2个字</source>
        <translation>%1至少%2个字</translation>
    </message>
    <message id="form.too_small">
        <source>%1不能小于%2</source>
        <translation>%1不能小于%2</translation>
    </message>
    <message id="guide.address">
        <source>地址：%1</source>
        <translation>地址：%1</translation>
    </message>
    <message id="guide.book">
        <source>预约办理</source>
        <translation>预约办理</translation>
    </message>
    <message id="guide.cross_where">
        <source>可在本终端提交，由所选地区办理：%1</source>
        <translation>可在本终端提交，由所选地区办理：%1</translation>
    </message>
    <message id="guide.fee">
        <source>%1：%2元</source>
        <translation>%1：%2元</translation>
    </message>
    <message id="guide.hours">
        <source>办公时间：%1</source>
        <translation>办公时间：%1</translation>
    </message>
    <message id="guide.joint_departments">
        <source>各联办部门</source>
        <translation>各联办部门</translation>
    </message>
    <message id="guide.material_elicense">
        <source>%1（可用电子证照免提交）</source>
        <translation>%1（可用电子证照免提交）</translation>
    </message>
    <message id="guide.no_fee">
        <source>不收费</source>
        <translation>不收费</translation>
    </message>
    <message id="guide.phone">
        <source>咨询电话：%1</source>
        <translation>咨询电话：%1</translation>
    </message>
    <message id="guide.print">
        <source>打印指南</source>
        <translation>打印指南</translation>
    </message>
    <message id="guide.print_failed">
        <source>办事指南打印失败，请联系工作人员。</source>
        <translation>办事指南打印失败，请联系工作人员。</translation>
    </message>
    <message id="guide.printed">
        <source>办事指南已打印，请取走。</source>
        <translation>办事指南已打印，请取走。</translation>
    </message>
    <message id="guide.printing">
        <source>正在打印办事指南…</source>
        <translation>正在打印办事指南…</translation>
    </message>
    <message id="guide.record">
        <source>查询并打印</source>
        <translation>查询并打印</translation>
    </message>
    <message id="guide.record_again">
        <source>再查询打印一次</source>
        <translation>再查询打印一次</translation>
    </message>
    <message id="guide.section.conditions">
        <source>办理条件</source>
        <translation>办理条件</translation>
    </message>
    <message id="guide.section.cross_where">
        <source>跨省通办</source>
        <translation>跨省通办</translation>
    </message>
    <message id="guide.section.delivery">
        <source>结果送达</source>
        <translation>结果送达</translation>
    </message>
    <message id="guide.section.fees">
        <source>收费标准</source>
        <translation>收费标准</translation>
    </message>
    <message id="guide.section.legal_basis">
        <source>设定依据</source>
        <translation>设定依据</translation>
    </message>
    <message id="guide.section.materials">
        <source>所需材料</source>
        <translation>所需材料</translation>
    </message>
    <message id="guide.section.time_limit">
        <source>办理时限</source>
        <translation>办理时限</translation>
    </message>
    <message id="guide.start">
        <source>开始申请</source>
        <translation>开始申请</translation>
    </message>
    <message id="guide.time_limit">
        <source>法定%1，承诺%2</source>
        <translation>法定%1，承诺%2</translation>
    </message>
    <message id="guide.time_limit_bundle">
        <source>承诺%1内全部办结</source>
        <translation>承诺%1内全部办结</translation>
    </message>
    <message id="guide.windows">
        <source>办理窗口</source>
        <translation>办理窗口</translation>
    </message>
    <message id="help.acknowledged">
        <source>工作人员已收到呼叫，正在赶来。</source>
        <translation>工作人员已收到呼叫，正在赶来。</translation>
    </message>
    <message id="help.call">
        <source>呼叫工作人员</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message id="help.calling">
        <source>已呼叫工作人员，请在此稍候。</source>
        <translation>已呼叫工作人员，请在此稍候。</translation>
    </message>
    <message id="help.cancel">
        <source>取消呼叫</source>
        <translation>取消呼叫</translation>
    </message>
    <message id="help.done">
        <source>知道了</source>
        <translation>知道了</translation>
    </message>
    <message id="help.queued">
        <source>网络暂时不通：呼叫已保存在本机，联网后会自动发出。您也可以直接到服务窗口找工作人员。</source>
        <translation>网络暂时不通：呼叫已保存在本机，联网后会自动发出。您也可以直接到服务窗口找工作人员。</translation>
    </message>
    <message id="help.since">
        <source>呼叫时间 %1</source>
        <translation>呼叫时间 %1</translation>
    </message>
    <message id="id.birth">
        <source>%1中的出生日期不存在</source>
        <translation>%1中的出生日期不存在</translation>
    </message>
    <message id="id.characters">
        <source>%1只能包含数字，最后一位可以是X</source>
        <translation>%1只能包含数字，最后一位可以是X</translation>
    </message>
    <message id="id.check">
        <source>%1校验位不正确，请核对后重新输入</source>
        <translation>%1校验位不正确，请核对后重新输入</translation>
    </message>
    <message id="id.length">
        <source>%1应为18位</source>
        <translation>%1应为18位</translation>
    </message>
    <message id="id.region">
        <source>%1前六位不是有效的行政区划代码，请核对后重新输入</source>
        <translation>%1前六位不是有效的行政区划代码，请核对后重新输入</translation>
    </message>
    <message id="identify.body">
        <source>支持居民身份证、港澳台居民居住证、外国人永久居留身份证。
也可以将手机上的个人服务码对准摄像头。</source>
        <translation>支持居民身份证、港澳台居民居住证、外国人永久居留身份证。
也可以将手机上的个人服务码对准摄像头。</translation>
    </message>
    <message id="identify.body_short">
        <source>放身份证，或把手机上的服务码对准摄像头。</source>
        <translation>放身份证，或把手机上的服务码对准摄像头。</translation>
    </message>
    <message id="identify.camera">
        <source>摄像头画面：在此出示服务码</source>
        <translation>摄像头画面：在此出示服务码</translation>
    </message>
    <message id="identify.heading">
        <source>请将身份证放在读卡区</source>
        <translation>请将身份证放在读卡区</translation>
    </message>
    <message id="idle.card_hint">
        <source>也可以直接将身份证放在下方读卡区开始办理</source>
        <translation>也可以直接将身份证放在下方读卡区开始办理</translation>
    </message>
    <message id="idle.elder_off">
        <source>返回标准版</source>
        <translation>返回标准版</translation>
    </message>
    <message id="idle.elder_on">
        <source>长辈版 · 大字 大按钮 有语音</source>
        <translation>长辈版 · 大字 大按钮 有语音</translation>
    </message>
    <message id="idle.heading">
        <source>您好，请选择要办理的事情</source>
        <translation>您好，请选择要办理的事情</translation>
    </message>
    <message id="idle.start_apply">
        <source>办理业务</source>
        <translation>办理业务</translation>
    </message>
    <message id="idle.start_appointment">
        <source>预约办理</source>
        <translation>预约办理</translation>
    </message>
    <message id="idle.start_print">
        <source>证照打印</source>
        <translation>证照打印</translation>
    </message>
    <message id="idle.start_progress">
        <source>查询办件进度</source>
        <translation>查询办件进度</translation>
    </message>
    <message id="idle.start_records">
        <source>社保 · 医保 · 公积金 · 不动产查询打印</source>
        <translation>社保 · 医保 · 公积金 · 不动产查询打印</translation>
    </message>
    <message id="idle.tagline">
        <source>异地业务就近办理 · 办理结果邮寄到家</source>
        <translation>异地业务就近办理 · 办理结果邮寄到家</translation>
    </message>
    <message id="idle.tagline_bank_branch">
        <source>政务服务进网点 · 刷身份证即可查询、打印、预约</source>
        <translation>政务服务进网点 · 刷身份证即可查询、打印、预约</translation>
    </message>
    <message id="keyboard.chinese">
        <source>中文</source>
        <translation>中文</translation>
    </message>
    <message id="keyboard.digits_key">
        <source>数字</source>
        <translation>数字</translation>
    </message>
    <message id="keyboard.english">
        <source>English</source>
        <translation>English</translation>
    </message>
    <message id="license.expired">
        <source>已于 %1 过期</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message id="license.holder">
        <source>持证人：%1</source>
        <translation>持证人：%1</translation>
    </message>
    <message id="license.long_term">
        <source>长期有效</source>
        <translation>长期有效</translation>
    </message>
    <message id="license.qr">
        <source>证照核验二维码</source>
        <translation>证照核验二维码</translation>
    </message>
    <message id="license.qr_hint">
        <source>工作人员扫描二维码可核验证照真伪</source>
        <translation>工作人员扫描二维码可核验证照真伪</translation>
    </message>
    <message id="license.valid_to">
        <source>有效期至 %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message id="licenses.failed">
        <source>暂时无法获取电子证照，请稍后再试</source>
        <translation>暂时无法获取电子证照，请稍后再试</translation>
    </message>
    <message id="licenses.heading">
        <source>以下是您名下可打印的电子证照</source>
        <translation>以下是您名下可打印的电子证照</translation>
    </message>
    <message id="licenses.none">
        <source>没有查到您名下可打印的电子证照</source>
        <translation>没有查到您名下可打印的电子证照</translation>
    </message>
    <message id="licenses.print">
        <source>打印</source>
        <translation>打印</translation>
    </message>
    <message id="licenses.querying">
        <source>正在查询您名下的电子证照…</source>
        <translation>正在查询您名下的电子证照…</translation>
    </message>
    <message id="licenses.show">
        <source>亮证</source>
        <translation>亮证</translation>
    </message>
    <message id="link.checking">
        <source>正在连接服务平台</source>
        <translation>正在连接服务平台</translation>
    </message>
    <message id="link.down">
        <source>离线受理中</source>
        <translation>离线受理中</translation>
    </message>
    <message id="link.up">
        <source>平台已连接</source>
        <translation>平台已连接</translation>
    </message>
    <message id="list.colon">
        <source>：</source>
        <translation>：</translation>
    </message>
    <message id="list.semicolon">
        <source>；</source>
        <translation>；</translation>
    </message>
    <message id="list.separator">
        <source>、</source>
        <translation>、</translation>
    </message>
    <message id="materials.missing_one">
        <source>缺少此项材料，请拍照上传</source>
        <translation>缺少此项材料，请拍照上传</translation>
    </message>
    <message id="materials.optional">
        <source>可选，请拍照上传</source>
        <translation>可选，请拍照上传</translation>
    </message>
    <message id="materials.photo">
        <source>请拍照上传</source>
        <translation>请拍照上传</translation>
    </message>
    <message id="materials.photographed">
        <source>已拍照</source>
        <translation>已拍照</translation>
    </message>
    <message id="materials.waived">
        <source>免提交（已调取电子证照）</source>
        <translation>免提交（已调取电子证照）</translation>
    </message>
    <message id="notice.materials_missing">
        <source>还缺少材料：%1。请点“拍照”上传。</source>
        <translation>还缺少材料：%1。请点“拍照”上传。</translation>
    </message>
    <message id="notice.pledge_needed">
        <source>请阅读并勾选告知承诺后再提交。</source>
        <translation>请阅读并勾选告知承诺后再提交。</translation>
    </message>
    <message id="notice.rate_needs_reason">
        <source>请选择不满意的原因，帮助我们改进服务。</source>
        <translation>请选择不满意的原因，帮助我们改进服务。</translation>
    </message>
    <message id="notice.service_not_at_terminal">
        <source>该事项暂不支持在自助终端办理，请按办事指南到窗口办理。</source>
        <translation>该事项暂不支持在自助终端办理，请按办事指南到窗口办理。</translation>
    </message>
    <message id="notice.signature_empty">
        <source>请在框内用手指写下您的签名</source>
        <translation>请在框内用手指写下您的签名</translation>
    </message>
    <message id="notice.signature_too_short">
        <source>签名太短，请完整写下您的姓名</source>
        <translation>签名太短，请完整写下您的姓名</translation>
    </message>
    <message id="notice.storage_full">
        <source>终端存储空间已满，暂时无法受理新的申请，请联系工作人员。</source>
        <translation>终端存储空间已满，暂时无法受理新的申请，请联系工作人员。</translation>
    </message>
    <message id="notice.store_failed">
        <source>终端暂时无法保存申请，请稍后再试或联系工作人员。您填写的内容未丢失。</source>
        <translation>终端暂时无法保存申请，请稍后再试或联系工作人员。您填写的内容未丢失。</translation>
    </message>
    <message id="notice.submitted">
        <source>申请已受理，材料已安全保存在本终端，网络恢复后将自动上报。</source>
        <translation>申请已受理，材料已安全保存在本终端，网络恢复后将自动上报。</translation>
    </message>
    <message id="offer.english_accept">
        <source>English</source>
        <translation>English</translation>
    </message>
    <message id="offer.english_decline">
        <source>继续使用中文</source>
        <translation>继续使用中文</translation>
    </message>
    <message id="offer.english_question">
        <source>Would you like to continue in English?
是否使用英文继续办理？</source>
        <translation>Would you like to continue in English?
是否使用英文继续办理？</translation>
    </message>
    <message id="page.blurry">
        <source>画面模糊，请保持材料不动，稍等片刻再拍</source>
        <translation>画面模糊，请保持材料不动，稍等片刻再拍</translation>
    </message>
    <message id="page.captured">
        <source>已拍好“%1”。如不清楚可点“重拍”。</source>
        <translation>已拍好“%1”。如不清楚可点“重拍”。</translation>
    </message>
    <message id="page.capturing">
        <source>正在拍摄“%1”，请保持材料平放不动…</source>
        <translation>正在拍摄“%1”，请保持材料平放不动…</translation>
    </message>
    <message id="page.failed">
        <source>拍照失败，请重试或联系工作人员</source>
        <translation>拍照失败，请重试或联系工作人员</translation>
    </message>
    <message id="page.glare">
        <source>材料反光，请稍微倾斜材料或避开灯光</source>
        <translation>材料反光，请稍微倾斜材料或避开灯光</translation>
    </message>
    <message id="page.no_camera">
        <source>摄像头暂时不可用，请联系工作人员</source>
        <translation>摄像头暂时不可用，请联系工作人员</translation>
    </message>
    <message id="page.no_camera_configured">
        <source>本终端没有配置拍照设备，请到窗口提交纸质材料</source>
        <translation>本终端没有配置拍照设备，请到窗口提交纸质材料</translation>
    </message>
    <message id="page.no_page">
        <source>没有找到材料，请将材料平放在拍摄区内，四个角都要露出来</source>
        <translation>没有找到材料，请将材料平放在拍摄区内，四个角都要露出来</translation>
    </message>
    <message id="page.too_dark">
        <source>光线太暗，请把材料移到亮处</source>
        <translation>光线太暗，请把材料移到亮处</translation>
    </message>
    <message id="page.too_large">
        <source>照片无法压缩到可上传的大小，请到窗口提交该材料</source>
        <translation>照片无法压缩到可上传的大小，请到窗口提交该材料</translation>
    </message>
    <message id="page.too_small">
        <source>材料太小，请把材料靠近镜头，放满取景框</source>
        <translation>材料太小，请把材料靠近镜头，放满取景框</translation>
    </message>
    <message id="pledge.truthful.v1">
        <source>本人承诺：所填信息及所交材料真实、准确、完整、有效，如有不实，愿承担相应法律责任。</source>
        <translation>本人承诺：所填信息及所交材料真实、准确、完整、有效，如有不实，愿承担相应法律责任。</translation>
    </message>
    <message id="print.done">
        <source>打印完成，请取走您的文件。</source>
        <translation>打印完成，请取走您的文件。</translation>
    </message>
    <message id="print.kept">
        <source>请联系现场工作人员处理，您的文件已保存，可稍后补打。</source>
        <translation>请联系现场工作人员处理，您的文件已保存，可稍后补打。</translation>
    </message>
    <message id="print.license_failed">
        <source>证照打印失败，请联系工作人员。</source>
        <translation>证照打印失败，请联系工作人员。</translation>
    </message>
    <message id="print.license_printing">
        <source>正在打印%1…</source>
        <translation>正在打印%1…</translation>
    </message>
    <message id="print.problem.aborted">
        <source>打印失败。</source>
        <translation>打印失败。</translation>
    </message>
    <message id="print.problem.canceled">
        <source>打印已取消。</source>
        <translation>打印已取消。</translation>
    </message>
    <message id="print.problem.cover-open">
        <source>打印机舱门未关好。</source>
        <translation>打印机舱门未关好。</translation>
    </message>
    <message id="print.problem.door-open">
        <source>打印机舱门未关好。</source>
        <translation>打印机舱门未关好。</translation>
    </message>
    <message id="print.problem.error">
        <source>打印机故障。</source>
        <translation>打印机故障。</translation>
    </message>
    <message id="print.problem.input-tray-missing">
        <source>打印机纸盒未装好。</source>
        <translation>打印机纸盒未装好。</translation>
    </message>
    <message id="print.problem.marker-supply-empty">
        <source>打印机墨粉已用完。</source>
        <translation>打印机墨粉已用完。</translation>
    </message>
    <message id="print.problem.media-empty">
        <source>打印机缺纸。</source>
        <translation>打印机缺纸。</translation>
    </message>
    <message id="print.problem.media-jam">
        <source>打印机卡纸。</source>
        <translation>打印机卡纸。</translation>
    </message>
    <message id="print.problem.no-queue">
        <source>打印机尚未配置。</source>
        <translation>打印机尚未配置。</translation>
    </message>
    <message id="print.problem.no-scheduler">
        <source>打印服务未运行。</source>
        <translation>打印服务未运行。</translation>
    </message>
    <message id="print.problem.no-status">
        <source>打印机没有应答状态查询。</source>
        <translation>打印机没有应答状态查询。</translation>
    </message>
    <message id="print.problem.offline">
        <source>打印机未连接。</source>
        <translation>打印机未连接。</translation>
    </message>
    <message id="print.problem.output-area-full">
        <source>打印机出纸口已满。</source>
        <translation>打印机出纸口已满。</translation>
    </message>
    <message id="print.problem.paused">
        <source>打印机暂停服务。</source>
        <translation>打印机暂停服务。</translation>
    </message>
    <message id="print.problem.rejecting">
        <source>打印机暂停受理打印任务。</source>
        <translation>打印机暂停受理打印任务。</translation>
    </message>
    <message id="print.problem.render">
        <source>证照信息中有本机无法打印的字，请到服务窗口打印。</source>
        <translation>证照信息中有本机无法打印的字，请到服务窗口打印。</translation>
    </message>
    <message id="print.problem.toner-empty">
        <source>打印机墨粉已用完。</source>
        <translation>打印机墨粉已用完。</translation>
    </message>
    <message id="print.problem.unconfirmed">
        <source>无法确认是否已打印完成。</source>
        <translation>无法确认是否已打印完成。</translation>
    </message>
    <message id="print.problem.unreachable">
        <source>打印机没有响应。</source>
        <translation>打印机没有响应。</translation>
    </message>
    <message id="print.receipt_failed">
        <source>回执打印失败，请记下屏幕上的受理编号，或联系工作人员补打。</source>
        <translation>回执打印失败，请记下屏幕上的受理编号，或联系工作人员补打。</translation>
    </message>
    <message id="print.receipt_printing">
        <source>正在打印回执…</source>
        <translation>正在打印回执…</translation>
    </message>
    <message id="progress.cached">
        <source>网络不通，显示的是 %1 分钟前的记录</source>
        <translation>网络不通，显示的是 %1 分钟前的记录</translation>
    </message>
    <message id="progress.cached.one">
        <source>网络不通，显示的是 %1 分钟前的记录</source>
        <translation>网络不通，显示的是 %1 分钟前的记录</translation>
    </message>
    <message id="progress.code_bad_char">
        <source>编号只含数字和字母（没有 I、L、O、U），请核对。</source>
        <translation>编号只含数字和字母（没有 I、L、O、U），请核对。</translation>
    </message>
    <message id="progress.code_check">
        <source>编号校验不通过，可能有字符输错，请核对。</source>
        <translation>编号校验不通过，可能有字符输错，请核对。</translation>
    </message>
    <message id="progress.code_long">
        <source>编号太长，受理编号共 12 位。</source>
        <translation>编号太长，受理编号共 12 位。</translation>
    </message>
    <message id="progress.enter_number">
        <source>请输入受理编号，或扫描回执上的二维码</source>
        <translation>请输入受理编号，或扫描回执上的二维码</translation>
    </message>
    <message id="progress.failed">
        <source>查询失败，请稍后再试</source>
        <translation>查询失败，请稍后再试</translation>
    </message>
    <message id="progress.instruction">
        <source>请扫描回执上的二维码，或输入受理编号</source>
        <translation>请扫描回执上的二维码，或输入受理编号</translation>
    </message>
    <message id="progress.mine">
        <source>我的办件</source>
        <translation>我的办件</translation>
    </message>
    <message id="progress.name_loading">
        <source>正在加载事项名称…</source>
        <translation>正在加载事项名称…</translation>
    </message>
    <message id="progress.name_unknown">
        <source>政务服务事项</source>
        <translation>政务服务事项</translation>
    </message>
    <message id="progress.none_mine">
        <source>没有查到您名下的办件。</source>
        <translation>没有查到您名下的办件。</translation>
    </message>
    <message id="progress.not_found">
        <source>没有找到该受理编号，请核对后重新输入</source>
        <translation>没有找到该受理编号，请核对后重新输入</translation>
    </message>
    <message id="progress.not_here">
        <source>本终端暂不能查询进度</source>
        <translation>本终端暂不能查询进度</translation>
    </message>
    <message id="progress.not_yet">
        <source>平台上还没有该受理编号。刚在终端提交的申请会在网络恢复后上报，请稍后再查。</source>
        <translation>平台上还没有该受理编号。刚在终端提交的申请会在网络恢复后上报，请稍后再查。</translation>
    </message>
    <message id="progress.number">
        <source>受理编号</source>
        <translation>受理编号</translation>
    </message>
    <message id="progress.platform_down">
        <source>暂时无法连接服务平台，也没有该编号的离线记录，请稍后再试</source>
        <translation>暂时无法连接服务平台，也没有该编号的离线记录，请稍后再试</translation>
    </message>
    <message id="progress.query">
        <source>查询</source>
        <translation>查询</translation>
    </message>
    <message id="progress.querying">
        <source>正在查询…</source>
        <translation>正在查询…</translation>
    </message>
    <message id="rate.heading">
        <source>请为本次服务评价（好差评）</source>
        <translation>请为本次服务评价（好差评）</translation>
    </message>
    <message id="rate.level_1">
        <source>非常不满意</source>
        <translation>非常不满意</translation>
    </message>
    <message id="rate.level_2">
        <source>不满意</source>
        <translation>不满意</translation>
    </message>
    <message id="rate.level_3">
        <source>基本满意</source>
        <translation>基本满意</translation>
    </message>
    <message id="rate.level_4">
        <source>满意</source>
        <translation>满意</translation>
    </message>
    <message id="rate.level_5">
        <source>非常满意</source>
        <translation>非常满意</translation>
    </message>
    <message id="rate.reason_broken">
        <source>设备故障</source>
        <translation>设备故障</translation>
    </message>
    <message id="rate.reason_complex">
        <source>操作太复杂</source>
        <translation>操作太复杂</translation>
    </message>
    <message id="rate.reason_other">
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message id="rate.reason_unclear">
        <source>看不懂说明</source>
        <translation>看不懂说明</translation>
    </message>
    <message id="rate.reason_waiting">
        <source>等待时间长</source>
        <translation>等待时间长</translation>
    </message>
    <message id="rate.skip">
        <source>跳过</source>
        <translation>跳过</translation>
    </message>
    <message id="rate.submit">
        <source>提交评价</source>
        <translation>提交评价</translation>
    </message>
    <message id="receipt.accepted">
        <source>申请已受理</source>
        <translation>申请已受理</translation>
    </message>
    <message id="receipt.delivery.ems">
        <source>办结后通过 EMS 邮寄到您填写的地址，寄出时短信通知您。</source>
        <translation>办结后通过 EMS 邮寄到您填写的地址，寄出时短信通知您。</translation>
    </message>
    <message id="receipt.delivery.online">
        <source>办结后可在“一网通办”网上领取电子证照，短信通知您。</source>
        <translation>办结后可在“一网通办”网上领取电子证照，短信通知您。</translation>
    </message>
    <message id="receipt.delivery.pickup">
        <source>办结后请到窗口领取：%1</source>
        <translation>办结后请到窗口领取：%1</translation>
    </message>
    <message id="receipt.next">
        <source>接下来</source>
        <translation>接下来</translation>
    </message>
    <message id="receipt.qr">
        <source>受理编号二维码</source>
        <translation>受理编号二维码</translation>
    </message>
    <message id="receipt.reprint">
        <source>重新打印回执</source>
        <translation>重新打印回执</translation>
    </message>
    <message id="receipt.same_day">
        <source>即办件：当天办结。</source>
        <translation>即办件：当天办结。</translation>
    </message>
    <message id="receipt.scan_hint">
        <source>在任一自助终端扫描二维码或输入受理编号，可查询办理进度。</source>
        <translation>在任一自助终端扫描二维码或输入受理编号，可查询办理进度。</translation>
    </message>
    <message id="receipt.time_limit">
        <source>承诺 %1 个工作日内办结。</source>
        <translation>承诺 %1 个工作日内办结。</translation>
    </message>
    <message id="receipt.time_limit.one">
        <source>承诺 %1 个工作日内办结。</source>
        <translation>承诺 %1 个工作日内办结。</translation>
    </message>
    <message id="receipt.tracking_number">
        <source>受理编号</source>
        <translation>受理编号</translation>
    </message>
    <message id="records.offline">
        <source>暂时无法连接服务平台，不能查询。请稍后再试。</source>
        <translation>暂时无法连接服务平台，不能查询。请稍后再试。</translation>
    </message>
    <message id="records.print_failed">
        <source>记录已显示在屏幕上，但打印失败，请联系工作人员。</source>
        <translation>记录已显示在屏幕上，但打印失败，请联系工作人员。</translation>
    </message>
    <message id="region.city">
        <source>市</source>
        <translation>市</translation>
    </message>
    <message id="region.county">
        <source>区县</source>
        <translation>区县</translation>
    </message>
    <message id="region.province">
        <source>省（自治区、直辖市）</source>
        <translation>省（自治区、直辖市）</translation>
    </message>
    <message id="review.back">
        <source>返回修改</source>
        <translation>返回修改</translation>
    </message>
    <message id="review.clear_signature">
        <source>清除重写</source>
        <translation>清除重写</translation>
    </message>
    <message id="review.exit_confirm">
        <source>确定退出</source>
        <translation>确定退出</translation>
    </message>
    <message id="review.exit_keep">
        <source>继续办理</source>
        <translation>继续办理</translation>
    </message>
    <message id="review.exit_question">
        <source>退出将清除您已填写的信息，确定退出吗？</source>
        <translation>退出将清除您已填写的信息，确定退出吗？</translation>
    </message>
    <message id="review.heading">
        <source>请核对以下信息，确认无误后提交</source>
        <translation>请核对以下信息，确认无误后提交</translation>
    </message>
    <message id="review.hide">
        <source>隐藏完整信息</source>
        <translation>隐藏完整信息</translation>
    </message>
    <message id="review.reveal">
        <source>显示完整信息（仅限本人查看）</source>
        <translation>显示完整信息（仅限本人查看）</translation>
    </message>
    <message id="review.service">
        <source>办理事项</source>
        <translation>办理事项</translation>
    </message>
    <message id="review.sign_below">
        <source>请在下方签名确认</source>
        <translation>请在下方签名确认</translation>
    </message>
    <message id="review.sign_here">
        <source>请在此处签名</source>
        <translation>请在此处签名</translation>
    </message>
    <message id="review.signature_pad">
        <source>签名区：用手指在此书写您的姓名</source>
        <translation>签名区：用手指在此书写您的姓名</translation>
    </message>
    <message id="review.submit">
        <source>确认提交</source>
        <translation>确认提交</translation>
    </message>
    <message id="speech.appointment">
        <source>请选择日期和时间，预约到窗口办理。</source>
        <translation>请选择日期和时间，预约到窗口办理。</translation>
    </message>
    <message id="speech.card_expired">
        <source>证件已过期，请使用有效证件。</source>
        <translation>证件已过期，请使用有效证件。</translation>
    </message>
    <message id="speech.choose_service">
        <source>请选择要办理的事项，也可以输入名称搜索。</source>
        <translation>请选择要办理的事项，也可以输入名称搜索。</translation>
    </message>
    <message id="speech.form">
        <source>请填写申请，带星号的必须填写。</source>
        <translation>请填写申请，带星号的必须填写。</translation>
    </message>
    <message id="speech.form_errors">
        <source>有几项需要修改，请看红色文字的提示。</source>
        <translation>有几项需要修改，请看红色文字的提示。</translation>
    </message>
    <message id="speech.guide">
        <source>请阅读办事指南，然后点开始申请。</source>
        <translation>请阅读办事指南，然后点开始申请。</translation>
    </message>
    <message id="speech.help_acknowledged">
        <source>工作人员已收到呼叫，正在赶来。</source>
        <translation>工作人员已收到呼叫，正在赶来。</translation>
    </message>
    <message id="speech.help_called">
        <source>已呼叫工作人员，请在此稍候。</source>
        <translation>已呼叫工作人员，请在此稍候。</translation>
    </message>
    <message id="speech.help_queued">
        <source>网络暂时不通，呼叫已保存，联网后自动发出。您也可以到服务窗口找工作人员。</source>
        <translation>网络暂时不通，呼叫已保存，联网后自动发出。您也可以到服务窗口找工作人员。</translation>
    </message>
    <message id="speech.identify">
        <source>请将身份证放在读卡区。</source>
        <translation>请将身份证放在读卡区。</translation>
    </message>
    <message id="speech.idle">
        <source>您好，请选择要办理的事情。也可以直接把身份证放在读卡区。</source>
        <translation>您好，请选择要办理的事情。也可以直接把身份证放在读卡区。</translation>
    </message>
    <message id="speech.language_offer">
        <source>Would you like to continue in English? Tap English.</source>
        <translation>Would you like to continue in English? Tap English.</translation>
    </message>
    <message id="speech.license_added">
        <source>已添加电子证照。</source>
        <translation>已添加电子证照。</translation>
    </message>
    <message id="speech.license_printing">
        <source>正在打印，请稍候。</source>
        <translation>正在打印，请稍候。</translation>
    </message>
    <message id="speech.materials_missing">
        <source>还缺少材料，请点拍照上传。</source>
        <translation>还缺少材料，请点拍照上传。</translation>
    </message>
    <message id="speech.page_captured">
        <source>已拍好。如不清楚可以重拍。</source>
        <translation>已拍好。如不清楚可以重拍。</translation>
    </message>
    <message id="speech.page_capturing">
        <source>正在拍照，请保持材料平放不动。</source>
        <translation>正在拍照，请保持材料平放不动。</translation>
    </message>
    <message id="speech.print_certificate">
        <source>请选择要打印的电子证照。</source>
        <translation>请选择要打印的电子证照。</translation>
    </message>
    <message id="speech.progress_cached">
        <source>网络不通，显示的是较早的记录。</source>
        <translation>网络不通，显示的是较早的记录。</translation>
    </message>
    <message id="speech.query_progress">
        <source>请扫描回执上的二维码，或输入受理编号。</source>
        <translation>请扫描回执上的二维码，或输入受理编号。</translation>
    </message>
    <message id="speech.rate">
        <source>请为本次服务评价。</source>
        <translation>请为本次服务评价。</translation>
    </message>
    <message id="speech.receipt">
        <source>申请已受理。请取走回执，并保管好受理编号。</source>
        <translation>申请已受理。请取走回执，并保管好受理编号。</translation>
    </message>
    <message id="speech.review">
        <source>请核对信息，确认无误后点确认提交。</source>
        <translation>请核对信息，确认无误后点确认提交。</translation>
    </message>
    <message id="speech.see_screen">
        <source>请看屏幕上的提示。</source>
        <translation>请看屏幕上的提示。</translation>
    </message>
    <message id="speech.submit">
        <source>正在保存您的申请，请稍候。</source>
        <translation>正在保存您的申请，请稍候。</translation>
    </message>
    <message id="status.accepted">
        <source>属地部门已受理</source>
        <translation>属地部门已受理</translation>
    </message>
    <message id="status.completed">
        <source>已办结</source>
        <translation>已办结</translation>
    </message>
    <message id="status.forwarded">
        <source>已转至属地办理部门</source>
        <translation>已转至属地办理部门</translation>
    </message>
    <message id="status.received">
        <source>已收件</source>
        <translation>已收件</translation>
    </message>
    <message id="submit.saving">
        <source>正在保存您的申请，请稍候</source>
        <translation>正在保存您的申请，请稍候</translation>
    </message>
    <message id="tech.bundle.export">
        <source>导出诊断包</source>
        <translation>导出诊断包</translation>
    </message>
    <message id="tech.bundle.failed">
        <source>导出失败：%1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message id="tech.bundle.folder">
        <source>保存到文件夹：</source>
        <translation>保存到文件夹：</translation>
    </message>
    <message id="tech.bundle.need_folder">
        <source>请选择或输入一个绝对路径的文件夹</source>
        <translation>请选择或输入一个绝对路径的文件夹</translation>
    </message>
    <message id="tech.bundle.saved">
        <source>诊断包已保存：%1</source>
        <translation>诊断包已保存：%1</translation>
    </message>
    <message id="tech.bundle.title">
        <source>导出诊断包（配置已去除密钥，日志已脱敏）</source>
        <translation>导出诊断包（配置已去除密钥，日志已脱敏）</translation>
    </message>
    <message id="tech.bundle.working">
        <source>正在生成诊断包…</source>
        <translation>正在生成诊断包…</translation>
    </message>
    <message id="tech.choice.bank_branch">
        <source>银行网点</source>
        <translation>银行网点</translation>
    </message>
    <message id="tech.choice.en_US">
        <source>英文</source>
        <translation>英文</translation>
    </message>
    <message id="tech.choice.service_hall">
        <source>政务服务大厅</source>
        <translation>政务服务大厅</translation>
    </message>
    <message id="tech.choice.zh_CN">
        <source>简体中文</source>
        <translation>简体中文</translation>
    </message>
    <message id="tech.device.camera">
        <source>摄像头</source>
        <translation>摄像头</translation>
    </message>
    <message id="tech.device.disk">
        <source>磁盘空间</source>
        <translation>磁盘空间</translation>
    </message>
    <message id="tech.device.idcard">
        <source>身份证阅读器</source>
        <translation>身份证阅读器</translation>
    </message>
    <message id="tech.device.outbox">
        <source>待上报队列</source>
        <translation>待上报队列</translation>
    </message>
    <message id="tech.device.platform">
        <source>服务平台</source>
        <translation>服务平台</translation>
    </message>
    <message id="tech.device.printer">
        <source>打印机</source>
        <translation>打印机</translation>
    </message>
    <message id="tech.device.receipt_printer">
        <source>凭条打印机</source>
        <translation>凭条打印机</translation>
    </message>
    <message id="tech.device.scanner">
        <source>扫码器</source>
        <translation>扫码器</translation>
    </message>
    <message id="tech.enrol.bad_answer">
        <source>平台应答异常，请联系平台运维</source>
        <translation>平台应答异常，请联系平台运维</translation>
    </message>
    <message id="tech.enrol.code_expired">
        <source>此登记码已过期，请向平台申请新的登记码</source>
        <translation>此登记码已过期，请向平台申请新的登记码</translation>
    </message>
    <message id="tech.enrol.code_label">
        <source>登记码：</source>
        <translation>登记码：</translation>
    </message>
    <message id="tech.enrol.code_used">
        <source>此登记码已被使用，请向平台申请新的登记码</source>
        <translation>此登记码已被使用，请向平台申请新的登记码</translation>
    </message>
    <message id="tech.enrol.empty_code">
        <source>请先输入登记码</source>
        <translation>请先输入登记码</translation>
    </message>
    <message id="tech.enrol.enrol">
        <source>登记本终端</source>
        <translation>登记本终端</translation>
    </message>
    <message id="tech.enrol.enrolled">
        <source>已登记：终端 %1，%2，密钥 %3（%4）</source>
        <translation>已登记：终端 %1，%2，密钥 %3（%4）</translation>
    </message>
    <message id="tech.enrol.installed">
        <source>已安装密钥 %1（手工安装，未经登记码登记）</source>
        <translation>已安装密钥 %1（手工安装，未经登记码登记）</translation>
    </message>
    <message id="tech.enrol.not_enrolled">
        <source>本终端未登记，不会上报任何数据。请输入平台下发的一次性登记码。</source>
        <translation>本终端未登记，不会上报任何数据。请输入平台下发的一次性登记码。</translation>
    </message>
    <message id="tech.enrol.not_written">
        <source>密钥文件无法写入，请检查存储</source>
        <translation>密钥文件无法写入，请检查存储</translation>
    </message>
    <message id="tech.enrol.ok">
        <source>登记成功，已开始上报</source>
        <translation>登记成功，已开始上报</translation>
    </message>
    <message id="tech.enrol.refused">
        <source>平台拒绝了请求，请联系平台运维</source>
        <translation>平台拒绝了请求，请联系平台运维</translation>
    </message>
    <message id="tech.enrol.rotate">
        <source>更换密钥</source>
        <translation>更换密钥</translation>
    </message>
    <message id="tech.enrol.rotated">
        <source>密钥已更换，旧密钥在过渡期内仍有效</source>
        <translation>密钥已更换，旧密钥在过渡期内仍有效</translation>
    </message>
    <message id="tech.enrol.tab">
        <source>终端登记</source>
        <translation>终端登记</translation>
    </message>
    <message id="tech.enrol.title">
        <source>终端登记与密钥</source>
        <translation>终端登记与密钥</translation>
    </message>
    <message id="tech.enrol.unknown_code">
        <source>登记码不正确，请核对后重新输入</source>
        <translation>登记码不正确，请核对后重新输入</translation>
    </message>
    <message id="tech.enrol.unreachable">
        <source>无法连接平台，请检查网络后重试</source>
        <translation>无法连接平台，请检查网络后重试</translation>
    </message>
    <message id="tech.enrol.working">
        <source>正在联系平台…</source>
        <translation>正在联系平台…</translation>
    </message>
    <message id="tech.exit">
        <source>退出维护</source>
        <translation>退出维护</translation>
    </message>
    <message id="tech.label.camera.device">
        <source>摄像头</source>
        <translation>摄像头</translation>
    </message>
    <message id="tech.label.idcard.port">
        <source>身份证阅读器串口</source>
        <translation>身份证阅读器串口</translation>
    </message>
    <message id="tech.label.platform.key_file">
        <source>终端密钥文件</source>
        <translation>终端密钥文件</translation>
    </message>
    <message id="tech.label.platform.url">
        <source>平台地址</source>
        <translation>平台地址</translation>
    </message>
    <message id="tech.label.printer.queue">
        <source>打印队列</source>
        <translation>打印队列</translation>
    </message>
    <message id="tech.label.session.idle_timeout_s">
        <source>无操作退出（秒）</source>
        <translation>无操作退出（秒）</translation>
    </message>
    <message id="tech.label.terminal.id">
        <source>终端编号</source>
        <translation>终端编号</translation>
    </message>
    <message id="tech.label.terminal.language">
        <source>默认语言</source>
        <translation>默认语言</translation>
    </message>
    <message id="tech.label.terminal.site_profile">
        <source>站点类型</source>
        <translation>站点类型</translation>
    </message>
    <message id="tech.outbox.attempts">
        <source>尝试 %1 次 · %2</source>
        <translation>尝试 %1 次 · %2</translation>
    </message>
    <message id="tech.outbox.dead_title">
        <source>平台拒收的项目（%1）</source>
        <translation>平台拒收的项目（%1）</translation>
    </message>
    <message id="tech.outbox.no_dead">
        <source>没有被拒收的项目</source>
        <translation>没有被拒收的项目</translation>
    </message>
    <message id="tech.outbox.none">
        <source>本终端未接入待上报队列</source>
        <translation>本终端未接入待上报队列</translation>
    </message>
    <message id="tech.outbox.not_dead">
        <source>%1 不是失败项</source>
        <translation>%1 不是失败项</translation>
    </message>
    <message id="tech.outbox.reason">
        <source>原因：%1</source>
        <translation>原因：%1</translation>
    </message>
    <message id="tech.outbox.requeued">
        <source>已重新排队</source>
        <translation>已重新排队</translation>
    </message>
    <message id="tech.outbox.requeued_n">
        <source>已重新排队 %1 项</source>
        <translation>已重新排队 %1 项</translation>
    </message>
    <message id="tech.outbox.requeued_n.one">
        <source>已重新排队 %1 项</source>
        <translation>已重新排队 %1 项</translation>
    </message>
    <message id="tech.outbox.retry">
        <source>重发</source>
        <translation>重发</translation>
    </message>
    <message id="tech.outbox.retry_all">
        <source>全部重发</source>
        <translation>全部重发</translation>
    </message>
    <message id="tech.outbox.sync_asked">
        <source>已要求立即同步</source>
        <translation>已要求立即同步</translation>
    </message>
    <message id="tech.outbox.sync_not_running">
        <source>同步线程未运行</source>
        <translation>同步线程未运行</translation>
    </message>
    <message id="tech.outbox.sync_now">
        <source>立即同步</source>
        <translation>立即同步</translation>
    </message>
    <message id="tech.outbox_counts">
        <source>待上报 %1 项，失败 %2 项</source>
        <translation>待上报 %1 项，失败 %2 项</translation>
    </message>
    <message id="tech.outbox_last_success">
        <source>上次成功上报 %1</source>
        <translation>上次成功上报 %1</translation>
    </message>
    <message id="tech.outbox_never_sent">
        <source>尚未成功上报过</source>
        <translation>尚未成功上报过</translation>
    </message>
    <message id="tech.outbox_oldest">
        <source>最早一项已等待 %1 秒</source>
        <translation>最早一项已等待 %1 秒</translation>
    </message>
    <message id="tech.pin.cancel">
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message id="tech.pin.delete">
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message id="tech.pin.enter">
        <source>请输入维护密码</source>
        <translation>请输入维护密码</translation>
    </message>
    <message id="tech.pin.locked">
        <source>密码错误次数过多，请 %1 分钟后再试</source>
        <translation>密码错误次数过多，请 %1 分钟后再试</translation>
    </message>
    <message id="tech.pin.locked.one">
        <source>密码错误次数过多，请 %1 分钟后再试</source>
        <translation>密码错误次数过多，请 %1 分钟后再试</translation>
    </message>
    <message id="tech.pin.not_set">
        <source>本终端未设置维护密码，请使用 kiosk technician set-pin 设置</source>
        <translation>本终端未设置维护密码，请使用 kiosk technician set-pin 设置</translation>
    </message>
    <message id="tech.pin.ok">
        <source>确定</source>
        <translation>确定</translation>
    </message>
    <message id="tech.pin.title">
        <source>维护人员登录</source>
        <translation>维护人员登录</translation>
    </message>
    <message id="tech.pin.wrong">
        <source>密码错误，还可尝试 %1 次</source>
        <translation>密码错误，还可尝试 %1 次</translation>
    </message>
    <message id="tech.pin.wrong.one">
        <source>密码错误，还可尝试 %1 次</source>
        <translation>密码错误，还可尝试 %1 次</translation>
    </message>
    <message id="tech.platform_reachable">
        <source>平台可达</source>
        <translation>平台可达</translation>
    </message>
    <message id="tech.platform_refused.clock">
        <source>平台拒收：本终端时钟偏差过大</source>
        <translation>平台拒收：本终端时钟偏差过大</translation>
    </message>
    <message id="tech.platform_refused.key">
        <source>平台拒收：本终端的密钥未被接受，请重新登记</source>
        <translation>平台拒收：本终端的密钥未被接受，请重新登记</translation>
    </message>
    <message id="tech.platform_refused.not_enrolled">
        <source>平台拒收：本终端未登记</source>
        <translation>平台拒收：本终端未登记</translation>
    </message>
    <message id="tech.platform_unreachable">
        <source>平台不可达</source>
        <translation>平台不可达</translation>
    </message>
    <message id="tech.refused.damaged">
        <source>本机保存的记录已损坏，无法读出，发不出去</source>
        <translation>本机保存的记录已损坏，无法读出，发不出去</translation>
    </message>
    <message id="tech.refused.gone">
        <source>该项对应的事项在平台上已停办</source>
        <translation>该项对应的事项在平台上已停办</translation>
    </message>
    <message id="tech.refused.invalid">
        <source>平台认为内容不符合要求，没有收下；重发前请核对该项</source>
        <translation>平台认为内容不符合要求，没有收下；重发前请核对该项</translation>
    </message>
    <message id="tech.refused.not_found">
        <source>平台上找不到接收该项的入口（可能已停办或平台地址有误）</source>
        <translation>平台上找不到接收该项的入口（可能已停办或平台地址有误）</translation>
    </message>
    <message id="tech.refused.other">
        <source>平台拒收了该项，重发也不会改变结果（详见下方代码）</source>
        <translation>平台拒收了该项，重发也不会改变结果（详见下方代码）</translation>
    </message>
    <message id="tech.refused.too_large">
        <source>内容太大，平台不收</source>
        <translation>内容太大，平台不收</translation>
    </message>
    <message id="tech.refused.unknown">
        <source>未能送达（详见下方说明）</source>
        <translation>未能送达（详见下方说明）</translation>
    </message>
    <message id="tech.setting.bad_terminal_id">
        <source>终端编号须为 3–32 位大写字母、数字或连字符，且以字母或数字开头（收到 %1）</source>
        <translation>终端编号须为 3–32 位大写字母、数字或连字符，且以字母或数字开头（收到 %1）</translation>
    </message>
    <message id="tech.setting.bad_url">
        <source>平台地址须为 http:// 或 https:// 开头的完整地址（收到 %1）</source>
        <translation>平台地址须为 http:// 或 https:// 开头的完整地址（收到 %1）</translation>
    </message>
    <message id="tech.setting.device_access">
        <source>%1 %2 无读写权限（请把 kiosk 用户加入 dialout/video 组）</source>
        <translation>%1 %2 无读写权限（请把 kiosk 用户加入 dialout/video 组）</translation>
    </message>
    <message id="tech.setting.empty">
        <source>不能为空</source>
        <translation>不能为空</translation>
    </message>
    <message id="tech.setting.invalid">
        <source>数值无效：%1（收到 %2）</source>
        <translation>数值无效：%1（收到 %2）</translation>
    </message>
    <message id="tech.setting.key_empty">
        <source>密钥文件 %1 是空文件</source>
        <translation>密钥文件 %1 是空文件</translation>
    </message>
    <message id="tech.setting.key_missing">
        <source>密钥文件 %1 不存在</source>
        <translation>密钥文件 %1 不存在</translation>
    </message>
    <message id="tech.setting.key_unreadable">
        <source>密钥文件 %1 不可读（检查文件权限）</source>
        <translation>密钥文件 %1 不可读（检查文件权限）</translation>
    </message>
    <message id="tech.setting.no_device">
        <source>%1 %2 不存在，请检查连线或重新选择</source>
        <translation>%1 %2 不存在，请检查连线或重新选择</translation>
    </message>
    <message id="tech.setting.no_queue">
        <source>CUPS 中没有名为 %1 的打印队列（现有：%2）</source>
        <translation>CUPS 中没有名为 %1 的打印队列（现有：%2）</translation>
    </message>
    <message id="tech.setting.none">
        <source>无</source>
        <translation>无</translation>
    </message>
    <message id="tech.setting.not_device">
        <source>%1须为 /dev/ 下的设备路径（收到 %2）</source>
        <translation>%1须为 /dev/ 下的设备路径（收到 %2）</translation>
    </message>
    <message id="tech.setting.not_number">
        <source>须为数字（收到 %1）</source>
        <translation>须为数字（收到 %1）</translation>
    </message>
    <message id="tech.setting.only">
        <source>只能选择 %1（收到 %2）</source>
        <translation>只能选择 %1（收到 %2）</translation>
    </message>
    <message id="tech.setting.queue_chars">
        <source>打印队列名只能包含字母、数字和 _ . @ -（收到 %1）</source>
        <translation>打印队列名只能包含字母、数字和 _ . @ -（收到 %1）</translation>
    </message>
    <message id="tech.setting.range">
        <source>须为 %1 到 %2 之间的数字（收到 %3）</source>
        <translation>须为 %1 到 %2 之间的数字（收到 %3）</translation>
    </message>
    <message id="tech.setting.save_failed">
        <source>保存失败：%1</source>
        <translation>保存失败：%1</translation>
    </message>
    <message id="tech.setting.unknown">
        <source>未知的设置项 %1</source>
        <translation>未知的设置项 %1</translation>
    </message>
    <message id="tech.setting.what_camera">
        <source>摄像头设备</source>
        <translation>摄像头设备</translation>
    </message>
    <message id="tech.setting.what_port">
        <source>串口</source>
        <translation>串口</translation>
    </message>
    <message id="tech.settings.invalid">
        <source>有设置项未通过检查，请按提示修改</source>
        <translation>有设置项未通过检查，请按提示修改</translation>
    </message>
    <message id="tech.settings.no_change">
        <source>没有修改</source>
        <translation>没有修改</translation>
    </message>
    <message id="tech.settings.save">
        <source>保存并生效</source>
        <translation>保存并生效</translation>
    </message>
    <message id="tech.settings.saved">
        <source>已保存 %1 项设置并生效</source>
        <translation>已保存 %1 项设置并生效</translation>
    </message>
    <message id="tech.settings.saved.one">
        <source>已保存 %1 项设置并生效</source>
        <translation>已保存 %1 项设置并生效</translation>
    </message>
    <message id="tech.state.broken">
        <source>有故障，请看下面的说明</source>
        <translation>有故障，请看下面的说明</translation>
    </message>
    <message id="tech.state.ok">
        <source>工作正常</source>
        <translation>工作正常</translation>
    </message>
    <message id="tech.state.untested">
        <source>尚未自检</source>
        <translation>尚未自检</translation>
    </message>
    <message id="tech.status.device">
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message id="tech.status.running">
        <source>自检中…</source>
        <translation>自检中…</translation>
    </message>
    <message id="tech.status.test">
        <source>自检</source>
        <translation>自检</translation>
    </message>
    <message id="tech.status.test_all">
        <source>全部自检</source>
        <translation>全部自检</translation>
    </message>
    <message id="tech.status.test_page">
        <source>打印测试页</source>
        <translation>打印测试页</translation>
    </message>
    <message id="tech.tab.bundle">
        <source>诊断包</source>
        <translation>诊断包</translation>
    </message>
    <message id="tech.tab.outbox">
        <source>待上报</source>
        <translation>待上报</translation>
    </message>
    <message id="tech.tab.settings">
        <source>设置</source>
        <translation>设置</translation>
    </message>
    <message id="tech.tab.status">
        <source>设备状态</source>
        <translation>设备状态</translation>
    </message>
    <message id="tech.title">
        <source>维护模式</source>
        <translation>维护模式</translation>
    </message>
    <message id="timeout.continue">
        <source>继续办理</source>
        <translation>继续办理</translation>
    </message>
    <message id="timeout.warning">
        <source>您已较长时间未操作，%1 秒后将退出并清除您的信息</source>
        <translation>您已较长时间未操作，%1 秒后将退出并清除您的信息</translation>
    </message>
    <message id="timeout.warning.one">
        <source>您已较长时间未操作，%1 秒后将退出并清除您的信息</source>
        <translation>您已较长时间未操作，%1 秒后将退出并清除您的信息</translation>
    </message>
    <message id="title.appointment">
        <source>预约办理</source>
        <translation>预约办理</translation>
    </message>
    <message id="title.choose_service">
        <source>选择办理事项</source>
        <translation>选择办理事项</translation>
    </message>
    <message id="title.form">
        <source>填写申请</source>
        <translation>填写申请</translation>
    </message>
    <message id="title.guide">
        <source>办事指南</source>
        <translation>办事指南</translation>
    </message>
    <message id="title.identify">
        <source>身份认证</source>
        <translation>身份认证</translation>
    </message>
    <message id="title.idle">
        <source>欢迎使用政务服务自助终端</source>
        <translation>欢迎使用政务服务自助终端</translation>
    </message>
    <message id="title.print_certificate">
        <source>证照打印</source>
        <translation>证照打印</translation>
    </message>
    <message id="title.query_progress">
        <source>办件进度查询</source>
        <translation>办件进度查询</translation>
    </message>
    <message id="title.rate">
        <source>服务评价</source>
        <translation>服务评价</translation>
    </message>
    <message id="title.receipt">
        <source>受理回执</source>
        <translation>受理回执</translation>
    </message>
    <message id="title.review">
        <source>核对信息</source>
        <translation>核对信息</translation>
    </message>
    <message id="title.submit">
        <source>正在提交</source>
        <translation>正在提交</translation>
    </message>
    <message id="weekday.0">
        <source>周一</source>
        <translation>周一</translation>
    </message>
    <message id="weekday.1">
        <source>周二</source>
        <translation>周二</translation>
    </message>
    <message id="weekday.2">
        <source>周三</source>
        <translation>周三</translation>
    </message>
    <message id="weekday.3">
        <source>周四</source>
        <translation>周四</translation>
    </message>
    <message id="weekday.4">
        <source>周五</source>
        <translation>周五</translation>
    </message>
    <message id="weekday.5">
        <source>周六</source>
        <translation>周六</translation>
    </message>
    <message id="weekday.6">
        <source>周日</source>
        <translation>周日</translation>
    </message>
</context>
</TS>
