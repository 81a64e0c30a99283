import QtQuick

// A message for the citizen: shown in a band that cannot be missed, never as a pop-up.
Rectangle {
    property alias text: label.text
    property bool warning: true
    visible: label.text.length > 0
    width: parent ? parent.width : 800
    implicitHeight: label.implicitHeight + 40
    radius: 14
    color: warning ? "#fff4e5" : "#e8f5e9"
    border.color: warning ? "#f0a030" : "#4caf50"
    border.width: 3
    Text {
        id: label
        objectName: "noticeText"
        anchors.fill: parent
        anchors.margins: 20
        font.pixelSize: 32
        wrapMode: Text.WordWrap
        color: "#3a2a00"
        verticalAlignment: Text.AlignVCenter
    }
}
