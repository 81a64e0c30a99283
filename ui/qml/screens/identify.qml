import QtQuick
import QtQuick.Layouts
import Kiosk
import "../components"

Item {
    objectName: "screen_identify"
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        SectionTitle { text: qsTrId("identify.heading"); horizontalAlignment: Text.AlignHCenter; Layout.fillWidth: true }
        BodyText {
            text: Theme.elder ? qsTrId("identify.body_short") : qsTrId("identify.body")
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Rectangle {
            objectName: "cameraFrame"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Theme.elder ? 560 : 720
            Layout.preferredHeight: Theme.elder ? 420 : 540
            radius: 20
            color: "#20242a"
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTrId("identify.camera")
            Image {
                objectName: "cameraPreview"
                anchors.fill: parent
                anchors.margins: 6
                source: cameraFeed.source
                cache: false  // every frame is new; the provider keeps only the newest
                // Each frame is fetched and converted (~6 ms of a 1280×720 frame) on Qt's image
                // loading thread, not the UI thread; the last frame stays shown until the next is in.
                asynchronous: true
                retainWhileLoading: true
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
                text: qsTrId("demo.card")
                tint: Theme.brown
                Layout.fillWidth: true
                onClicked: vm.demo("card")
            }
            BigButton {
                objectName: "demoServiceCodeButton"
                text: qsTrId("demo.service_code")
                tint: Theme.brown
                Layout.fillWidth: true
                onClicked: vm.demo("service_code")
            }
        }
        Item { Layout.fillHeight: true }
        BigButton {
            objectName: "cancelButton"
            text: qsTrId("common.home")
            secondary: true
            Layout.fillWidth: true
            onClicked: vm.cancel()
        }
    }
}
