import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk
import "../components"

Item {
    objectName: "screen_guide"
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing - 8
        SectionTitle { objectName: "guideName"; text: vm.guide.name || ""; Layout.fillWidth: true }
        BodyText { text: (vm.guide.department || "") + (vm.guide.handled_where ? "  ·  " + vm.guide.handled_where : ""); color: Theme.muted; Layout.fillWidth: true }
        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            ColumnLayout {
                width: scroll.availableWidth
                spacing: 18
                Repeater {
                    model: vm.guide.sections || []
                    delegate: ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 6
                        Text {
                            text: modelData.title
                            font.pixelSize: Theme.bodySize + 2
                            font.bold: true
                            color: Theme.brand
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        BodyText { text: modelData.body; Layout.fillWidth: true }
                    }
                }
            }
        }
        Notice { objectName: "guideNotice"; text: vm.notice; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: 24
            BigButton { objectName: "backButton"; text: qsTrId("common.back"); secondary: true; Layout.fillWidth: true; onClicked: vm.back() }
            BigButton {
                objectName: "startFormButton"
                text: vm.guide.online ? qsTrId("guide.start") : qsTrId("guide.only")
                enabled: vm.guide.online === true
                Layout.fillWidth: true
                onClicked: vm.openForm()
            }
        }
    }
}
