import QtQuick
import QtQuick.Layouts

// In the site's language throughout (labels and message from the technician view model), whatever
// language the citizen's session on screen was in when the pad opened.
Item {
    objectName: "pinPad"
    ColumnLayout {
        anchors.centerIn: parent
        spacing: 24
        width: 640
        Text { objectName: "pinTitle"; text: tech.pinLabels.title; font.pixelSize: 44; font.bold: true; Layout.alignment: Qt.AlignHCenter }
        Text {
            objectName: "pinDots"
            text: tech.pinLength > 0 ? "●".repeat(tech.pinLength) : "—"
            font.pixelSize: 48
            Layout.alignment: Qt.AlignHCenter
        }
        Text {
            objectName: "pinMessage"
            text: tech.pinMessage
            font.pixelSize: 30
            color: "#b71c1c"
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        GridLayout {
            columns: 3
            rowSpacing: 16
            columnSpacing: 16
            Layout.alignment: Qt.AlignHCenter
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                delegate: TechButton {
                    objectName: "pinKey_" + modelData
                    text: modelData
                    font.pixelSize: 44
                    implicitWidth: 190
                    implicitHeight: 120
                    onClicked: tech.pressDigit(modelData)
                }
            }
            TechButton { objectName: "pinBackspace"; text: tech.pinLabels.delete; implicitWidth: 190; implicitHeight: 120; tint: "#607d8b"; onClicked: tech.backspace() }
            TechButton { objectName: "pinKey_0"; text: "0"; font.pixelSize: 44; implicitWidth: 190; implicitHeight: 120; onClicked: tech.pressDigit("0") }
            TechButton { objectName: "pinEnter"; text: tech.pinLabels.ok; implicitWidth: 190; implicitHeight: 120; tint: "#2e7d32"; onClicked: tech.submitPin() }
        }
        TechButton {
            objectName: "pinCancel"
            text: tech.pinLabels.cancel
            tint: "#757575"
            Layout.fillWidth: true
            onClicked: tech.exit()
        }
    }
}
