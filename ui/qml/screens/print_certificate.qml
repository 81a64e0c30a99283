import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk
import "../components"

Item {
    objectName: "screen_print_certificate"
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin - 8
        spacing: 20
        BodyText { text: qsTrId("licenses.heading"); Layout.fillWidth: true }
        ListView {
            objectName: "licenseList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 16
            model: vm.licenses
            delegate: Rectangle {
                width: ListView.view.width
                height: Math.max(Theme.touchTarget + 50, row.implicitHeight + 40)
                radius: 16
                color: Theme.surface
                border.color: Theme.muted
                border.width: 2
                RowLayout {
                    id: row
                    anchors.fill: parent
                    anchors.margins: 20
                    ColumnLayout {
                        Layout.fillWidth: true
                        Text { text: modelData.name; font.pixelSize: Theme.bodySize + 2; font.bold: true; color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                        Text { text: modelData.issuer; font.pixelSize: Theme.smallSize; color: Theme.muted; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                    }
                    BigButton {
                        objectName: "printLicense_" + index
                        text: qsTrId("licenses.print")
                        Accessible.name: qsTrId("licenses.print") + " " + modelData.name
                        implicitWidth: Theme.elder ? 240 : 200
                        enabled: !vm.printing
                        onClicked: vm.printLicense(index)
                    }
                }
            }
        }
        Notice { objectName: "printNotice"; text: vm.notice; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: 24
            BigButton { objectName: "cancelButton"; text: qsTrId("common.exit"); secondary: true; Layout.fillWidth: true; onClicked: vm.cancel() }
            BigButton { objectName: "toRatingButton"; text: qsTrId("common.done_rate"); enabled: !vm.printing; Layout.fillWidth: true; onClicked: vm.toRating() }
        }
    }
}
