import QtQuick
import Kiosk

// In English: a plain line saying that what comes from the platform (service names, departments,
// conditions, form labels… where the platform sent no English) is shown in Chinese, as the platform
// provides it. Shown only when something on this screen really is the platform's Chinese
// (vm.platformInChinese); says nothing in Chinese.
Text {
    objectName: "platformCue"
    visible: vm.platformInChinese || (vm.screen === "guide" && errands.record.in_chinese === true)  // and a 查询打印 record
             || (vm.screen === "query_progress"  // an application's item named in the platform's Chinese
                 && (vm.progress.in_chinese === true || errands.ownApplications.in_chinese === true))
    text: qsTrId("data.in_chinese")
    font.pixelSize: Theme.smallSize
    font.italic: true
    color: Theme.muted
    wrapMode: Text.WordWrap
    lineHeight: Theme.lineHeight
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
