import QtQuick
import QtQuick.Layouts
import QtQuick.Controls

Item {
    objectName: "techBundlePage"
    ColumnLayout {
        anchors.fill: parent
        spacing: 16
        Text { text: qsTrId("tech.bundle.title"); font.pixelSize: 30; font.bold: true; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        Text { text: qsTrId("tech.bundle.folder"); font.pixelSize: 28 }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            Repeater {
                model: tech.bundleFolders
                delegate: TechButton {
                    objectName: "bundleFolder_" + index
                    text: modelData
                    tint: "#455a64"
                    selected: folderInput.text === modelData
                    onClicked: folderInput.text = modelData
                }
            }
        }
        TextField {
            id: folderInput
            objectName: "bundleFolderInput"
            text: tech.bundleFolders.length > 0 ? tech.bundleFolders[0] : ""
            font.pixelSize: 28
            Layout.fillWidth: true
            Layout.preferredHeight: 72
        }
        TechButton {
            objectName: "exportBundleButton"
            text: qsTrId("tech.bundle.export")
            tint: "#1565c0"
            Layout.fillWidth: true
            enabled: !tech.busy
            onClicked: tech.exportBundle(folderInput.text)
        }
        Text {
            objectName: "bundleMessage"
            text: tech.bundleMessage
            font.pixelSize: 28
            wrapMode: Text.WrapAnywhere
            Layout.fillWidth: true
        }
        Item { Layout.fillHeight: true }
    }
}
