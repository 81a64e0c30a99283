import QtQuick
import QtQuick.Layouts
import Kiosk

// On every citizen screen: 长辈版, the other language, sound on/off, volume, and 呼叫工作人员.
Rectangle {
    id: bar
    objectName: "accessBar"
    color: Theme.surface
    implicitHeight: row.implicitHeight + 24
    Rectangle { anchors.top: parent.top; width: parent.width; height: 2; color: Theme.muted }
    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 12
        spacing: 12
        BigButton {
            objectName: "elderToggle"
            text: vm.elderMode ? qsTrId("access.standard_mode") : qsTrId("access.elder_mode")
            Accessible.name: vm.elderMode ? qsTrId("access.standard_mode_name") : qsTrId("access.elder_mode_name")
            secondary: true
            tint: Theme.brown
            font.pixelSize: Theme.smallSize
            implicitWidth: 10
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            onClicked: vm.toggleElderMode()
        }
        BigButton {
            objectName: "languageButton"
            // Always written in the language it switches to, so a reader of that language finds it.
            text: qsTrId("access.other_language")
            Accessible.name: qsTrId("access.other_language_name")
            secondary: true
            tint: Theme.blue
            font.pixelSize: Theme.smallSize
            implicitWidth: 10
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            onClicked: vm.toggleLanguage()
        }
        BigButton {
            objectName: "speechToggle"
            text: vm.speechOn ? qsTrId("access.sound_on") : qsTrId("access.sound_off")
            Accessible.name: vm.speechOn ? qsTrId("access.mute") : qsTrId("access.unmute")
            secondary: true
            tint: Theme.green
            font.pixelSize: Theme.smallSize
            implicitWidth: 10
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            onClicked: vm.toggleSpeech()
        }
        BigButton {
            objectName: "volumeButton"
            visible: vm.speechOn
            text: qsTrId("access.volume").arg(Math.round(vm.volume * 100))
            Accessible.name: qsTrId("access.volume_name").arg(Math.round(vm.volume * 100))
            secondary: true
            tint: Theme.green
            font.pixelSize: Theme.smallSize
            implicitWidth: 10
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            // Louder in steps, then back to the quietest: one button, no slider to aim at.
            onClicked: vm.setVolume(vm.volume >= 0.99 ? 0.4 : Math.min(1.0, vm.volume + 0.3))
        }
        BigButton {
            objectName: "helpButton"
            text: qsTrId("help.call")
            tint: Theme.helpBg
            font.pixelSize: Theme.smallSize
            implicitWidth: 10
            Layout.fillWidth: true
            Layout.preferredWidth: 3
            enabled: vm.helpState === "" || vm.helpState === "cancelled"
            onClicked: vm.callHelp()
        }
    }
}
