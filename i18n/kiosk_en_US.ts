<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message id="access.elder_mode">
        <source>长辈版</source>
        <translation>Large text</translation>
    </message>
    <message id="access.elder_mode_name">
        <source>切换到长辈版：大字体、大按钮、语音引导</source>
        <translation>Switch to large text, large buttons and spoken guidance</translation>
    </message>
    <message id="access.mute">
        <source>关闭语音引导</source>
        <translation>Turn spoken guidance off</translation>
    </message>
    <message id="access.other_language">
        <source>English</source>
        <translation>中文</translation>
    </message>
    <message id="access.other_language_name">
        <source>Switch to English 切换为英文</source>
        <translation>切换为中文 Switch to Chinese</translation>
    </message>
    <message id="access.sound_off">
        <source>语音关</source>
        <translation>Voice off</translation>
    </message>
    <message id="access.sound_on">
        <source>语音开</source>
        <translation>Voice on</translation>
    </message>
    <message id="access.standard_mode">
        <source>标准版</source>
        <translation>Standard</translation>
    </message>
    <message id="access.standard_mode_name">
        <source>切换回标准版</source>
        <translation>Switch back to the standard layout</translation>
    </message>
    <message id="access.unmute">
        <source>打开语音引导</source>
        <translation>Turn spoken guidance on</translation>
    </message>
    <message id="access.volume">
        <source>音量 %1%</source>
        <translation>Volume %1%</translation>
    </message>
    <message id="access.volume_name">
        <source>音量 %1%，点按调大</source>
        <translation>Volume %1 percent, tap to make it louder</translation>
    </message>
    <message id="age.cached">
        <source>暂时无法获取最新记录，显示的是%1的记录。</source>
        <translation>The latest record is not available; this is the one from %1.</translation>
    </message>
    <message id="age.hours">
        <source>%1 小时前</source>
        <translation>%1 hours ago</translation>
    </message>
    <message id="age.hours.one">
        <source>%1 小时前</source>
        <translation>%1 hour ago</translation>
    </message>
    <message id="age.just_now">
        <source>刚刚</source>
        <translation>just now</translation>
    </message>
    <message id="age.live">
        <source>最新记录</source>
        <translation>Up to date</translation>
    </message>
    <message id="age.minutes">
        <source>%1 分钟前</source>
        <translation>%1 minutes ago</translation>
    </message>
    <message id="age.minutes.one">
        <source>%1 分钟前</source>
        <translation>%1 minute ago</translation>
    </message>
    <message id="age.offline">
        <source>网络不通，显示的是%1的记录。</source>
        <translation>Offline: this is the record from %1.</translation>
    </message>
    <message id="app.window_title">
        <source>政务服务自助终端</source>
        <translation>Government Services Self-Service Terminal</translation>
    </message>
    <message id="appointment.cancel_gone">
        <source>该预约已不能取消（已过期或已取消）。</source>
        <translation>This appointment can no longer be cancelled (it has passed or was already cancelled).</translation>
    </message>
    <message id="appointment.cancel_offline">
        <source>暂时无法连接服务平台，预约没有取消，仍然有效。请稍后再试，或拨打窗口电话取消。</source>
        <translation>The platform cannot be reached, so the appointment was not cancelled and still stands. Please try again later or phone the window to cancel.</translation>
    </message>
    <message id="appointment.mine_offline">
        <source>暂时无法查询您的预约，请稍后再试。</source>
        <translation>Your appointments cannot be looked up right now. Please try again later.</translation>
    </message>
    <message id="appointment.no_slots">
        <source>当天已约满，请选择其他日期。</source>
        <translation>That day is fully booked. Please choose another day.</translation>
    </message>
    <message id="appointment.offline">
        <source>暂时无法连接服务平台，不能在线预约。请拨打窗口电话预约，或稍后再试。</source>
        <translation>The platform cannot be reached, so booking is not possible now. Please phone the window or try again later.</translation>
    </message>
    <message id="appointment.print_failed">
        <source>预约凭证打印失败，请记下屏幕上的预约码。</source>
        <translation>The slip could not be printed. Please note the booking code on the screen.</translation>
    </message>
    <message id="appointment.slot_taken">
        <source>该时段刚刚约满，请选择其他时段。</source>
        <translation>That time has just been taken. Please choose another.</translation>
    </message>
    <message id="appointments.booked">
        <source>预约成功，请按时前往窗口办理</source>
        <translation>Booked. Please come to the window at this time.</translation>
    </message>
    <message id="appointments.cancel">
        <source>取消预约</source>
        <translation>Cancel appointment</translation>
    </message>
    <message id="appointments.cancel_confirm">
        <source>确认取消</source>
        <translation>Yes, cancel it</translation>
    </message>
    <message id="appointments.cancel_keep">
        <source>保留预约</source>
        <translation>Keep it</translation>
    </message>
    <message id="appointments.cancel_name">
        <source>取消预约 %1</source>
        <translation>Cancel appointment %1</translation>
    </message>
    <message id="appointments.cancel_question">
        <source>确定取消 %1 的预约吗？取消后名额将释放给他人。</source>
        <translation>Cancel the appointment on %1? The place will be given to someone else.</translation>
    </message>
    <message id="appointments.cancelled">
        <source>预约已取消，名额已释放。</source>
        <translation>Appointment cancelled. The place has been given back.</translation>
    </message>
    <message id="appointments.cancelling">
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message id="appointments.code">
        <source>预约码</source>
        <translation>Booking code</translation>
    </message>
    <message id="appointments.day">
        <source>%1月%2日 %3</source>
        <translation>%3 %2/%1</translation>
    </message>
    <message id="appointments.free">
        <source>余 %1 位</source>
        <translation>%1 left</translation>
    </message>
    <message id="appointments.full">
        <source>已约满</source>
        <translation>Full</translation>
    </message>
    <message id="appointments.mine">
        <source>我的预约</source>
        <translation>My appointments</translation>
    </message>
    <message id="appointments.phone">
        <source>咨询电话：%1</source>
        <translation>Phone: %1</translation>
    </message>
    <message id="appointments.pick_day">
        <source>请选择办理日期：</source>
        <translation>Choose a day:</translation>
    </message>
    <message id="appointments.pick_slot">
        <source>请选择时段（每个时段余位如下）：</source>
        <translation>Choose a time (places left are shown):</translation>
    </message>
    <message id="appointments.printed">
        <source>预约凭证已打印，请取走。</source>
        <translation>Your booking slip has been printed. Please take it.</translation>
    </message>
    <message id="appointments.qr">
        <source>预约码二维码</source>
        <translation>QR code of the booking</translation>
    </message>
    <message id="appointments.reprint">
        <source>补打预约凭证</source>
        <translation>Print the slip again</translation>
    </message>
    <message id="appointments.when">
        <source>%1月%2日 %3–%4</source>
        <translation>%2/%1, %3–%4</translation>
    </message>
    <message id="card.bad_number">
        <source>证件号码校验未通过，该证件可能已损坏。请更换证件或联系工作人员。</source>
        <translation>The card number failed its check; the card may be damaged. Please use another card or ask a member of staff.</translation>
    </message>
    <message id="card.birth_mismatch">
        <source>证件上的出生日期与证件号码不一致。请更换证件或联系工作人员。</source>
        <translation>The date of birth on the card does not match its number. Please use another card or ask a member of staff.</translation>
    </message>
    <message id="card.expired">
        <source>证件已于%1过期，请使用有效证件。</source>
        <translation>This card expired on %1. Please use a valid card.</translation>
    </message>
    <message id="card.no_validity">
        <source>无法读取证件有效期。请更换证件或联系工作人员。</source>
        <translation>The card's validity dates could not be read. Please use another card or ask a member of staff.</translation>
    </message>
    <message id="card.not_yet_valid">
        <source>证件尚未生效，暂不能使用。请更换证件或联系工作人员。</source>
        <translation>This card is not valid yet. Please use another card or ask a member of staff.</translation>
    </message>
    <message id="card.sex_mismatch">
        <source>证件上的性别与证件号码不一致。请更换证件或联系工作人员。</source>
        <translation>The sex on the card does not match its number. Please use another card or ask a member of staff.</translation>
    </message>
    <message id="card.unreadable">
        <source>证件读取失败，请取走证件后重新放置。</source>
        <translation>The card could not be read. Please lift it off the reader and place it again.</translation>
    </message>
    <message id="card.unrecognised">
        <source>无法识别该证件，请使用居民身份证、港澳台居民居住证或外国人永久居留身份证。</source>
        <translation>This card is not recognised. Please use a resident identity card, a residence permit for Hong Kong, Macao or Taiwan residents, or a foreigner's permanent residence ID card.</translation>
    </message>
    <message id="choose.ask_help">
        <source>找不到？请工作人员帮助</source>
        <translation>Can't find it? Ask a member of staff</translation>
    </message>
    <message id="choose.cross_province">
        <source>跨省通办</source>
        <translation>Handled across provinces</translation>
    </message>
    <message id="choose.greeting">
        <source>%1，您好！请选择要办理的事项。</source>
        <translation>Hello, %1. Please choose a service.</translation>
    </message>
    <message id="choose.guide_only">
        <source>仅提供指南</source>
        <translation>Guide only</translation>
    </message>
    <message id="choose.loading">
        <source>正在加载事项目录，请稍候…</source>
        <translation>Loading the list of services, please wait…</translation>
    </message>
    <message id="choose.nothing_found">
        <source>没有找到相关事项，请换个说法试试</source>
        <translation>No matching service. Try other words.</translation>
    </message>
    <message id="choose.record">
        <source>查询打印</source>
        <translation>Look up and print</translation>
    </message>
    <message id="choose.search_hint">
        <source>搜索事项：输入名称、拼音或首字母，如 gjj</source>
        <translation>Search: type a name, pinyin or initials, e.g. gjj</translation>
    </message>
    <message id="choose.search_name">
        <source>搜索事项</source>
        <translation>Search services</translation>
    </message>
    <message id="choose.suggest_categories">
        <source>或按类别查找：</source>
        <translation>Or look by category:</translation>
    </message>
    <message id="choose.suggest_items">
        <source>没有找到完全匹配的事项，您是不是要办：</source>
        <translation>Nothing matched exactly. Did you mean:</translation>
    </message>
    <message id="code.ambiguous">
        <source>无法准确识别此二维码的内容，请出示政务服务码、电子证照码或办件回执上的二维码</source>
        <translation>This QR code cannot be read reliably. Please show a government service code, an e-certificate code or the QR code on your receipt.</translation>
    </message>
    <message id="code.bad_signature">
        <source>此二维码未通过防伪校验，可能已被篡改，请重新获取</source>
        <translation>This QR code failed its security check and may have been altered. Please get a new one.</translation>
    </message>
    <message id="code.bad_tracking">
        <source>办件编号校验不通过，请核对后重新输入</source>
        <translation>That tracking number is not valid. Please check it and try again.</translation>
    </message>
    <message id="code.expired">
        <source>此二维码已过期，请刷新后重新出示</source>
        <translation>This QR code has expired. Please refresh it and show it again.</translation>
    </message>
    <message id="code.license_added">
        <source>已添加电子证照：%1（免提交）</source>
        <translation>E-certificate added: %1 (no paper copy needed)</translation>
    </message>
    <message id="code.license_not_yours">
        <source>该电子证照不属于当前办事人，不能作为本次申请材料</source>
        <translation>This e-certificate belongs to someone else and cannot be used for this application.</translation>
    </message>
    <message id="code.malformed">
        <source>无法识别此二维码，请确认出示的是政务服务码、电子证照码或办件编号</source>
        <translation>This QR code is not recognised. Please show a government service code, an e-certificate code or a tracking number.</translation>
    </message>
    <message id="code.revoked">
        <source>此二维码已作废，请重新获取</source>
        <translation>This QR code has been cancelled. Please get a new one.</translation>
    </message>
    <message id="code.several">
        <source>画面中有多个可用的二维码，请一次只出示一个</source>
        <translation>More than one usable QR code is in view. Please show one at a time.</translation>
    </message>
    <message id="code.unknown_issuer">
        <source>此二维码不是本系统认可的机构签发的，无法使用</source>
        <translation>This QR code was not issued by an authority this system trusts, so it cannot be used.</translation>
    </message>
    <message id="code.wrong_place">
        <source>这个二维码不能在当前页面使用</source>
        <translation>This QR code cannot be used on this screen.</translation>
    </message>
    <message id="common.back">
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message id="common.close">
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message id="common.done">
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message id="common.done_rate">
        <source>完成，去评价</source>
        <translation>Done – rate this service</translation>
    </message>
    <message id="common.exit">
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message id="common.home">
        <source>返回首页</source>
        <translation>Back to start</translation>
    </message>
    <message id="common.more_below">
        <source>下面还有内容，点此或向上滑动查看</source>
        <translation>More below: tap here or swipe up</translation>
    </message>
    <message id="common.waiting">
        <source>请稍候…</source>
        <translation>One moment…</translation>
    </message>
    <message id="data.in_chinese">
        <source>（平台提供的内容为中文）</source>
        <translation>Names and details from the platform are shown in Chinese where the platform has no English version.</translation>
    </message>
    <message id="date.long">
        <source>%1年%2月%3日</source>
        <translation>%3 %4 %1</translation>
    </message>
    <message id="days.immediate">
        <source>即办</source>
        <translation>same day</translation>
    </message>
    <message id="days.working">
        <source>%1个工作日</source>
        <translation>%1 working days</translation>
    </message>
    <message id="days.working.one">
        <source>%1个工作日</source>
        <translation>%1 working day</translation>
    </message>
    <message id="delivery.ems">
        <source>EMS邮寄</source>
        <translation>By EMS post</translation>
    </message>
    <message id="delivery.online">
        <source>网上送达</source>
        <translation>Online</translation>
    </message>
    <message id="delivery.pickup">
        <source>窗口自取</source>
        <translation>Collect at the counter</translation>
    </message>
    <message id="demo.card">
        <source>演示：放身份证</source>
        <translation>Demo: place an ID card</translation>
    </message>
    <message id="demo.service_code">
        <source>演示：出示服务码</source>
        <translation>Demo: show a service code</translation>
    </message>
    <message id="field.date_hint">
        <source>格式：2024-03-05</source>
        <translation>Format: 2024-03-05</translation>
    </message>
    <message id="field.delivery">
        <source>结果领取方式</source>
        <translation>How to receive the result</translation>
    </message>
    <message id="field.ems_address">
        <source>收件详细地址</source>
        <translation>Delivery address</translation>
    </message>
    <message id="field.ems_hint">
        <source>选择EMS邮寄时填写</source>
        <translation>Fill in if you choose EMS post</translation>
    </message>
    <message id="field.ems_phone">
        <source>收件人手机号码</source>
        <translation>Recipient's mobile number</translation>
    </message>
    <message id="field.ems_recipient">
        <source>收件人姓名</source>
        <translation>Recipient's name</translation>
    </message>
    <message id="field.ems_region">
        <source>收件地区</source>
        <translation>Delivery region</translation>
    </message>
    <message id="field.handling_hint">
        <source>您的申请将转到所选地区办理</source>
        <translation>Your application goes to the region you choose</translation>
    </message>
    <message id="field.handling_region">
        <source>办理地</source>
        <translation>Where it is handled</translation>
    </message>
    <message id="field.id_number">
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message id="field.street_address">
        <source>详细地址</source>
        <translation>Street address</translation>
    </message>
    <message id="filing.saved_offline">
        <source>申请已安全保存在本终端，联网后自动上报，无需再次办理。</source>
        <translation>Your application is safely stored on this terminal and will be sent automatically when the network is back. You need not file it again.</translation>
    </message>
    <message id="filing.sent">
        <source>申请已提交，正在转送办理部门。</source>
        <translation>Your application has been filed and is on its way to the handling office.</translation>
    </message>
    <message id="form.address_short">
        <source>请填写详细%1，至少%2个字</source>
        <translation>Please give the full %1, at least %2 characters</translation>
    </message>
    <message id="form.bad_date">
        <source>%1不是有效日期，请按“年-月-日”填写</source>
        <translation>%1 is not a valid date; write it as year-month-day</translation>
    </message>
    <message id="form.bad_option">
        <source>%1的选项无效，请重新选择</source>
        <translation>%1: that choice is not valid, please choose again</translation>
    </message>
    <message id="form.bad_region">
        <source>%1无效，请重新选择</source>
        <translation>%1 is not valid, please choose again</translation>
    </message>
    <message id="form.date_after">
        <source>%1不能晚于%2</source>
        <translation>%1 cannot be later than %2</translation>
    </message>
    <message id="form.date_before">
        <source>%1不能早于%2</source>
        <translation>%1 cannot be earlier than %2</translation>
    </message>
    <message id="form.delivery_choose">
        <source>请选择领取方式</source>
        <translation>Please choose how to receive the result</translation>
    </message>
    <message id="form.delivery_unsupported">
        <source>该事项不支持%1，请重新选择</source>
        <translation>%1 is not offered for this service; please choose again</translation>
    </message>
    <message id="form.future_date">
        <source>%1不能晚于今天</source>
        <translation>%1 cannot be later than today</translation>
    </message>
    <message id="form.handling_choose">
        <source>请选择办理地</source>
        <translation>Please choose where it is handled</translation>
    </message>
    <message id="form.handling_unsupported">
        <source>该事项暂不支持在所选地区办理，请重新选择</source>
        <translation>This service cannot be handled in that region; please choose again</translation>
    </message>
    <message id="form.locked">
        <source>来自身份证，不可修改</source>
        <translation>From your ID card; cannot be changed</translation>
    </message>
    <message id="form.materials">
        <source>申请材料</source>
        <translation>Documents</translation>
    </message>
    <message id="form.next">
        <source>下一步：核对</source>
        <translation>Next: check</translation>
    </message>
    <message id="form.not_integer">
        <source>%1应为整数</source>
        <translation>%1 must be a whole number</translation>
    </message>
    <message id="form.not_number">
        <source>%1应为数字</source>
        <translation>%1 must be a number</translation>
    </message>
    <message id="form.phone_digits">
        <source>%1应为11位数字</source>
        <translation>%1 must be 11 digits</translation>
    </message>
    <message id="form.phone_wrong">
        <source>%1不正确，请核对后重新填写</source>
        <translation>%1 is not correct; please check it</translation>
    </message>
    <message id="form.photograph">
        <source>拍照</source>
        <translation>Take photo</translation>
    </message>
    <message id="form.please_choose">
        <source>请选择%1</source>
        <translation>Please choose: %1</translation>
    </message>
    <message id="form.please_fill">
        <source>请填写%1</source>
        <translation>Please fill in: %1</translation>
    </message>
    <message id="form.prefilled_from_card">
        <source>取自身份证（本人收件）</source>
        <translation>From your ID card (you receive it)</translation>
    </message>
    <message id="form.problems">
        <source>还有 %1 处需要补充或修改：</source>
        <translation>%1 things still need your attention:</translation>
    </message>
    <message id="form.problems.more">
        <source>· 另有 %1 处，见下方表单中标红的栏目</source>
        <translation>· and %1 more, marked in red in the form below</translation>
    </message>
    <message id="form.problems.one">
        <source>还有 %1 处需要补充或修改：</source>
        <translation>%1 thing still needs your attention:</translation>
    </message>
    <message id="form.region_level">
        <source>请将%1选择到%2</source>
        <translation>%1: please choose down to the %2</translation>
    </message>
    <message id="form.replace_recipient">
        <source>改为他人收件</source>
        <translation>Send to someone else</translation>
    </message>
    <message id="form.retake">
        <source>重拍</source>
        <translation>Retake</translation>
    </message>
    <message id="form.too_large">
        <source>%1不能大于%2</source>
        <translation>%1 cannot be more than %2</translation>
    </message>
    <message id="form.too_long">
        <source>%1不能超过%2个字</source>
        <translation>%1: at most %2 characters</translation>
    </message>
    <message id="form.too_short">
        <source>%1至少%2个字</source>
        <translation>%1: at least %2 characters</translation>
    </message>
    <message id="form.too_small">
        <source>%1不能小于%2</source>
        <translation>%1 cannot be less than %2</translation>
    </message>
    <message id="guide.address">
        <source>地址：%1</source>
        <translation>Address: %1</translation>
    </message>
    <message id="guide.book">
        <source>预约办理</source>
        <translation>Book an appointment</translation>
    </message>
    <message id="guide.cross_where">
        <source>可在本终端提交，由所选地区办理：%1</source>
        <translation>File here; it is handled in the region you choose: %1</translation>
    </message>
    <message id="guide.fee">
        <source>%1：%2元</source>
        <translation>%1: CNY %2</translation>
    </message>
    <message id="guide.hours">
        <source>办公时间：%1</source>
        <translation>Opening hours: %1</translation>
    </message>
    <message id="guide.joint_departments">
        <source>各联办部门</source>
        <translation>Each department taking part</translation>
    </message>
    <message id="guide.material_elicense">
        <source>%1（可用电子证照免提交）</source>
        <translation>%1 (an e-certificate can replace the paper)</translation>
    </message>
    <message id="guide.no_fee">
        <source>不收费</source>
        <translation>Free of charge</translation>
    </message>
    <message id="guide.phone">
        <source>咨询电话：%1</source>
        <translation>Phone: %1</translation>
    </message>
    <message id="guide.print">
        <source>打印指南</source>
        <translation>Print the guide</translation>
    </message>
    <message id="guide.print_failed">
        <source>办事指南打印失败，请联系工作人员。</source>
        <translation>The guide could not be printed. Please ask a member of staff.</translation>
    </message>
    <message id="guide.printed">
        <source>办事指南已打印，请取走。</source>
        <translation>The guide has been printed. Please take it.</translation>
    </message>
    <message id="guide.printing">
        <source>正在打印办事指南…</source>
        <translation>Printing the guide…</translation>
    </message>
    <message id="guide.record">
        <source>查询并打印</source>
        <translation>Look up and print</translation>
    </message>
    <message id="guide.record_again">
        <source>再查询打印一次</source>
        <translation>Look up and print again</translation>
    </message>
    <message id="guide.section.conditions">
        <source>办理条件</source>
        <translation>Who can apply</translation>
    </message>
    <message id="guide.section.cross_where">
        <source>跨省通办</source>
        <translation>Handled across provinces</translation>
    </message>
    <message id="guide.section.delivery">
        <source>结果送达</source>
        <translation>How you receive the result</translation>
    </message>
    <message id="guide.section.fees">
        <source>收费标准</source>
        <translation>Fees</translation>
    </message>
    <message id="guide.section.legal_basis">
        <source>设定依据</source>
        <translation>Legal basis</translation>
    </message>
    <message id="guide.section.materials">
        <source>所需材料</source>
        <translation>Documents needed</translation>
    </message>
    <message id="guide.section.time_limit">
        <source>办理时限</source>
        <translation>Time to complete</translation>
    </message>
    <message id="guide.start">
        <source>开始申请</source>
        <translation>Start the application</translation>
    </message>
    <message id="guide.time_limit">
        <source>法定%1，承诺%2</source>
        <translation>Legal limit %1; promised within %2</translation>
    </message>
    <message id="guide.time_limit_bundle">
        <source>承诺%1内全部办结</source>
        <translation>All finished within %1</translation>
    </message>
    <message id="guide.windows">
        <source>办理窗口</source>
        <translation>Where to go</translation>
    </message>
    <message id="help.acknowledged">
        <source>工作人员已收到呼叫，正在赶来。</source>
        <translation>A member of staff has seen your call and is on the way.</translation>
    </message>
    <message id="help.call">
        <source>呼叫工作人员</source>
        <translation>Call staff</translation>
    </message>
    <message id="help.calling">
        <source>已呼叫工作人员，请在此稍候。</source>
        <translation>Staff have been called. Please wait here.</translation>
    </message>
    <message id="help.cancel">
        <source>取消呼叫</source>
        <translation>Cancel the call</translation>
    </message>
    <message id="help.done">
        <source>知道了</source>
        <translation>OK</translation>
    </message>
    <message id="help.queued">
        <source>网络暂时不通：呼叫已保存在本机，联网后会自动发出。您也可以直接到服务窗口找工作人员。</source>
        <translation>The network is down: your call is saved on this terminal and will be sent as soon as the connection returns. You can also go to a service counter for help.</translation>
    </message>
    <message id="help.since">
        <source>呼叫时间 %1</source>
        <translation>Called at %1</translation>
    </message>
    <message id="id.birth">
        <source>%1中的出生日期不存在</source>
        <translation>%1 contains a date of birth that does not exist</translation>
    </message>
    <message id="id.characters">
        <source>%1只能包含数字，最后一位可以是X</source>
        <translation>%1 may contain only digits; the last may be X</translation>
    </message>
    <message id="id.check">
        <source>%1校验位不正确，请核对后重新输入</source>
        <translation>%1: the check character is wrong; please check it</translation>
    </message>
    <message id="id.length">
        <source>%1应为18位</source>
        <translation>%1 must have 18 characters</translation>
    </message>
    <message id="id.region">
        <source>%1前六位不是有效的行政区划代码，请核对后重新输入</source>
        <translation>%1: the first six digits are not a valid region code; please check it</translation>
    </message>
    <message id="identify.body">
        <source>支持居民身份证、港澳台居民居住证、外国人永久居留身份证。
