import QtQuick
import QtQuick.Layouts
import "../components"

Item {
    objectName: "screen_idle"
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 60
        spacing: 40
        Item { Layout.preferredHeight: 60 }
        Text {
            text: "您好，请选择要办理的事情"
            font.pixelSize: 56
            font.bold: true
            Layout.alignment: Qt.AlignHCenter
        }
        BodyText {
            text: "异地业务就近办理 · 办理结果邮寄到家"
            color: "#555555"
            Layout.alignment: Qt.AlignHCenter
        }
        Item { Layout.preferredHeight: 40 }
        BigButton {
            objectName: "startApplyButton"
            text: "办理业务"
            Layout.fillWidth: true
            Layout.preferredHeight: 220
            font.pixelSize: 60
            onClicked: vm.start("apply")
        }
        BigButton {
            objectName: "startProgressButton"
            text: "查询办件进度"
            Layout.fillWidth: true
            Layout.preferredHeight: 180
            tint: "#1d5fa8"
            onClicked: vm.start("progress")
        }
        BigButton {
            objectName: "startPrintButton"
            text: "证照打印"
            Layout.fillWidth: true
            Layout.preferredHeight: 180
            tint: "#2e7d32"
            onClicked: vm.start("print")
        }
        Item { Layout.fillHeight: true }
        BodyText {
            text: "也可以直接将身份证放在下方读卡区开始办理"
            color: "#666666"
            Layout.alignment: Qt.AlignHCenter
        }
    }
}
