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
        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            ColumnLayout {
                width: scroll.availableWidth
                spacing: 18
                // The department and the cue scroll with the guide: in 长辈版 English the departments of a
                // bundle take four lines, which above the scrolling area left it 392 px of 1920 (762 in Chinese).
                BodyText { objectName: "guideDepartment"; text: vm.guide.department || ""; color: Theme.muted; Layout.fillWidth: true }
                PlatformCue { Layout.fillWidth: true }
                // Where to go in person: the way forward from a guide-only item, and useful for every item.
                Text {
                    visible: (vm.guide.windows || []).length > 0
                    text: qsTrId("guide.windows")
                    font.pixelSize: Theme.bodySize + 2
                    font.bold: true
                    color: Theme.brand
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Repeater {
                    model: vm.guide.windows || []
                    delegate: Rectangle {
                        required property var modelData
                        required property int index
                        objectName: "guideWindow_" + index
                        Layout.fillWidth: true
                        implicitHeight: windowText.implicitHeight + 32
                        radius: 12
                        color: Theme.surface
                        border.color: Theme.muted
                        border.width: 1
                        ColumnLayout {
                            id: windowText
                            anchors.fill: parent
                            anchors.margins: 16
                            spacing: 4
                            BodyText { text: modelData.name; font.bold: true; Layout.fillWidth: true }
                            BodyText { text: qsTrId("guide.address").arg(modelData.address); Layout.fillWidth: true }
                            BodyText { visible: modelData.hours !== ""; text: qsTrId("guide.hours").arg(modelData.hours); color: Theme.muted; Layout.fillWidth: true }
                            BodyText { visible: modelData.phone !== ""; text: qsTrId("guide.phone").arg(modelData.phone); Layout.fillWidth: true }
                        }
                    }
                }
                // 查询打印: the record fetched for this citizen, shown as it is printed.
                Rectangle {
                    objectName: "recordPanel"
                    visible: (errands.record.name || "") !== ""
                    Layout.fillWidth: true
                    implicitHeight: recordText.implicitHeight + 32
                    radius: 12
                    color: Theme.surface
                    border.color: Theme.ok
                    border.width: 2
                    ColumnLayout {
                        id: recordText
                        anchors.fill: parent
                        anchors.margins: 16
                        spacing: 4
                        BodyText { text: errands.record.name || ""; font.bold: true; Layout.fillWidth: true }
                        Repeater {
                            model: errands.record.rows || []
                            delegate: BodyText { required property var modelData; text: modelData.label + qsTrId("list.colon") + modelData.value; Layout.fillWidth: true }
                        }
                        BodyText { text: errands.record.issuer || ""; color: Theme.muted; Layout.fillWidth: true }
                    }
                }
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
        MoreBelow { objectName: "guideMore"; flick: scroll.contentItem; Layout.fillWidth: true }
        Notice { objectName: "guideNotice"; text: vm.notice || errands.record.problem || errands.guidePrint; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: 24
            BigButton {
                objectName: "printGuideButton"
                text: qsTrId("guide.print")
                secondary: true
                enabled: !vm.printing
                Layout.fillWidth: true
                onClicked: errands.printGuide()
            }
            BigButton {
                objectName: "bookAppointmentButton"
                visible: errands.appointment.available && vm.guide.mode !== "record"
                text: qsTrId("guide.book")
                secondary: vm.guide.online === true
                Layout.fillWidth: true
                onClicked: errands.openAppointment()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 24
            BigButton { objectName: "backButton"; text: qsTrId("common.back"); secondary: true; Layout.fillWidth: true; onClicked: vm.back() }
            BigButton {
                objectName: "startFormButton"
                visible: vm.guide.online === true
                text: qsTrId("guide.start")
                Layout.fillWidth: true
                onClicked: vm.openForm()
            }
            BigButton {
                objectName: "fetchRecordButton"
                visible: vm.guide.mode === "record"
                enabled: !errands.record.busy
                text: errands.record.printed ? qsTrId("guide.record_again") : qsTrId("guide.record")
                Layout.fillWidth: true
                onClicked: errands.fetchRecord()
            }
        }
    }
}