也可以将手机上的个人服务码对准摄像头。</source>
        <translation>Accepted: resident identity cards, residence permits for Hong Kong, Macao and Taiwan residents, and foreigner's permanent residence ID cards.
You can also hold the personal service code on your phone up to the camera.</translation>
    </message>
    <message id="identify.body_short">
        <source>放身份证，或把手机上的服务码对准摄像头。</source>
        <translation>Place your card on the reader, or show your phone's service code to the camera.</translation>
    </message>
    <message id="identify.camera">
        <source>摄像头画面：在此出示服务码</source>
        <translation>Camera view: show your service code here</translation>
    </message>
    <message id="identify.heading">
        <source>请将身份证放在读卡区</source>
        <translation>Place your ID card on the card reader</translation>
    </message>
    <message id="idle.card_hint">
        <source>也可以直接将身份证放在下方读卡区开始办理</source>
        <translation>Or simply place your ID card on the reader below to begin.</translation>
    </message>
    <message id="idle.elder_off">
        <source>返回标准版</source>
        <translation>Back to standard layout</translation>
    </message>
    <message id="idle.elder_on">
        <source>长辈版 · 大字 大按钮 有语音</source>
        <translation>Large text · big buttons · voice</translation>
    </message>
    <message id="idle.heading">
        <source>您好，请选择要办理的事情</source>
        <translation>Hello. What would you like to do?</translation>
    </message>
    <message id="idle.start_apply">
        <source>办理业务</source>
        <translation>Apply for a service</translation>
    </message>
    <message id="idle.start_appointment">
        <source>预约办理</source>
        <translation>Book an appointment</translation>
    </message>
    <message id="idle.start_print">
        <source>证照打印</source>
        <translation>Print a certificate</translation>
    </message>
    <message id="idle.start_progress">
        <source>查询办件进度</source>
        <translation>Track an application</translation>
    </message>
    <message id="idle.start_records">
        <source>社保 · 医保 · 公积金 · 不动产查询打印</source>
        <translation>Social insurance, medical insurance, housing fund and property: look up and print</translation>
    </message>
    <message id="idle.tagline">
        <source>异地业务就近办理 · 办理结果邮寄到家</source>
        <translation>Services from other cities handled here · results posted to your home</translation>
    </message>
    <message id="idle.tagline_bank_branch">
        <source>政务服务进网点 · 刷身份证即可查询、打印、预约</source>
        <translation>Government services at your bank · look up, print and book with your ID card</translation>
    </message>
    <message id="keyboard.chinese">
        <source>中文</source>
        <translation>中文</translation>
    </message>
    <message id="keyboard.digits_key">
        <source>数字</source>
        <translation>123</translation>
    </message>
    <message id="keyboard.english">
        <source>English</source>
        <translation>English</translation>
    </message>
    <message id="license.expired">
        <source>已于 %1 过期</source>
        <translation>Expired on %1</translation>
    </message>
    <message id="license.holder">
        <source>持证人：%1</source>
        <translation>Holder: %1</translation>
    </message>
    <message id="license.long_term">
        <source>长期有效</source>
        <translation>Valid indefinitely</translation>
    </message>
    <message id="license.qr">
        <source>证照核验二维码</source>
        <translation>Verification QR code</translation>
    </message>
    <message id="license.qr_hint">
        <source>工作人员扫描二维码可核验证照真伪</source>
        <translation>Staff can scan the QR code to verify the certificate</translation>
    </message>
    <message id="license.valid_to">
        <source>有效期至 %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message id="licenses.failed">
        <source>暂时无法获取电子证照，请稍后再试</source>
        <translation>Your e-certificates cannot be fetched right now. Please try again later.</translation>
    </message>
    <message id="licenses.heading">
        <source>以下是您名下可打印的电子证照</source>
        <translation>Electronic certificates you can print</translation>
    </message>
    <message id="licenses.none">
        <source>没有查到您名下可打印的电子证照</source>
        <translation>No printable e-certificates were found in your name.</translation>
    </message>
    <message id="licenses.print">
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message id="licenses.querying">
        <source>正在查询您名下的电子证照…</source>
        <translation>Looking up your e-certificates…</translation>
    </message>
    <message id="licenses.show">
        <source>亮证</source>
        <translation>Show</translation>
    </message>
    <message id="link.checking">
        <source>正在连接服务平台</source>
        <translation>Connecting to the platform</translation>
    </message>
    <message id="link.down">
        <source>离线受理中</source>
        <translation>Offline: filings are kept here</translation>
    </message>
    <message id="link.up">
        <source>平台已连接</source>
        <translation>Online</translation>
    </message>
    <message id="list.colon">
        <source>：</source>
        <translation>: </translation>
    </message>
    <message id="list.semicolon">
        <source>；</source>
        <translation>; </translation>
    </message>
    <message id="list.separator">
        <source>、</source>
        <translation>, </translation>
    </message>
    <message id="materials.missing_one">
        <source>缺少此项材料，请拍照上传</source>
        <translation>This document is missing: please photograph it</translation>
    </message>
    <message id="materials.optional">
        <source>可选，请拍照上传</source>
        <translation>Optional: photograph it if you have it</translation>
    </message>
    <message id="materials.photo">
        <source>请拍照上传</source>
        <translation>Please photograph it</translation>
    </message>
    <message id="materials.photographed">
        <source>已拍照</source>
        <translation>Photo taken</translation>
    </message>
    <message id="materials.waived">
        <source>免提交（已调取电子证照）</source>
        <translation>Not needed (e-certificate fetched)</translation>
    </message>
    <message id="notice.materials_missing">
        <source>还缺少材料：%1。请点“拍照”上传。</source>
        <translation>Still missing: %1. Tap "Take photo" to add them.</translation>
    </message>
    <message id="notice.pledge_needed">
        <source>请阅读并勾选告知承诺后再提交。</source>
        <translation>Please read and tick the declaration before submitting.</translation>
    </message>
    <message id="notice.rate_needs_reason">
        <source>请选择不满意的原因，帮助我们改进服务。</source>
        <translation>Please choose what went wrong, so we can improve.</translation>
    </message>
    <message id="notice.service_not_at_terminal">
        <source>该事项暂不支持在自助终端办理，请按办事指南到窗口办理。</source>
        <translation>This service cannot be applied for at the terminal. Please follow the guide and apply at a counter.</translation>
    </message>
    <message id="notice.signature_empty">
        <source>请在框内用手指写下您的签名</source>
        <translation>Please write your signature in the box with your finger.</translation>
    </message>
    <message id="notice.signature_too_short">
        <source>签名太短，请完整写下您的姓名</source>
        <translation>The signature is too short. Please write your full name.</translation>
    </message>
    <message id="notice.storage_full">
        <source>终端存储空间已满，暂时无法受理新的申请，请联系工作人员。</source>
        <translation>This terminal's storage is full and it cannot take new applications right now. Please ask a member of staff.</translation>
    </message>
    <message id="notice.store_failed">
        <source>终端暂时无法保存申请，请稍后再试或联系工作人员。您填写的内容未丢失。</source>
        <translation>The terminal could not save your application. Please try again shortly or ask a member of staff. Nothing you entered has been lost.</translation>
    </message>
    <message id="notice.submitted">
        <source>申请已受理，材料已安全保存在本终端，网络恢复后将自动上报。</source>
        <translation>Your application has been accepted and is stored safely on this terminal. It will be sent automatically whenever the network is available.</translation>
    </message>
    <message id="offer.english_accept">
        <source>English</source>
        <translation>English</translation>
    </message>
    <message id="offer.english_decline">
        <source>继续使用中文</source>
        <translation>继续使用中文 (Keep Chinese)</translation>
    </message>
    <message id="offer.english_question">
        <source>Would you like to continue in English?
