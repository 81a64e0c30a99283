import QtQuick
import QtQuick.Layouts
import QtQuick.Controls

Item {
    objectName: "techStatusPage"
    ColumnLayout {
        anchors.fill: parent
        spacing: 12
        TechButton {
            objectName: "runAllSelfTests"
            text: tech.busy ? qsTrId("tech.status.running") : qsTrId("tech.status.test_all")
            tint: "#1565c0"
            Layout.fillWidth: true
            onClicked: tech.runAllSelfTests()
        }
        ListView {
            objectName: "statusList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 10
            model: tech.statusRows
            delegate: Rectangle {
                objectName: "statusRow_" + modelData.device
                width: ListView.view.width
                height: 150
                radius: 10
                color: modelData.state === "ok" ? "#e8f5e9" : (modelData.state === "broken" ? "#ffebee" : "white")
                border.color: modelData.state === "ok" ? "#2e7d32" : (modelData.state === "broken" ? "#c62828" : "#b0bec5")
                border.width: 3
                RowLayout {
                    anchors.fill: parent
                    anchors.margins: 16
                    spacing: 16
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 4
                        Text {
                            objectName: "statusState_" + modelData.device
                            text: (modelData.state === "ok" ? "✔ " : (modelData.state === "broken" ? "✘ " : "? ")) + qsTrId("tech.status.device").arg(modelData.label).arg(modelData.device)
                            font.pixelSize: 32
                            font.bold: true
                        }
                        Text {
                            objectName: "statusMessage_" + modelData.device
                            text: modelData.message + (modelData.at ? "  · " + modelData.at : "")
                            font.pixelSize: 28
                            color: "#37474f"
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        // The self-test's own technical detail (the device's words), as a second line.
                        Text {
                            objectName: "statusDetail_" + modelData.device
                            text: modelData.detail
                            visible: text !== ""
                            font.pixelSize: 24
                            color: "#455a64"
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    TechButton {
                        objectName: "selfTest_" + modelData.device
                        text: qsTrId("tech.status.test")
                        onClicked: tech.runSelfTest(modelData.device)
                    }
                    TechButton {
                        // Self-tests never use paper; a test page is printed only from this button.
                        objectName: "testPage_" + modelData.device
                        visible: tech.testPageDevices.indexOf(modelData.device) >= 0
                        text: qsTrId("tech.status.test_page")
                        tint: "#6d4c41"
                        onClicked: tech.printTestPage(modelData.device)
                    }
                }
            }
        }
    }
}
