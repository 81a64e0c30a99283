import QtQuick
import QtQuick.Layouts
import "../components"

Item {
    objectName: "screen_receipt"
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 60
        spacing: 30
        SectionTitle { text: "✓ 申请已受理"; color: "#2e7d32"; Layout.alignment: Qt.AlignHCenter }
        BodyText { text: "受理编号"; Layout.alignment: Qt.AlignHCenter }
        Text {
            objectName: "trackingNumber"
            text: vm.trackingNumber
            font.pixelSize: 52
            font.bold: true
            font.family: "monospace"
            Layout.alignment: Qt.AlignHCenter
        }
        BodyText { objectName: "receiptMessage"; text: vm.receiptMessage; Layout.fillWidth: true; horizontalAlignment: Text.AlignHCenter }
        Notice { objectName: "printNotice"; text: vm.notice; warning: vm.printing || vm.receiptFailed; Layout.fillWidth: true }
        Item { Layout.fillHeight: true }
        BigButton {
            objectName: "reprintButton"
            visible: vm.receiptFailed
            text: "重新打印回执"
            secondary: true
            Layout.fillWidth: true
            onClicked: vm.reprintReceipt()
        }
        BigButton { objectName: "toRatingButton"; text: "完成，去评价"; enabled: !vm.printing; Layout.fillWidth: true; onClicked: vm.toRating() }
    }
}
