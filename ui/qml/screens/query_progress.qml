import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../components"

Item {
    objectName: "screen_query_progress"
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 40
        spacing: 20
        BodyText { text: "请扫描回执上的二维码，或输入受理编号"; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            TextField {
                id: trackingInput
                objectName: "trackingInput"
                Layout.fillWidth: true
                Layout.preferredHeight: 100
                font.pixelSize: 34
                font.capitalization: Font.AllUppercase
                placeholderText: "受理编号"
            }
            BigButton { objectName: "queryButton"; text: "查询"; implicitWidth: 220; onClicked: vm.queryProgress(trackingInput.text) }
        }
        Notice { objectName: "progressNotice"; text: vm.notice; Layout.fillWidth: true }
        SectionTitle { objectName: "progressTitle"; text: vm.progress.title || ""; visible: text.length > 0; Layout.fillWidth: true }
        BodyText { objectName: "progressAge"; text: vm.progress.age || ""; color: "#8a6d00"; visible: text.length > 0; Layout.fillWidth: true }
        ListView {
            objectName: "progressTimeline"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 12
            model: vm.progress.steps || []
            delegate: RowLayout {
                width: ListView.view.width
                Rectangle { width: 28; height: 28; radius: 14; color: modelData.done ? "#2e7d32" : "#bdbdbd" }
                ColumnLayout {
                    Layout.fillWidth: true
                    Text { text: modelData.name; font.pixelSize: 32; font.bold: modelData.done; Layout.alignment: Qt.AlignLeft }
                    Text { text: modelData.time || ""; font.pixelSize: 24; color: "#666666"; Layout.alignment: Qt.AlignLeft }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 24
            BigButton { objectName: "cancelButton"; text: "退出"; secondary: true; Layout.fillWidth: true; onClicked: vm.cancel() }
            BigButton { objectName: "toRatingButton"; text: "完成，去评价"; Layout.fillWidth: true; onClicked: vm.toRating() }
        }
    }
}
