import QtQuick
import QtQuick.Controls
import Kiosk

// A touch target sized for fingers and for people who do not see well: Theme.touchTarget high at
// least (96 px standard, 120 px in 长辈版). Its text is its accessible name unless one is given.
Button {
    id: control
    property color tint: Theme.brand
    property bool secondary: false
    implicitHeight: Math.max(Theme.touchTarget + 16, contentItem.implicitHeight + 24)
    implicitWidth: 420
    font.pixelSize: Theme.buttonSize
    font.bold: true
    Accessible.role: Accessible.Button
    Accessible.name: control.text
    contentItem: Text {
        text: control.text
        font: control.font
        color: control.enabled ? (control.secondary ? control.tint : Theme.onBrand) : Theme.disabledText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        lineHeight: 1.1
        Accessible.ignored: true
    }
    background: Rectangle {
        radius: 18
        color: !control.enabled ? Theme.disabledBg
               : control.secondary ? Theme.surface
               : (control.down ? Qt.darker(control.tint, 1.2) : control.tint)
        border.color: control.enabled ? control.tint : Theme.disabledText
        border.width: control.secondary ? 4 : 0
    }
}
