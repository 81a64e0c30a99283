import QtQuick
import QtQuick.Layouts
import Kiosk
import "../components"

Item {
    objectName: "screen_receipt"
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        SectionTitle { text: "✓ " + qsTrId("receipt.accepted"); color: Theme.ok; horizontalAlignment: Text.AlignHCenter; Layout.fillWidth: true }
        BodyText { text: qsTrId("receipt.tracking_number"); horizontalAlignment: Text.AlignHCenter; Layout.fillWidth: true }
        Text {
            objectName: "trackingNumber"
            text: vm.trackingNumber
            font.pixelSize: Theme.headingSize
            font.bold: true
            font.family: "monospace"
            color: Theme.text
            Layout.alignment: Qt.AlignHCenter
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        BodyText { objectName: "receiptMessage"; text: vm.receiptMessage; Layout.fillWidth: true; horizontalAlignment: Text.AlignHCenter }
        Notice { objectName: "printNotice"; text: vm.notice; warning: vm.printing || vm.receiptFailed; Layout.fillWidth: true }
        Item { Layout.fillHeight: true }
        BigButton {
            objectName: "reprintButton"
            visible: vm.receiptFailed
            text: qsTrId("receipt.reprint")
            secondary: true
            Layout.fillWidth: true
            onClicked: vm.reprintReceipt()
        }
        BigButton { objectName: "toRatingButton"; text: qsTrId("common.done_rate"); enabled: !vm.printing; Layout.fillWidth: true; onClicked: vm.toRating() }
    }
}
