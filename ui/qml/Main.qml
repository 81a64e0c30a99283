import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import "components"

ApplicationWindow {
    id: root
    objectName: "mainWindow"
    width: vm.windowWidth
    height: vm.windowHeight
    visible: true
    title: "政务服务自助终端"
    color: "#f4f5f7"
    font.family: "WenQuanYi Micro Hei"

    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = ["zh_CN", "en_US"]
        VirtualKeyboardSettings.locale = "zh_CN"
    }

    header: Rectangle {
        objectName: "statusBar"
        height: 150
        color: vm.brandColor
        // Technician entry: five taps within 3 s on the top-left corner open the PIN pad.
        MouseArea {
            objectName: "technicianGesture"
            x: 0; y: 0; width: 160; height: 150
            z: 5
            property int taps: 0
            property double firstTap: 0
            onClicked: {
                var now = Date.now()
                if (taps === 0 || now - firstTap > 3000) { taps = 0; firstTap = now }
                taps += 1
                if (taps >= 5) {
                    taps = 0
                    if (typeof tech !== "undefined") tech.openPad()
                }
            }
        }
        ColumnLayout {
            anchors.fill: parent
            anchors.leftMargin: 40
            anchors.rightMargin: 40
            spacing: 0
            RowLayout {
                Layout.fillWidth: true
                Text {
                    objectName: "brandName"
                    text: vm.brandName + " · " + vm.siteName
                    color: "white"
                    font.pixelSize: 30
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
                Text {
                    objectName: "platformStatus"
                    text: vm.platformReachable ? "● 平台已连接" : "● 离线受理中"
                    color: vm.platformReachable ? "#d6ffd6" : "#ffe08a"
                    font.pixelSize: 28
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Text {
                    objectName: "screenTitle"
                    text: vm.title
                    color: "white"
                    font.pixelSize: 46
                    font.bold: true
                    Layout.fillWidth: true
                }
                ColumnLayout {
                    spacing: 0
                    Text { objectName: "clockText"; text: vm.clockText; color: "white"; font.pixelSize: 34; Layout.alignment: Qt.AlignRight }
                    Text { objectName: "terminalIdText"; text: "终端 " + vm.terminalId + (vm.pendingCount > 0 ? "  待上报 " + vm.pendingCount : ""); color: "white"; font.pixelSize: 24; Layout.alignment: Qt.AlignRight }
                }
            }
        }
    }

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.fill: parent
        anchors.bottomMargin: inputPanel.active ? inputPanel.height : 0
        source: "screens/" + vm.screen + ".qml"
    }

    // The idle countdown. It covers the whole screen so that a tap meant to stay can never land on a
    // control underneath (such as "返回首页") while the warning disappears.
    Item {
        objectName: "timeoutWarning"
        visible: vm.warningSeconds >= 0
        anchors.fill: parent
        z: 10
        MouseArea {
            anchors.fill: parent
            onPressed: vm.touch()
        }
        Rectangle { anchors.fill: parent; color: "#66000000" }
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.bottomMargin: inputPanel.active ? inputPanel.height : 0
            height: 320
            color: "#fff4e5"
            border.color: "#f0a030"
            border.width: 4
            ColumnLayout {
                anchors.centerIn: parent
                spacing: 20
                Text {
                    objectName: "timeoutText"
                    text: "您已较长时间未操作，" + vm.warningSeconds + " 秒后将退出并清除您的信息"
                    font.pixelSize: 34
                    Layout.alignment: Qt.AlignHCenter
                }
                BigButton {
                    objectName: "continueButton"
                    text: "继续办理"
                    Layout.alignment: Qt.AlignHCenter
                    onPressed: vm.touch()
                }
            }
        }
    }

    // Technician screens, above every citizen screen; they exist only while technician mode is open.
    Loader {
        objectName: "technicianLoader"
        anchors.fill: parent
        anchors.bottomMargin: inputPanel.active ? inputPanel.height : 0
        z: 15
        active: typeof tech !== "undefined" && tech.isOpen
        source: "technician/TechnicianOverlay.qml"
    }

    InputPanel {
        id: inputPanel
        objectName: "inputPanel"
        z: 20
        y: active ? root.height - root.header.height - height : root.height
        anchors.left: parent.left
        anchors.right: parent.right
    }
}
