import QtQuick

Text {
    font.pixelSize: 30
    color: "#222222"
    wrapMode: Text.WordWrap
    lineHeight: 1.3
}
