import QtQuick
import QtQuick.Layouts
import Kiosk

// Shown at once when a foreigner's permanent-residence card is read: the offer is written in both
// languages, because the citizen may read neither the current one.
Rectangle {
    id: offer
    objectName: "languageOffer"
    visible: vm.languageOffer !== ""
    color: Theme.surface
    border.color: Theme.blue
    border.width: 4
    radius: 16
    implicitHeight: column.implicitHeight + 48
    Accessible.role: Accessible.Dialog
    Accessible.name: qsTrId("offer.english_question")
    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 24
        spacing: 16
        Text {
            objectName: "languageOfferText"
            text: qsTrId("offer.english_question")
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            lineHeight: Theme.lineHeight
            Layout.fillWidth: true
            Accessible.ignored: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            BigButton {
                objectName: "acceptEnglishButton"
                text: qsTrId("offer.english_accept")
                tint: Theme.blue
                Layout.fillWidth: true
                onClicked: vm.acceptLanguageOffer()
            }
            BigButton {
                objectName: "declineEnglishButton"
                text: qsTrId("offer.english_decline")
                secondary: true
                tint: Theme.blue
                Layout.fillWidth: true
                onClicked: vm.declineLanguageOffer()
            }
        }
    }
}
