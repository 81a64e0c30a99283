import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../components"

Item {
    objectName: "screen_print_certificate"
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 40
        spacing: 20
        BodyText { text: "以下是您名下可打印的电子证照"; Layout.fillWidth: true }
        ListView {
            objectName: "licenseList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 16
            model: vm.licenses
            delegate: Rectangle {
                width: ListView.view.width
                height: 150
                radius: 16
                color: "white"
                border.color: "#dddddd"
                RowLayout {
                    anchors.fill: parent
                    anchors.margins: 20
                    ColumnLayout {
                        Layout.fillWidth: true
                        Text { text: modelData.name; font.pixelSize: 34; font.bold: true }
                        Text { text: modelData.issuer; font.pixelSize: 26; color: "#666666" }
                    }
                    BigButton {
                        objectName: "printLicense_" + index
                        text: "打印"
                        implicitWidth: 200
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
            BigButton { objectName: "cancelButton"; text: "退出"; secondary: true; Layout.fillWidth: true; onClicked: vm.cancel() }
            BigButton { objectName: "toRatingButton"; text: "完成，去评价"; enabled: !vm.printing; Layout.fillWidth: true; onClicked: vm.toRating() }
        }
    }
}
