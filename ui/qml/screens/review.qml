import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk
import "../components"

Item {
    id: review
    objectName: "screen_review"
    // 退出 here throws away a filled-in form (and a signature): it asks once, in place of the buttons,
    // as cancelling an appointment does. The other screens' 退出 loses nothing typed and asks nothing.
    property bool askingExit: false
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin - 8
        spacing: 18
        SectionTitle { text: qsTrId("review.heading"); Layout.fillWidth: true }
        // ID number, phone and name are masked on this public screen; the card holder may ask.
        BigButton {
            objectName: "revealButton"
            text: vm.revealFull ? qsTrId("review.hide") : qsTrId("review.reveal")
            secondary: true
            Layout.fillWidth: true
            font.pixelSize: Theme.smallSize + 4
            onClicked: vm.toggleReveal()
        }
        // The details, the signature and the pledge scroll as one page above the buttons. Each in a
        // space of its own, 长辈版's big type left the details a sliver (zh: a line cut in half) and, in
        // English, pushed the pledge, 返回修改 and 确认提交 below the screen's edge: no way to submit.
        Flickable {
            id: reviewFlick
            objectName: "reviewFlick"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: reviewBody.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            ColumnLayout {
                id: reviewBody
                width: reviewFlick.width
                spacing: 18
                PlatformCue { Layout.fillWidth: true }
                Column {
                    objectName: "reviewList"
                    Layout.fillWidth: true
                    spacing: 10
                    Repeater {
                        model: vm.reviewRows
                        delegate: RowLayout {
                            required property var modelData
                            width: parent ? parent.width : 0
                            Text {
                                text: modelData.label
                                font.pixelSize: Theme.smallSize + 4
                                color: Theme.muted
                                wrapMode: Text.WordWrap
                                Layout.preferredWidth: Theme.elder ? 360 : 320
                            }
                            Text { text: modelData.value; font.pixelSize: Theme.bodySize; color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                        }
                    }
                }
                SectionTitle { visible: vm.needsSignature; text: qsTrId("review.sign_below"); Layout.fillWidth: true }
                SignaturePad {
                    visible: vm.needsSignature
                    collector: vm.signature
                    Layout.fillWidth: true
                }
                // 告知承诺: accepted before submitting; the filing records that it was, and when.
                CheckBox {
                    id: pledge
                    objectName: "pledgeCheck"
                    checked: vm.pledgeAccepted
                    text: qsTrId("pledge.truthful.v1")
                    font.pixelSize: Theme.smallSize + 2
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.role: Accessible.CheckBox
                    Accessible.name: text
                    indicator: Rectangle {
                        implicitWidth: Theme.elder ? 64 : 48
                        implicitHeight: implicitWidth
                        x: pledge.leftPadding
                        y: (pledge.height - height) / 2
                        radius: 6
                        color: Theme.surface
                        border.color: Theme.text
                        border.width: 3
                        Text {
                            anchors.centerIn: parent
                            visible: pledge.checked
                            text: "✓"
                            font.pixelSize: parent.height - 12
                            font.bold: true
                            color: Theme.ok
                        }
                    }
                    contentItem: Text {
                        text: pledge.text; font: pledge.font; wrapMode: Text.WordWrap; color: Theme.text
                        lineHeight: Theme.lineHeight
                        leftPadding: pledge.indicator.width + pledge.spacing + 8; verticalAlignment: Text.AlignVCenter
                    }
                    onToggled: vm.acceptPledge(checked)
                }
            }
        }
        MoreBelow { objectName: "reviewMore"; flick: reviewFlick; Layout.fillWidth: true }
        Notice { objectName: "reviewNotice"; text: vm.notice; Layout.fillWidth: true }
        // 退出 at the left, as on the other screens; it could only be reached before by 返回修改, 返回, 返回, 退出.
        // Not while the filing is being stored (vm.screen is then "submit" under this screen).
        RowLayout {
            visible: !review.askingExit
            Layout.fillWidth: true
            Layout.fillHeight: false  // its buttons fill its height, it does not take the page's
            spacing: 24
            BigButton {
                objectName: "cancelButton"
                text: qsTrId("common.exit")
                secondary: true
                enabled: vm.screen === "review"
                Layout.fillWidth: true
                Layout.preferredWidth: 1  // the three share the row equally, whatever their words,
                Layout.fillHeight: true   // and are as high as the one whose words take two lines
                onClicked: review.askingExit = true
            }
            BigButton { objectName: "backButton"; text: qsTrId("review.back"); secondary: true; Layout.fillWidth: true; Layout.preferredWidth: 1; Layout.fillHeight: true; onClicked: vm.back() }
            BigButton { objectName: "submitButton"; text: qsTrId("review.submit"); Layout.fillWidth: true; Layout.preferredWidth: 1; Layout.fillHeight: true; onClicked: vm.submit() }
        }
        Text {
            objectName: "exitQuestion"
            visible: review.askingExit
            text: qsTrId("review.exit_question")
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            lineHeight: Theme.lineHeight
            Layout.fillWidth: true
        }
        RowLayout {
            visible: review.askingExit
            Layout.fillWidth: true
            spacing: 24
            BigButton {
                objectName: "keepFilingButton"
                text: qsTrId("review.exit_keep")
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: review.askingExit = false
            }
            BigButton {
                objectName: "confirmExitButton"
                text: qsTrId("review.exit_confirm")
                secondary: true
                enabled: vm.screen === "review"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: { review.askingExit = false; vm.cancel() }
            }
        }
    }
}
