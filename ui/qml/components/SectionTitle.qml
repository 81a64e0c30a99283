import QtQuick
import Kiosk

Text {
    font.pixelSize: Theme.headingSize
    font.bold: true
    color: Theme.text
    wrapMode: Text.WordWrap
    lineHeight: Theme.lineHeight
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
