import QtQuick
import QtQuick.Controls

// A touch target sized for fingers and for people who do not see well: at least 96 px high.
Button {
    id: control
    property color tint: "#c0262d"
    property bool secondary: false
    implicitHeight: 112
    implicitWidth: 420
    font.pixelSize: 38
    font.bold: true
    contentItem: Text {
        text: control.text
        font: control.font
        color: control.secondary ? control.tint : "white"
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
    background: Rectangle {
        radius: 18
        color: control.secondary ? "white" : (control.enabled ? (control.down ? Qt.darker(control.tint, 1.2) : control.tint) : "#b0b0b0")
        border.color: control.tint
        border.width: control.secondary ? 4 : 0
    }
}
