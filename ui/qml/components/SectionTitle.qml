import QtQuick

Text {
    font.pixelSize: 40
    font.bold: true
    color: "#1f1f1f"
    wrapMode: Text.WordWrap
}
