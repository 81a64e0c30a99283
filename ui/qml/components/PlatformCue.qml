import QtQuick
import Kiosk

// In English: a plain line saying that what comes from the platform (service names without an English
// version, departments, conditions, form labels) is shown in Chinese, as the platform provides it.
// Says nothing in Chinese.
Text {
    objectName: "platformCue"
    visible: vm.language !== "zh_CN"
    text: qsTrId("data.in_chinese")
    font.pixelSize: Theme.smallSize
    font.italic: true
    color: Theme.muted
    wrapMode: Text.WordWrap
    lineHeight: Theme.lineHeight
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
