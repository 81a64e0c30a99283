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
            id: licenseList
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
                        objectName: "showLicense_" + index
                        text: qsTrId("licenses.show")
                        Accessible.name: qsTrId("licenses.show") + " " + modelData.name
                        secondary: true
                        implicitWidth: Theme.elder ? 240 : 200
                        onClicked: errands.showLicense(index)
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
        MoreBelow { objectName: "licensesMore"; flick: licenseList; Layout.fillWidth: true }
        Notice { objectName: "printNotice"; text: vm.notice; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: 24
            BigButton { objectName: "cancelButton"; text: qsTrId("common.exit"); secondary: true; Layout.fillWidth: true; onClicked: vm.cancel() }
            BigButton { objectName: "toRatingButton"; text: qsTrId("common.done_rate"); enabled: !vm.printing; Layout.fillWidth: true; onClicked: vm.toRating() }
        }
    }

    // 亮证: the license as a clerk checks it. Holder and number masked (the number keeps its last
    // digits), validity, and the issuer's verification QR; printed from here too.
    Rectangle {
        objectName: "licenseCard"
        visible: (errands.shownLicense.name || "") !== ""
        anchors.fill: parent
        color: Theme.background  // covers the list: one license at a time, nothing behind it
        z: 5
        MouseArea { anchors.fill: parent; Accessible.ignored: true }  // taps stay on the card
        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.spacing - 8
            SectionTitle { text: errands.shownLicense.name || ""; Layout.fillWidth: true }
            BodyText { objectName: "licenseHolder"; text: qsTrId("license.holder").arg(errands.shownLicense.holder || ""); Layout.fillWidth: true }
            BodyText { objectName: "licenseNumber"; text: errands.shownLicense.number || ""; font.family: "monospace"; Layout.fillWidth: true }
            BodyText { text: errands.shownLicense.issuer || ""; color: Theme.muted; Layout.fillWidth: true }
            BodyText {
                objectName: "licenseValidity"
                text: errands.shownLicense.validity || ""
                color: errands.shownLicense.valid ? Theme.ok : Theme.error
                font.bold: true
                Layout.fillWidth: true
            }
            Image {
                objectName: "licenseQr"
                source: errands.shownLicense.qr_image || ""
                Layout.preferredWidth: Theme.elder ? 380 : 340
                Layout.preferredHeight: Layout.preferredWidth
                Layout.alignment: Qt.AlignHCenter
                fillMode: Image.PreserveAspectFit
                smooth: false
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTrId("license.qr")
            }
            BodyText { text: qsTrId("license.qr_hint"); color: Theme.muted; horizontalAlignment: Text.AlignHCenter; Layout.fillWidth: true }
            Item { Layout.fillHeight: true }
            RowLayout {
                Layout.fillWidth: true
                spacing: 24
                BigButton { objectName: "hideLicenseButton"; text: qsTrId("common.close"); secondary: true; Layout.fillWidth: true; onClicked: errands.hideLicense() }
                BigButton { objectName: "printShownLicenseButton"; text: qsTrId("licenses.print"); enabled: !vm.printing; Layout.fillWidth: true; onClicked: errands.printShownLicense() }
            }
        }
    }
}
