import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../components"

Item {
    objectName: "screen_guide"
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 40
        spacing: 20
        SectionTitle { objectName: "guideName"; text: vm.guide.name || ""; Layout.fillWidth: true }
        BodyText { text: (vm.guide.department || "") + (vm.guide.handled_where ? "  ·  " + vm.guide.handled_where : ""); color: "#555555"; Layout.fillWidth: true }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            ColumnLayout {
                width: parent.width
                spacing: 18
                Repeater {
                    model: vm.guide.sections || []
                    delegate: ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 980
                        spacing: 6
                        Text { text: modelData.title; font.pixelSize: 34; font.bold: true; color: vm.brandColor }
                        BodyText { text: modelData.body; Layout.fillWidth: true; Layout.preferredWidth: 980 }
                    }
                }
            }
        }
        Notice { objectName: "guideNotice"; text: vm.notice; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: 24
            BigButton { objectName: "backButton"; text: "返回"; secondary: true; Layout.fillWidth: true; onClicked: vm.back() }
            BigButton {
                objectName: "startFormButton"
                text: vm.guide.online ? "开始申请" : "仅提供指南"
                enabled: vm.guide.online === true
                Layout.fillWidth: true
                onClicked: vm.openForm()
            }
        }
    }
}
