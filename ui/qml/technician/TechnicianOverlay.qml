import QtQuick
import QtQuick.Layouts

// Covers the citizen screens completely while technician mode is open.
Rectangle {
    id: overlay
    objectName: "technicianOverlay"
    color: "#eceff1"
    MouseArea { anchors.fill: parent }  // nothing behind the overlay can be tapped

    PinPad {
        anchors.fill: parent
        visible: !tech.unlocked
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 16
        visible: tech.unlocked

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Text { text: qsTrId("tech.title"); font.pixelSize: 40; font.bold: true; color: "#263238"; Layout.fillWidth: true }
            TechButton {
                objectName: "techExitButton"
                text: qsTrId("tech.exit")
                tint: "#c62828"
                onClicked: tech.exit()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Repeater {
                model: [["status", qsTrId("tech.tab.status")], ["settings", qsTrId("tech.tab.settings")], ["outbox", qsTrId("tech.tab.outbox")], ["bundle", qsTrId("tech.tab.bundle")], ["enrol", qsTrId("tech.enrol.tab")]]
                delegate: TechButton {
                    objectName: "techTab_" + modelData[0]
                    text: modelData[1]
                    selected: tech.page === modelData[0]
                    Layout.fillWidth: true
                    onClicked: tech.showPage(modelData[0])
                }
            }
        }
        Text {
            objectName: "techNotice"
            text: tech.notice
            visible: text !== ""
            font.pixelSize: 30
            color: "#1565c0"
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Loader {
            objectName: "techPageLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            source: tech.unlocked ? ({ status: "StatusPage.qml", settings: "SettingsPage.qml", outbox: "OutboxPage.qml", bundle: "BundlePage.qml", enrol: "EnrolPage.qml" })[tech.page] : ""
        }
    }
}
