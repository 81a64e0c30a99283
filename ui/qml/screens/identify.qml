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
                source: cameraFeed.source
                cache: false  // every frame is new; the provider keeps only the newest
            }
            CameraGuide { anchors.fill: parent; anchors.margins: 6 }
        }
        Notice { objectName: "identifyNotice"; text: vm.notice; Layout.fillWidth: true }
        RowLayout {
            visible: vm.demoMode
            Layout.fillWidth: true
            spacing: 20
            BigButton {
                objectName: "demoCardButton"
                text: "演示：放身份证"
                tint: "#6d4c41"
                Layout.fillWidth: true
                onClicked: vm.demo("card")
            }
            BigButton {
                objectName: "demoServiceCodeButton"
                text: "演示：出示服务码"
                tint: "#6d4c41"
                Layout.fillWidth: true
                onClicked: vm.demo("service_code")
            }
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
