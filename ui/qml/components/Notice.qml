import QtQuick
import Kiosk

// A message for the citizen: shown in a band that cannot be missed, never as a pop-up. The colour
// is never the only cue: the text says what happened, and a warning starts with its sign.
Rectangle {
    property alias text: label.text
    property bool warning: true
    visible: label.text.length > 0
    width: parent ? parent.width : 800
    implicitHeight: label.implicitHeight + 40
    radius: 14
    color: Theme.noticeBg
    border.color: Theme.noticeBorder
    border.width: 3
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text
    Text {
        id: label
        objectName: "noticeText"
        anchors.fill: parent
        anchors.margins: 20
        font.pixelSize: Theme.bodySize
        lineHeight: Theme.lineHeight
        wrapMode: Text.WordWrap
        color: Theme.noticeText
        verticalAlignment: Text.AlignVCenter
        Accessible.ignored: true
    }
}