是否使用英文继续办理？</source>
        <translation>Would you like to continue in English?
是否使用英文继续办理？</translation>
    </message>
    <message id="page.blurry">
        <source>画面模糊，请保持材料不动，稍等片刻再拍</source>
        <translation>The picture is blurred. Keep the page still and wait a moment before retaking.</translation>
    </message>
    <message id="page.captured">
        <source>已拍好“%1”。如不清楚可点“重拍”。</source>
        <translation>"%1" photographed. If it is unclear, tap "Retake".</translation>
    </message>
    <message id="page.capturing">
        <source>正在拍摄“%1”，请保持材料平放不动…</source>
        <translation>Photographing "%1". Please keep the page flat and still…</translation>
    </message>
    <message id="page.failed">
        <source>拍照失败，请重试或联系工作人员</source>
        <translation>The photo failed. Please try again or ask a member of staff.</translation>
    </message>
    <message id="page.glare">
        <source>材料反光，请稍微倾斜材料或避开灯光</source>
        <translation>There is glare on the page. Tilt it slightly or move it away from the light.</translation>
    </message>
    <message id="page.no_camera">
        <source>摄像头暂时不可用，请联系工作人员</source>
        <translation>The camera is not available right now. Please ask a member of staff.</translation>
    </message>
    <message id="page.no_camera_configured">
        <source>本终端没有配置拍照设备，请到窗口提交纸质材料</source>
        <translation>This terminal has no document camera. Please hand in paper copies at a counter.</translation>
    </message>
    <message id="page.no_page">
        <source>没有找到材料，请将材料平放在拍摄区内，四个角都要露出来</source>
        <translation>No page found. Lay the page flat in the photo area with all four corners showing.</translation>
    </message>
    <message id="page.too_dark">
        <source>光线太暗，请把材料移到亮处</source>
        <translation>It is too dark. Please move the page into better light.</translation>
    </message>
    <message id="page.too_large">
        <source>照片无法压缩到可上传的大小，请到窗口提交该材料</source>
        <translation>The photo is too large to send. Please hand in this document at a counter.</translation>
    </message>
    <message id="page.too_small">
        <source>材料太小，请把材料靠近镜头，放满取景框</source>
        <translation>The page is too small in the picture. Bring it closer so it fills the frame.</translation>
    </message>
    <message id="pledge.truthful.v1">
        <source>本人承诺：所填信息及所交材料真实、准确、完整、有效，如有不实，愿承担相应法律责任。</source>
        <translation>I declare that the information and documents I have given are true, accurate, complete and valid, and I accept legal responsibility if they are not.</translation>
    </message>
    <message id="print.done">
        <source>打印完成，请取走您的文件。</source>
        <translation>Printing finished. Please take your document.</translation>
    </message>
    <message id="print.kept">
        <source>请联系现场工作人员处理，您的文件已保存，可稍后补打。</source>
        <translation> Please ask a member of staff; your document is kept and can be printed later.</translation>
    </message>
    <message id="print.license_failed">
        <source>证照打印失败，请联系工作人员。</source>
        <translation>The certificate could not be printed. Please ask a member of staff.</translation>
    </message>
    <message id="print.license_printing">
        <source>正在打印%1…</source>
        <translation>Printing %1…</translation>
    </message>
    <message id="print.problem.aborted">
        <source>打印失败。</source>
        <translation>Printing failed.</translation>
    </message>
    <message id="print.problem.canceled">
        <source>打印已取消。</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message id="print.problem.cover-open">
        <source>打印机舱门未关好。</source>
        <translation>The printer cover is open.</translation>
    </message>
    <message id="print.problem.door-open">
        <source>打印机舱门未关好。</source>
        <translation>The printer door is open.</translation>
    </message>
    <message id="print.problem.error">
        <source>打印机故障。</source>
        <translation>The printer has a fault.</translation>
    </message>
    <message id="print.problem.input-tray-missing">
        <source>打印机纸盒未装好。</source>
        <translation>The printer's paper tray is not in place.</translation>
    </message>
    <message id="print.problem.marker-supply-empty">
        <source>打印机墨粉已用完。</source>
        <translation>The printer is out of toner.</translation>
    </message>
    <message id="print.problem.media-empty">
        <source>打印机缺纸。</source>
        <translation>The printer is out of paper.</translation>
    </message>
    <message id="print.problem.media-jam">
        <source>打印机卡纸。</source>
        <translation>The printer has a paper jam.</translation>
    </message>
    <message id="print.problem.no-queue">
        <source>打印机尚未配置。</source>
        <translation>No printer has been set up.</translation>
    </message>
    <message id="print.problem.no-scheduler">
        <source>打印服务未运行。</source>
        <translation>The printing service is not running.</translation>
    </message>
    <message id="print.problem.no-status">
        <source>打印机没有应答状态查询。</source>
        <translation>The printer does not answer.</translation>
    </message>
    <message id="print.problem.offline">
        <source>打印机未连接。</source>
        <translation>The printer is not connected.</translation>
    </message>
    <message id="print.problem.output-area-full">
        <source>打印机出纸口已满。</source>
        <translation>The printer's output tray is full.</translation>
    </message>
    <message id="print.problem.paused">
        <source>打印机暂停服务。</source>
        <translation>The printer is paused.</translation>
    </message>
    <message id="print.problem.rejecting">
        <source>打印机暂停受理打印任务。</source>
        <translation>The printer is not accepting jobs at the moment.</translation>
    </message>
    <message id="print.problem.render">
        <source>证照信息中有本机无法打印的字，请到服务窗口打印。</source>
        <translation>The certificate contains characters this terminal cannot print. Please have it printed at a service counter.</translation>
    </message>
    <message id="print.problem.toner-empty">
        <source>打印机墨粉已用完。</source>
        <translation>The printer is out of toner.</translation>
    </message>
    <message id="print.problem.unconfirmed">
        <source>无法确认是否已打印完成。</source>
        <translation>We cannot confirm that printing finished.</translation>
    </message>
    <message id="print.problem.unreachable">
        <source>打印机没有响应。</source>
        <translation>The printer is not responding.</translation>
    </message>
    <message id="print.receipt_failed">
        <source>回执打印失败，请记下屏幕上的受理编号，或联系工作人员补打。</source>
        <translation>The receipt could not be printed. Please write down the tracking number on the screen, or ask staff to print it for you.</translation>
    </message>
    <message id="print.receipt_printing">
        <source>正在打印回执…</source>
        <translation>Printing your receipt…</translation>
    </message>
    <message id="progress.cached">
        <source>网络不通，显示的是 %1 分钟前的记录</source>
        <translation>Offline: showing the record from %1 minutes ago.</translation>
    </message>
    <message id="progress.cached.one">
        <source>网络不通，显示的是 %1 分钟前的记录</source>
        <translation>Offline: showing the record from %1 minute ago.</translation>
    </message>
    <message id="progress.code_bad_char">
        <source>编号只含数字和字母（没有 I、L、O、U），请核对。</source>
        <translation>The number has only digits and letters (no I, L, O or U). Please check it.</translation>
    </message>
    <message id="progress.code_check">
        <source>编号校验不通过，可能有字符输错，请核对。</source>
        <translation>This number does not check out; a character may be mistyped.</translation>
    </message>
    <message id="progress.code_long">
        <source>编号太长，受理编号共 12 位。</source>
        <translation>Too long: a receipt number has 12 characters.</translation>
    </message>
    <message id="progress.enter_number">
        <source>请输入受理编号，或扫描回执上的二维码</source>
        <translation>Please type the tracking number, or scan the QR code on your receipt.</translation>
    </message>
    <message id="progress.failed">
        <source>查询失败，请稍后再试</source>
        <translation>The search failed. Please try again later.</translation>
    </message>
    <message id="progress.instruction">
        <source>请扫描回执上的二维码，或输入受理编号</source>
        <translation>Scan the QR code on your receipt, or type the tracking number</translation>
    </message>
    <message id="progress.mine">
        <source>我的办件</source>
        <translation>My applications</translation>
    </message>
    <message id="progress.name_loading">
        <source>正在加载事项名称…</source>
        <translation>Loading the service name…</translation>
    </message>
    <message id="progress.name_unknown">
        <source>政务服务事项</source>
        <translation>Government service</translation>
    </message>
    <message id="progress.none_mine">
        <source>没有查到您名下的办件。</source>
        <translation>No applications under your name were found.</translation>
    </message>
    <message id="progress.not_found">
        <source>没有找到该受理编号，请核对后重新输入</source>
        <translation>That tracking number was not found. Please check it and try again.</translation>
    </message>
    <message id="progress.not_here">
        <source>本终端暂不能查询进度</source>
        <translation>Progress cannot be checked at this terminal.</translation>
    </message>
    <message id="progress.not_yet">
        <source>平台上还没有该受理编号。刚在终端提交的申请会在网络恢复后上报，请稍后再查。</source>
        <translation>The platform does not have this number yet. Applications just filed at a terminal are sent when the network returns; please check again later.</translation>
    </message>
    <message id="progress.number">
        <source>受理编号</source>
        <translation>Tracking number</translation>
    </message>
    <message id="progress.platform_down">
        <source>暂时无法连接服务平台，也没有该编号的离线记录，请稍后再试</source>
        <translation>The service platform cannot be reached and there is no offline record of this number. Please try again later.</translation>
    </message>
    <message id="progress.query">
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message id="progress.querying">
        <source>正在查询…</source>
        <translation>Searching…</translation>
    </message>
    <message id="rate.heading">
        <source>请为本次服务评价（好差评）</source>
        <translation>How was this service?</translation>
    </message>
    <message id="rate.level_1">
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message id="rate.level_2">
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message id="rate.level_3">
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message id="rate.level_4">
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message id="rate.level_5">
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message id="rate.reason_broken">
        <source>设备故障</source>
        <translation>Equipment fault</translation>
    </message>
    <message id="rate.reason_complex">
        <source>操作太复杂</source>
        <translation>Too complicated</translation>
    </message>
    <message id="rate.reason_other">
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message id="rate.reason_unclear">
        <source>看不懂说明</source>
        <translation>Instructions unclear</translation>
    </message>
    <message id="rate.reason_waiting">
        <source>等待时间长</source>
        <translation>Long wait</translation>
    </message>
    <message id="rate.skip">
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
    <message id="rate.submit">
        <source>提交评价</source>
        <translation>Submit rating</translation>
    </message>
    <message id="receipt.accepted">
        <source>申请已受理</source>
        <translation>Application accepted</translation>
    </message>
    <message id="receipt.delivery.ems">
        <source>办结后通过 EMS 邮寄到您填写的地址，寄出时短信通知您。</source>
        <translation>When it is done, the result is posted by EMS to the address you gave; you get a text message when it is sent.</translation>
    </message>
    <message id="receipt.delivery.online">
        <source>办结后可在“一网通办”网上领取电子证照，短信通知您。</source>
        <translation>When it is done, you can download the e-certificate online; you get a text message.</translation>
    </message>
    <message id="receipt.delivery.pickup">
        <source>办结后请到窗口领取：%1</source>
        <translation>When it is done, collect the result at the window: %1</translation>
    </message>
    <message id="receipt.next">
        <source>接下来</source>
        <translation>What happens next</translation>
    </message>
    <message id="receipt.qr">
        <source>受理编号二维码</source>
        <translation>QR code of the receipt number</translation>
    </message>
    <message id="receipt.reprint">
        <source>重新打印回执</source>
        <translation>Print the receipt again</translation>
    </message>
    <message id="receipt.same_day">
        <source>即办件：当天办结。</source>
        <translation>Finished on the same day.</translation>
    </message>
    <message id="receipt.scan_hint">
        <source>在任一自助终端扫描二维码或输入受理编号，可查询办理进度。</source>
        <translation>Scan the QR code or type the receipt number at any terminal to follow the progress.</translation>
    </message>
    <message id="receipt.time_limit">
        <source>承诺 %1 个工作日内办结。</source>
        <translation>Promised to be finished within %1 working days.</translation>
    </message>
    <message id="receipt.time_limit.one">
        <source>承诺 %1 个工作日内办结。</source>
        <translation>Promised to be finished within %1 working day.</translation>
    </message>
    <message id="receipt.tracking_number">
        <source>受理编号</source>
        <translation>Tracking number</translation>
    </message>
    <message id="records.offline">
        <source>暂时无法连接服务平台，不能查询。请稍后再试。</source>
        <translation>The platform cannot be reached, so the record cannot be fetched now. Please try again later.</translation>
    </message>
    <message id="records.print_failed">
        <source>记录已显示在屏幕上，但打印失败，请联系工作人员。</source>
        <translation>The record is on the screen but could not be printed. Please ask a member of staff.</translation>
    </message>
    <message id="region.city">
        <source>市</source>
        <translation>city</translation>
    </message>
    <message id="region.county">
        <source>区县</source>
        <translation>district or county</translation>
    </message>
    <message id="region.province">
        <source>省（自治区、直辖市）</source>
        <translation>province</translation>
    </message>
    <message id="review.back">
        <source>返回修改</source>
        <translation>Go back and change</translation>
    </message>
    <message id="review.clear_signature">
        <source>清除重写</source>
        <translation>Clear and sign again</translation>
    </message>
    <message id="review.exit_confirm">
        <source>确定退出</source>
        <translation>Yes, exit</translation>
    </message>
    <message id="review.exit_keep">
        <source>继续办理</source>
        <translation>No, continue</translation>
    </message>
    <message id="review.exit_question">
        <source>退出将清除您已填写的信息，确定退出吗？</source>
        <translation>Exit? Everything you filled in will be cleared.</translation>
    </message>
    <message id="review.heading">
        <source>请核对以下信息，确认无误后提交</source>
        <translation>Please check these details, then submit</translation>
    </message>
    <message id="review.hide">
        <source>隐藏完整信息</source>
        <translation>Hide the full details</translation>
    </message>
    <message id="review.reveal">
        <source>显示完整信息（仅限本人查看）</source>
        <translation>Show in full (for the card holder only)</translation>
    </message>
    <message id="review.service">
        <source>办理事项</source>
        <translation>Service</translation>
    </message>
    <message id="review.sign_below">
        <source>请在下方签名确认</source>
        <translation>Please sign below to confirm</translation>
    </message>
    <message id="review.sign_here">
        <source>请在此处签名</source>
        <translation>Sign here</translation>
    </message>
    <message id="review.signature_pad">
        <source>签名区：用手指在此书写您的姓名</source>
        <translation>Signature area: write your name here with your finger</translation>
    </message>
    <message id="review.submit">
        <source>确认提交</source>
        <translation>Submit</translation>
    </message>
    <message id="speech.appointment">
        <source>请选择日期和时间，预约到窗口办理。</source>
        <translation>Please choose a day and a time to book a visit to the counter.</translation>
    </message>
    <message id="speech.card_expired">
        <source>证件已过期，请使用有效证件。</source>
        <translation>This card has expired. Please use a valid card.</translation>
    </message>
    <message id="speech.choose_service">
        <source>请选择要办理的事项，也可以输入名称搜索。</source>
        <translation>Please choose a service, or search for it by name.</translation>
    </message>
    <message id="speech.form">
        <source>请填写申请，带星号的必须填写。</source>
        <translation>Please fill in the form. Items marked with a star are required.</translation>
    </message>
    <message id="speech.form_errors">
        <source>有几项需要修改，请看红色文字的提示。</source>
        <translation>Some items need changing. Please read the red messages.</translation>
    </message>
    <message id="speech.guide">
        <source>请阅读办事指南，然后点开始申请。</source>
        <translation>Please read the guide, then tap Start the application.</translation>
    </message>
    <message id="speech.help_acknowledged">
        <source>工作人员已收到呼叫，正在赶来。</source>
        <translation>A member of staff is on the way.</translation>
    </message>
    <message id="speech.help_called">
        <source>已呼叫工作人员，请在此稍候。</source>
        <translation>Staff have been called. Please wait here.</translation>
    </message>
    <message id="speech.help_queued">
        <source>网络暂时不通，呼叫已保存，联网后自动发出。您也可以到服务窗口找工作人员。</source>
        <translation>The network is down. Your call is saved and will be sent when the connection returns. You can also go to a service counter.</translation>
    </message>
    <message id="speech.identify">
        <source>请将身份证放在读卡区。</source>
        <translation>Please place your ID card on the card reader.</translation>
    </message>
    <message id="speech.idle">
        <source>您好，请选择要办理的事情。也可以直接把身份证放在读卡区。</source>
        <translation>Hello. Please choose what you would like to do, or place your ID card on the reader.</translation>
    </message>
    <message id="speech.language_offer">
        <source>Would you like to continue in English? Tap English.</source>
        <translation>Would you like to continue in English? Tap English.</translation>
    </message>
    <message id="speech.license_added">
        <source>已添加电子证照。</source>
        <translation>E-certificate added.</translation>
    </message>
    <message id="speech.license_printing">
        <source>正在打印，请稍候。</source>
        <translation>Printing. Please wait.</translation>
    </message>
    <message id="speech.materials_missing">
        <source>还缺少材料，请点拍照上传。</source>
        <translation>Some documents are still missing. Tap Take photo to add them.</translation>
    </message>
    <message id="speech.page_captured">
        <source>已拍好。如不清楚可以重拍。</source>
        <translation>Photo taken. If it is unclear, you can retake it.</translation>
    </message>
    <message id="speech.page_capturing">
        <source>正在拍照，请保持材料平放不动。</source>
        <translation>Taking the photo. Please keep the page flat and still.</translation>
    </message>
    <message id="speech.print_certificate">
        <source>请选择要打印的电子证照。</source>
        <translation>Please choose the e-certificate to print.</translation>
    </message>
    <message id="speech.progress_cached">
        <source>网络不通，显示的是较早的记录。</source>
        <translation>Offline: showing an earlier record.</translation>
    </message>
    <message id="speech.query_progress">
        <source>请扫描回执上的二维码，或输入受理编号。</source>
        <translation>Please scan the QR code on your receipt, or type the tracking number.</translation>
    </message>
    <message id="speech.rate">
        <source>请为本次服务评价。</source>
        <translation>Please rate this service.</translation>
    </message>
    <message id="speech.receipt">
        <source>申请已受理。请取走回执，并保管好受理编号。</source>
        <translation>Your application has been accepted. Please take your receipt and keep the tracking number.</translation>
    </message>
    <message id="speech.review">
        <source>请核对信息，确认无误后点确认提交。</source>
        <translation>Please check your details, then tap Submit.</translation>
    </message>
    <message id="speech.see_screen">
        <source>请看屏幕上的提示。</source>
        <translation>Please read the message on the screen.</translation>
    </message>
    <message id="speech.submit">
        <source>正在保存您的申请，请稍候。</source>
        <translation>Saving your application. Please wait.</translation>
    </message>
    <message id="status.accepted">
        <source>属地部门已受理</source>
        <translation>Accepted by the handling department</translation>
    </message>
    <message id="status.completed">
        <source>已办结</source>
        <translation>Completed</translation>
    </message>
    <message id="status.forwarded">
        <source>已转至属地办理部门</source>
        <translation>Sent to the handling department</translation>
    </message>
    <message id="status.received">
        <source>已收件</source>
        <translation>Received</translation>
    </message>
    <message id="submit.saving">
        <source>正在保存您的申请，请稍候</source>
        <translation>Saving your application, please wait</translation>
    </message>
    <message id="tech.bundle.export">
        <source>导出诊断包</source>
        <translation>Export the bundle</translation>
    </message>
    <message id="tech.bundle.failed">
        <source>导出失败：%1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message id="tech.bundle.folder">
        <source>保存到文件夹：</source>
        <translation>Save to folder:</translation>
    </message>
    <message id="tech.bundle.need_folder">
        <source>请选择或输入一个绝对路径的文件夹</source>
        <translation>Choose or type a folder with a full path</translation>
    </message>
    <message id="tech.bundle.saved">
        <source>诊断包已保存：%1</source>
        <translation>Bundle saved: %1</translation>
    </message>
    <message id="tech.bundle.title">
        <source>导出诊断包（配置已去除密钥，日志已脱敏）</source>
        <translation>Export a diagnostics bundle (keys removed from the configuration, personal data masked in the logs)</translation>
    </message>
    <message id="tech.bundle.working">
        <source>正在生成诊断包…</source>
        <translation>Making the bundle…</translation>
    </message>
    <message id="tech.choice.bank_branch">
        <source>银行网点</source>
        <translation>Bank branch</translation>
    </message>
    <message id="tech.choice.en_US">
        <source>英文</source>
        <translation>English</translation>
    </message>
    <message id="tech.choice.service_hall">
        <source>政务服务大厅</source>
        <translation>Government service hall</translation>
    </message>
    <message id="tech.choice.zh_CN">
        <source>简体中文</source>
        <translation>Chinese (Simplified)</translation>
    </message>
    <message id="tech.device.camera">
        <source>摄像头</source>
        <translation>Camera</translation>
    </message>
    <message id="tech.device.disk">
        <source>磁盘空间</source>
        <translation>Disk space</translation>
    </message>
    <message id="tech.device.idcard">
        <source>身份证阅读器</source>
        <translation>ID card reader</translation>
    </message>
    <message id="tech.device.outbox">
        <source>待上报队列</source>
        <translation>Outbox</translation>
    </message>
    <message id="tech.device.platform">
        <source>服务平台</source>
        <translation>Service platform</translation>
    </message>
    <message id="tech.device.printer">
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message id="tech.device.receipt_printer">
        <source>凭条打印机</source>
        <translation>Receipt printer</translation>
    </message>
    <message id="tech.device.scanner">
        <source>扫码器</source>
        <translation>Code scanner</translation>
    </message>
    <message id="tech.enrol.bad_answer">
        <source>平台应答异常，请联系平台运维</source>
        <translation>The platform answered strangely; contact platform operations</translation>
    </message>
    <message id="tech.enrol.code_expired">
        <source>此登记码已过期，请向平台申请新的登记码</source>
        <translation>This code has expired; ask the platform for a new one</translation>
    </message>
    <message id="tech.enrol.code_label">
        <source>登记码：</source>
        <translation>Enrolment code:</translation>
    </message>
    <message id="tech.enrol.code_used">
        <source>此登记码已被使用，请向平台申请新的登记码</source>
        <translation>This code has already been used; ask the platform for a new one</translation>
    </message>
    <message id="tech.enrol.empty_code">
        <source>请先输入登记码</source>
        <translation>Enter the enrolment code first</translation>
    </message>
    <message id="tech.enrol.enrol">
        <source>登记本终端</source>
        <translation>Enrol this terminal</translation>
    </message>
    <message id="tech.enrol.enrolled">
        <source>已登记：终端 %1，%2，密钥 %3（%4）</source>
        <translation>Enrolled: terminal %1, %2, key %3 (%4)</translation>
    </message>
    <message id="tech.enrol.installed">
        <source>已安装密钥 %1（手工安装，未经登记码登记）</source>
        <translation>Key %1 installed by hand (not enrolled with a code)</translation>
    </message>
    <message id="tech.enrol.not_enrolled">
        <source>本终端未登记，不会上报任何数据。请输入平台下发的一次性登记码。</source>
        <translation>This terminal is not enrolled and sends nothing. Enter the one-time code from the platform.</translation>
    </message>
    <message id="tech.enrol.not_written">
        <source>密钥文件无法写入，请检查存储</source>
        <translation>The key file could not be written; check the storage</translation>
    </message>
    <message id="tech.enrol.ok">
        <source>登记成功，已开始上报</source>
        <translation>Enrolled; delivery has started</translation>
    </message>
    <message id="tech.enrol.refused">
        <source>平台拒绝了请求，请联系平台运维</source>
        <translation>The platform refused the request; contact platform operations</translation>
    </message>
    <message id="tech.enrol.rotate">
        <source>更换密钥</source>
        <translation>Rotate key</translation>
    </message>
    <message id="tech.enrol.rotated">
        <source>密钥已更换，旧密钥在过渡期内仍有效</source>
        <translation>Key rotated; the old key stays valid during the rotation window</translation>
    </message>
    <message id="tech.enrol.tab">
        <source>终端登记</source>
        <translation>Enrolment</translation>
    </message>
    <message id="tech.enrol.title">
        <source>终端登记与密钥</source>
        <translation>Terminal enrolment and key</translation>
    </message>
    <message id="tech.enrol.unknown_code">
        <source>登记码不正确，请核对后重新输入</source>
        <translation>The code is not right; check it and enter it again</translation>
    </message>
    <message id="tech.enrol.unreachable">
        <source>无法连接平台，请检查网络后重试</source>
        <translation>The platform cannot be reached; check the network and try again</translation>
    </message>
    <message id="tech.enrol.working">
        <source>正在联系平台…</source>
        <translation>Contacting the platform…</translation>
    </message>
    <message id="tech.exit">
        <source>退出维护</source>
        <translation>Leave maintenance</translation>
    </message>
    <message id="tech.label.camera.device">
        <source>摄像头</source>
        <translation>Camera</translation>
    </message>
    <message id="tech.label.idcard.port">
        <source>身份证阅读器串口</source>
        <translation>ID card reader serial port</translation>
    </message>
    <message id="tech.label.platform.key_file">
        <source>终端密钥文件</source>
        <translation>Terminal key file</translation>
    </message>
    <message id="tech.label.platform.url">
        <source>平台地址</source>
        <translation>Platform address</translation>
    </message>
    <message id="tech.label.printer.queue">
        <source>打印队列</source>
        <translation>Print queue</translation>
    </message>
    <message id="tech.label.session.idle_timeout_s">
        <source>无操作退出（秒）</source>
        <translation>Leave an idle session after (seconds)</translation>
    </message>
    <message id="tech.label.terminal.id">
        <source>终端编号</source>
        <translation>Terminal ID</translation>
    </message>
    <message id="tech.label.terminal.language">
        <source>默认语言</source>
        <translation>Default language</translation>
    </message>
    <message id="tech.label.terminal.site_profile">
        <source>站点类型</source>
        <translation>Kind of site</translation>
    </message>
    <message id="tech.outbox.attempts">
        <source>尝试 %1 次 · %2</source>
        <translation>Attempts: %1 · %2</translation>
    </message>
    <message id="tech.outbox.dead_title">
        <source>平台拒收的项目（%1）</source>
        <translation>Items the platform refused (%1)</translation>
    </message>
    <message id="tech.outbox.no_dead">
        <source>没有被拒收的项目</source>
        <translation>No refused items</translation>
    </message>
    <message id="tech.outbox.none">
        <source>本终端未接入待上报队列</source>
        <translation>This terminal has no outbox</translation>
    </message>
    <message id="tech.outbox.not_dead">
        <source>%1 不是失败项</source>
        <translation>%1 is not a refused item</translation>
    </message>
    <message id="tech.outbox.reason">
        <source>原因：%1</source>
        <translation>Why: %1</translation>
    </message>
    <message id="tech.outbox.requeued">
        <source>已重新排队</source>
        <translation>Queued again</translation>
    </message>
    <message id="tech.outbox.requeued_n">
        <source>已重新排队 %1 项</source>
        <translation>%1 items queued again</translation>
    </message>
    <message id="tech.outbox.requeued_n.one">
        <source>已重新排队 %1 项</source>
        <translation>%1 item queued again</translation>
    </message>
    <message id="tech.outbox.retry">
        <source>重发</source>
        <translation>Send again</translation>
    </message>
    <message id="tech.outbox.retry_all">
        <source>全部重发</source>
        <translation>Send all again</translation>
    </message>
    <message id="tech.outbox.sync_asked">
        <source>已要求立即同步</source>
        <translation>Asked to send now</translation>
    </message>
    <message id="tech.outbox.sync_not_running">
        <source>同步线程未运行</source>
        <translation>The sending thread is not running</translation>
    </message>
    <message id="tech.outbox.sync_now">
        <source>立即同步</source>
        <translation>Send now</translation>
    </message>
    <message id="tech.outbox_counts">
        <source>待上报 %1 项，失败 %2 项</source>
        <translation>%1 waiting, %2 failed</translation>
    </message>
    <message id="tech.outbox_last_success">
        <source>上次成功上报 %1</source>
        <translation>last sent %1</translation>
    </message>
    <message id="tech.outbox_never_sent">
        <source>尚未成功上报过</source>
        <translation>nothing sent yet</translation>
    </message>
    <message id="tech.outbox_oldest">
        <source>最早一项已等待 %1 秒</source>
        <translation>oldest waiting %1 s</translation>
    </message>
    <message id="tech.pin.cancel">
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message id="tech.pin.delete">
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message id="tech.pin.enter">
        <source>请输入维护密码</source>
        <translation>Enter the maintenance PIN</translation>
    </message>
    <message id="tech.pin.locked">
        <source>密码错误次数过多，请 %1 分钟后再试</source>
        <translation>Too many wrong PINs; try again in %1 minutes</translation>
    </message>
    <message id="tech.pin.locked.one">
        <source>密码错误次数过多，请 %1 分钟后再试</source>
        <translation>Too many wrong PINs; try again in %1 minute</translation>
    </message>
    <message id="tech.pin.not_set">
        <source>本终端未设置维护密码，请使用 kiosk technician set-pin 设置</source>
        <translation>No maintenance PIN is set on this terminal; set one with kiosk technician set-pin</translation>
    </message>
    <message id="tech.pin.ok">
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message id="tech.pin.title">
        <source>维护人员登录</source>
        <translation>Technician sign-in</translation>
    </message>
    <message id="tech.pin.wrong">
        <source>密码错误，还可尝试 %1 次</source>
        <translation>Wrong PIN; %1 tries left</translation>
    </message>
    <message id="tech.pin.wrong.one">
        <source>密码错误，还可尝试 %1 次</source>
        <translation>Wrong PIN; %1 try left</translation>
    </message>
    <message id="tech.platform_reachable">
        <source>平台可达</source>
        <translation>platform reachable</translation>
    </message>
    <message id="tech.platform_refused.clock">
        <source>平台拒收：本终端时钟偏差过大</source>
        <translation>platform refuses: this terminal's clock is too far off</translation>
    </message>
    <message id="tech.platform_refused.key">
        <source>平台拒收：本终端的密钥未被接受，请重新登记</source>
        <translation>platform refuses: it does not accept this terminal's key; enrol again</translation>
    </message>
    <message id="tech.platform_refused.not_enrolled">
        <source>平台拒收：本终端未登记</source>
        <translation>platform refuses: this terminal is not enrolled</translation>
    </message>
    <message id="tech.platform_unreachable">
        <source>平台不可达</source>
        <translation>platform not reachable</translation>
    </message>
    <message id="tech.refused.damaged">
        <source>本机保存的记录已损坏，无法读出，发不出去</source>
        <translation>The copy kept on this terminal is damaged and cannot be read, so it cannot be sent</translation>
    </message>
    <message id="tech.refused.gone">
        <source>该项对应的事项在平台上已停办</source>
        <translation>The service this item belongs to has been closed on the platform</translation>
    </message>
    <message id="tech.refused.invalid">
        <source>平台认为内容不符合要求，没有收下；重发前请核对该项</source>
        <translation>The platform found the content invalid and refused it; check the item before sending it again</translation>
    </message>
    <message id="tech.refused.not_found">
        <source>平台上找不到接收该项的入口（可能已停办或平台地址有误）</source>
        <translation>The platform has no place to receive this item (the service may have closed, or the platform address is wrong)</translation>
    </message>
    <message id="tech.refused.other">
        <source>平台拒收了该项，重发也不会改变结果（详见下方代码）</source>
        <translation>The platform refused the item; sending it again will not change that (see the code below)</translation>
    </message>
    <message id="tech.refused.too_large">
        <source>内容太大，平台不收</source>
        <translation>The item is too large for the platform</translation>
    </message>
    <message id="tech.refused.unknown">
        <source>未能送达（详见下方说明）</source>
        <translation>Not delivered (see the detail below)</translation>
    </message>
    <message id="tech.setting.bad_terminal_id">
        <source>终端编号须为 3–32 位大写字母、数字或连字符，且以字母或数字开头（收到 %1）</source>
        <translation>A terminal ID is 3–32 capital letters, digits or hyphens, starting with a letter or digit (got %1)</translation>
    </message>
    <message id="tech.setting.bad_url">
        <source>平台地址须为 http:// 或 https:// 开头的完整地址（收到 %1）</source>
        <translation>The platform address must be a full address starting with http:// or https:// (got %1)</translation>
    </message>
    <message id="tech.setting.device_access">
        <source>%1 %2 无读写权限（请把 kiosk 用户加入 dialout/video 组）</source>
        <translation>%1 %2 cannot be read and written (add the kiosk user to the dialout/video group)</translation>
    </message>
    <message id="tech.setting.empty">
        <source>不能为空</source>
        <translation>This cannot be empty</translation>
    </message>
    <message id="tech.setting.invalid">
        <source>数值无效：%1（收到 %2）</source>
        <translation>Not a valid value: %1 (got %2)</translation>
    </message>
    <message id="tech.setting.key_empty">
        <source>密钥文件 %1 是空文件</source>
        <translation>The key file %1 is empty</translation>
    </message>
    <message id="tech.setting.key_missing">
        <source>密钥文件 %1 不存在</source>
        <translation>The key file %1 does not exist</translation>
    </message>
    <message id="tech.setting.key_unreadable">
        <source>密钥文件 %1 不可读（检查文件权限）</source>
        <translation>The key file %1 cannot be read (check its permissions)</translation>
    </message>
    <message id="tech.setting.no_device">
        <source>%1 %2 不存在，请检查连线或重新选择</source>
        <translation>%1 %2 does not exist; check the cable or choose another</translation>
    </message>
    <message id="tech.setting.no_queue">
        <source>CUPS 中没有名为 %1 的打印队列（现有：%2）</source>
        <translation>CUPS has no print queue called %1 (it has: %2)</translation>
    </message>
    <message id="tech.setting.none">
        <source>无</source>
        <translation>none</translation>
    </message>
    <message id="tech.setting.not_device">
        <source>%1须为 /dev/ 下的设备路径（收到 %2）</source>
        <translation>%1 must be a device path under /dev/ (got %2)</translation>
    </message>
    <message id="tech.setting.not_number">
        <source>须为数字（收到 %1）</source>
        <translation>Enter a number (got %1)</translation>
    </message>
    <message id="tech.setting.only">
        <source>只能选择 %1（收到 %2）</source>
        <translation>Choose one of %1 (got %2)</translation>
    </message>
    <message id="tech.setting.queue_chars">
        <source>打印队列名只能包含字母、数字和 _ . @ -（收到 %1）</source>
        <translation>A print queue name holds only letters, digits and _ . @ - (got %1)</translation>
    </message>
    <message id="tech.setting.range">
        <source>须为 %1 到 %2 之间的数字（收到 %3）</source>
        <translation>Enter a number from %1 to %2 (got %3)</translation>
    </message>
    <message id="tech.setting.save_failed">
        <source>保存失败：%1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message id="tech.setting.unknown">
        <source>未知的设置项 %1</source>
        <translation>There is no setting called %1</translation>
    </message>
    <message id="tech.setting.what_camera">
        <source>摄像头设备</source>
        <translation>The camera device</translation>
    </message>
    <message id="tech.setting.what_port">
        <source>串口</source>
        <translation>The serial port</translation>
    </message>
    <message id="tech.settings.invalid">
        <source>有设置项未通过检查，请按提示修改</source>
        <translation>Some settings did not pass their checks; correct them as shown</translation>
    </message>
    <message id="tech.settings.no_change">
        <source>没有修改</source>
        <translation>Nothing was changed</translation>
    </message>
    <message id="tech.settings.save">
        <source>保存并生效</source>
        <translation>Save and apply</translation>
    </message>
    <message id="tech.settings.saved">
        <source>已保存 %1 项设置并生效</source>
        <translation>%1 settings saved and applied</translation>
    </message>
    <message id="tech.settings.saved.one">
        <source>已保存 %1 项设置并生效</source>
        <translation>%1 setting saved and applied</translation>
    </message>
    <message id="tech.state.broken">
        <source>有故障，请看下面的说明</source>
        <translation>Not working; see the detail below</translation>
    </message>
    <message id="tech.state.ok">
        <source>工作正常</source>
        <translation>Working</translation>
    </message>
    <message id="tech.state.untested">
        <source>尚未自检</source>
        <translation>Not tested yet</translation>
    </message>
    <message id="tech.status.device">
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message id="tech.status.running">
        <source>自检中…</source>
        <translation>Testing…</translation>
    </message>
    <message id="tech.status.test">
        <source>自检</source>
        <translation>Test</translation>
    </message>
    <message id="tech.status.test_all">
        <source>全部自检</source>
        <translation>Test all devices</translation>
    </message>
    <message id="tech.status.test_page">
        <source>打印测试页</source>
        <translation>Print a test page</translation>
    </message>
    <message id="tech.tab.bundle">
        <source>诊断包</source>
        <translation>Diagnostics</translation>
    </message>
    <message id="tech.tab.outbox">
        <source>待上报</source>
        <translation>Outbox</translation>
    </message>
    <message id="tech.tab.settings">
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message id="tech.tab.status">
        <source>设备状态</source>
        <translation>Devices</translation>
    </message>
    <message id="tech.title">
        <source>维护模式</source>
        <translation>Maintenance mode</translation>
    </message>
    <message id="timeout.continue">
        <source>继续办理</source>
        <translation>Continue</translation>
    </message>
    <message id="timeout.warning">
        <source>您已较长时间未操作，%1 秒后将退出并清除您的信息</source>
        <translation>You have not touched the screen for a while. In %1 seconds this session will end and your information will be cleared.</translation>
    </message>
    <message id="timeout.warning.one">
        <source>您已较长时间未操作，%1 秒后将退出并清除您的信息</source>
        <translation>You have not touched the screen for a while. In %1 second this session will end and your information will be cleared.</translation>
    </message>
    <message id="title.appointment">
        <source>预约办理</source>
        <translation>Book an appointment</translation>
    </message>
    <message id="title.choose_service">
        <source>选择办理事项</source>
        <translation>Choose a service</translation>
    </message>
    <message id="title.form">
        <source>填写申请</source>
        <translation>Application form</translation>
    </message>
    <message id="title.guide">
        <source>办事指南</source>
        <translation>Service guide</translation>
    </message>
    <message id="title.identify">
        <source>身份认证</source>
        <translation>Identify yourself</translation>
    </message>
    <message id="title.idle">
        <source>欢迎使用政务服务自助终端</source>
        <translation>Welcome</translation>
    </message>
    <message id="title.print_certificate">
        <source>证照打印</source>
        <translation>Print a certificate</translation>
    </message>
    <message id="title.query_progress">
        <source>办件进度查询</source>
        <translation>Track an application</translation>
    </message>
    <message id="title.rate">
        <source>服务评价</source>
        <translation>Rate this service</translation>
    </message>
    <message id="title.receipt">
        <source>受理回执</source>
        <translation>Receipt</translation>
    </message>
    <message id="title.review">
        <source>核对信息</source>
        <translation>Check your details</translation>
    </message>
    <message id="title.submit">
        <source>正在提交</source>
        <translation>Submitting</translation>
    </message>
    <message id="weekday.0">
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message id="weekday.1">
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message id="weekday.2">
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message id="weekday.3">
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message id="weekday.4">
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message id="weekday.5">
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message id="weekday.6">
        <source>周日</source>
        <translation>Sun</translation>
    </message>
</context>
</TS>
