import QtQuick
import QtQuick.Layouts
import "../components"

Item {
    objectName: "screen_identify"
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 60
        spacing: 36
        SectionTitle { text: "请将身份证放在读卡区"; Layout.alignment: Qt.AlignHCenter }
        BodyText {
            text: "支持居民身份证、港澳台居民居住证、外国人永久居留身份证。\n也可以将手机上的个人服务码对准摄像头。"
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Rectangle {
            objectName: "cameraFrame"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 720
            Layout.preferredHeight: 540
            radius: 20
            color: "#20242a"
            Image {
                objectName: "cameraPreview"
                anchors.fill: parent
                anchors.margins: 6
                fillMode: Image.PreserveAspectCrop
                cache: false
                source: vm.cameraFrameUrl
            }
            Rectangle {  // the frame guide: hold the code inside this square
                anchors.centerIn: parent
                width: 360; height: 360
                color: "transparent"
                border.color: "#4caf50"
                border.width: 6
                radius: 12
            }
        }
        Notice { objectName: "identifyNotice"; text: vm.notice; Layout.fillWidth: true }
        BigButton {
            objectName: "demoCardButton"
            visible: vm.demoMode
            text: "演示：放置身份证"
            tint: "#6d4c41"
            Layout.fillWidth: true
            onClicked: vm.demoPresentCard()
        }
        Item { Layout.fillHeight: true }
        BigButton {
            objectName: "cancelButton"
            text: "返回首页"
            secondary: true
            Layout.fillWidth: true
            onClicked: vm.cancel()
        }
    }
}
