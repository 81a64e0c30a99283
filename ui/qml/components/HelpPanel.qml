import QtQuick
import QtQuick.Layouts
import Kiosk

// What became of 呼叫工作人员: called, queued offline (said plainly), acknowledged; cancel by the citizen.
Rectangle {
    id: panel
    objectName: "helpPanel"
    visible: vm.helpState === "calling" || vm.helpState === "queued" || vm.helpState === "acknowledged"
    color: Theme.helpBg
    radius: 16
    implicitHeight: column.implicitHeight + 40
    Accessible.role: Accessible.AlertMessage
    Accessible.name: status.text
    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 20
        spacing: 12
        Text {
            id: status
            objectName: "helpStatus"
            text: vm.helpState === "acknowledged" ? qsTrId("help.acknowledged")
                  : vm.helpState === "queued" ? qsTrId("help.queued")
                  : qsTrId("help.calling")
            color: Theme.helpText
            font.pixelSize: Theme.bodySize
            font.bold: true
            wrapMode: Text.WordWrap
            lineHeight: Theme.lineHeight
            Layout.fillWidth: true
            Accessible.ignored: true
        }
        Text {
            objectName: "helpSince"
            visible: vm.helpSince.length > 0
            text: qsTrId("help.since").arg(vm.helpSince)
            color: Theme.helpText
            font.pixelSize: Theme.smallSize
            Layout.fillWidth: true
            Accessible.ignored: true
        }
        BigButton {
            objectName: "helpCancelButton"
            text: vm.helpState === "acknowledged" ? qsTrId("help.done") : qsTrId("help.cancel")
            secondary: true
            tint: Theme.helpBg
            Layout.fillWidth: true
            onClicked: vm.cancelHelp()
        }
    }
}
