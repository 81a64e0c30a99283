import QtQuick
import QtQuick.Layouts
import QtQuick.Controls

// Enrolment with a one-time code, and key rotation. Words come from the catalog (tech.enrol.*).
Item {
    objectName: "techEnrolPage"
    ColumnLayout {
        anchors.fill: parent
        spacing: 16
        Text { text: qsTrId("tech.enrol.title"); font.pixelSize: 30; font.bold: true; Layout.fillWidth: true }
        Text {
            objectName: "enrolStatus"
            text: tech.enrolStatus
            font.pixelSize: 28
            color: tech.enrolled ? "#2e7d32" : "#c62828"
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Text { text: qsTrId("tech.enrol.code_label"); font.pixelSize: 28 }
        TextField {
            id: codeInput
            objectName: "enrolCodeInput"
            font.pixelSize: 34
            font.capitalization: Font.AllUppercase
            inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
            placeholderText: "XXXX-XXXX-XXXX"
            Layout.fillWidth: true
            Layout.preferredHeight: 80
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            TechButton {
                objectName: "enrolButton"
                text: qsTrId("tech.enrol.enrol")
                tint: "#1565c0"
                Layout.fillWidth: true
                enabled: !tech.busy
                onClicked: tech.enrol(codeInput.text)
            }
            TechButton {
                objectName: "rotateKeyButton"
                text: qsTrId("tech.enrol.rotate")
                tint: "#455a64"
                Layout.fillWidth: true
                enabled: !tech.busy && tech.enrolled
                onClicked: tech.rotateKey()
            }
        }
        Text {
            objectName: "enrolMessage"
            text: tech.enrolMessage
            font.pixelSize: 28
            color: "#1565c0"
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Item { Layout.fillHeight: true }
    }
}
