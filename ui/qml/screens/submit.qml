import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk
import "../components"

Item {
    objectName: "screen_submit"
    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: 30
        BusyIndicator { running: true; Layout.alignment: Qt.AlignHCenter; implicitWidth: 160; implicitHeight: 160; Accessible.name: qsTrId("submit.saving") }
        SectionTitle { text: qsTrId("submit.saving"); horizontalAlignment: Text.AlignHCenter; Layout.fillWidth: true }
    }
}
