import QtQuick
import QtQuick.Controls

// Technician controls: smaller than the citizen's, still a finger's size (≥ 72 px, 30 px text).
Button {
    id: control
    property color tint: "#37474f"
    property bool selected: false
    implicitHeight: 80
    implicitWidth: Math.max(160, contentItem.implicitWidth + 40)
    font.pixelSize: 30
    contentItem: Text {
        text: control.text
        font: control.font
        color: control.selected ? control.tint : "white"
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: 10
        color: control.selected ? "white" : (control.enabled ? (control.down ? Qt.darker(control.tint, 1.3) : control.tint) : "#9e9e9e")
        border.color: control.tint
        border.width: control.selected ? 4 : 0
    }
}
