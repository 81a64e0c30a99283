import QtQuick
import Kiosk

Text {
    font.pixelSize: Theme.bodySize
    color: Theme.text
    wrapMode: Text.WordWrap
    lineHeight: Theme.lineHeight
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
