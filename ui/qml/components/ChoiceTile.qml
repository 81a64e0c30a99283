import QtQuick
import QtQuick.Layouts
import Kiosk

// A tappable card in a list (a service, a license): one accessible button named by its first line.
Rectangle {
    id: tile
    property string title: ""
    property string detail: ""
    property alias mouseName: area.objectName
    signal activated()
    implicitHeight: Math.max(Theme.touchTarget + 40, column.implicitHeight + 40)
    radius: 16
    color: Theme.surface
    border.color: Theme.muted
    border.width: 2
    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: tile.activated()
        Accessible.role: Accessible.Button
        Accessible.name: tile.title
        Accessible.description: tile.detail
        Accessible.onPressAction: tile.activated()
    }
    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: 20
        spacing: 4
        Text {
            text: tile.title
            font.pixelSize: Theme.bodySize + 4
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            maximumLineCount: Theme.elder ? 3 : 2
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Text {
            visible: text.length > 0
            text: tile.detail
            font.pixelSize: Theme.smallSize
            color: Theme.muted
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
