import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../components"

Item {
    objectName: "screen_choose_service"
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 40
        spacing: 24
        BodyText { objectName: "greeting"; text: vm.greeting; Layout.fillWidth: true }
        TextField {
            objectName: "serviceSearch"
            Layout.fillWidth: true
            Layout.preferredHeight: 100
            font.pixelSize: 36
            placeholderText: "搜索事项：输入名称、拼音或首字母，如 gjj"
            onTextChanged: vm.search(text)
        }
        Flow {
            Layout.fillWidth: true
            spacing: 16
            Repeater {
                model: vm.categories
                delegate: BigButton {
                    objectName: "category_" + index
                    text: modelData
                    secondary: vm.category !== modelData
                    implicitWidth: 240
                    implicitHeight: 84
                    font.pixelSize: 30
                    onClicked: vm.setCategory(vm.category === modelData ? "" : modelData)
                }
            }
        }
        ListView {
            id: list
            objectName: "serviceList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 16
            model: vm.services
            delegate: Rectangle {
                width: ListView.view.width
                height: 150
                radius: 16
                color: "white"
                border.color: "#dddddd"
                MouseArea {
                    objectName: "service_" + modelData.code
                    anchors.fill: parent
                    onClicked: vm.chooseService(modelData.code)
                }
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 20
                    Text { text: modelData.name; font.pixelSize: 36; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                    Text {
                        text: modelData.department + (modelData.cross ? "  ·  跨省通办" : "") + (modelData.online ? "" : "  ·  仅提供指南")
                        font.pixelSize: 26; color: "#666666"; elide: Text.ElideRight; Layout.fillWidth: true
                    }
                }
            }
            ScrollBar.vertical: ScrollBar { width: 24 }
        }
        BodyText {
            objectName: "emptyServices"
            visible: list.count === 0
            text: vm.catalogLoaded ? "没有找到相关事项，请换个说法试试" : "正在加载事项目录，请稍候…"
            Layout.alignment: Qt.AlignHCenter
        }
        BigButton { objectName: "cancelButton"; text: "退出"; secondary: true; Layout.fillWidth: true; onClicked: vm.cancel() }
    }
}
