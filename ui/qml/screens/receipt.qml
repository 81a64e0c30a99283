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
        // The receipt's words scroll above the notice and the buttons: in 长辈版 English they are
        // taller than the screen, and 完成 must stay in reach.
        Flickable {
            objectName: "receiptFlick"
            id: receiptFlick
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: receiptColumn.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            ColumnLayout {
                id: receiptColumn
                width: receiptFlick.width
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
                // What happened to the filing, said from the one link state the header shows too.
                BodyText { objectName: "filingStatus"; text: errands.filingText; Layout.fillWidth: true; horizontalAlignment: Text.AlignHCenter }
                // The QR beside the next steps; in 长辈版 above them, so neither is squeezed.
                GridLayout {
                    Layout.fillWidth: true
                    columns: Theme.elder ? 1 : 2
                    columnSpacing: Theme.spacing
                    rowSpacing: Theme.spacing
                    Image {
                        objectName: "receiptQr"
                        Layout.alignment: Qt.AlignHCenter
                        source: errands.receipt.qr || ""
                        Layout.preferredWidth: Theme.elder ? 300 : 280
                        Layout.preferredHeight: Layout.preferredWidth
                        fillMode: Image.PreserveAspectFit
                        smooth: false
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTrId("receipt.qr")
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 12
                        BodyText { text: qsTrId("receipt.next"); font.bold: true; Layout.fillWidth: true }
                        BodyText { objectName: "receiptTimeLimit"; text: errands.receipt.time_limit || ""; Layout.fillWidth: true }
                        BodyText { objectName: "receiptDelivery"; text: errands.receipt.delivery || ""; Layout.fillWidth: true }
                        BodyText { text: qsTrId("receipt.scan_hint"); color: Theme.muted; Layout.fillWidth: true }
                    }
                }
            }
        }
        MoreBelow { objectName: "receiptMore"; flick: receiptFlick; Layout.fillWidth: true }
        Notice { objectName: "printNotice"; text: vm.notice; warning: vm.printing || vm.receiptFailed; Layout.fillWidth: true }
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
