import QtQuick
import QtQuick.Layouts
import Kiosk
import "../components"

Item {
    objectName: "screen_idle"
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        SectionTitle {
            objectName: "idleHeading"
            text: qsTrId("idle.heading")
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        BodyText {
            objectName: "idleTagline"
            visible: !Theme.elder  // fewer items in 长辈版
            text: errands.tagline
            color: Theme.muted
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        // The buttons come from the site profile (ui.home_actions), all in the profile's colour.
        BigButton {
            objectName: "startApplyButton"
            visible: errands.homeActions.indexOf("apply") >= 0
            text: qsTrId("idle.start_apply")
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(200, implicitHeight)
            font.pixelSize: Theme.heroSize
            onClicked: vm.start("apply")
        }
        BigButton {
            objectName: "startRecordsButton"
            visible: errands.homeActions.indexOf("records") >= 0
            text: qsTrId("idle.start_records")
            Layout.fillWidth: true
            // Taller when the words need it; the English words are long, so they are set smaller.
            Layout.preferredHeight: Math.max(200, implicitHeight)
            font.pixelSize: vm.language === "en_US" ? Theme.buttonSize : Theme.heroSize - 6
            onClicked: vm.start("records")
        }
        BigButton {
            objectName: "startProgressButton"
            visible: errands.homeActions.indexOf("progress") >= 0
            text: qsTrId("idle.start_progress")
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget + 50
            onClicked: vm.start("progress")
        }
        BigButton {
            objectName: "startPrintButton"
            visible: errands.homeActions.indexOf("certificates") >= 0
            text: qsTrId("idle.start_print")
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget + 50
            onClicked: vm.start("print")
        }
        BigButton {
            objectName: "startAppointmentButton"
            visible: errands.homeActions.indexOf("appointment") >= 0
            text: qsTrId("idle.start_appointment")
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget + 50
            onClicked: vm.start("apply")
        }
        // The clearly named 长辈版 entry: large, on the home screen, in words (not an icon).
        BigButton {
            objectName: "elderModeButton"
            text: Theme.elder ? qsTrId("idle.elder_off") : qsTrId("idle.elder_on")
            secondary: true
            tint: Theme.brown
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget + 50
            font.pixelSize: Theme.elder ? Theme.buttonSize : Theme.heroSize - 8
            onClicked: vm.toggleElderMode()
        }
        Item { Layout.fillHeight: true }
        BodyText {
            text: qsTrId("idle.card_hint")
            color: Theme.muted
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
    }
}
