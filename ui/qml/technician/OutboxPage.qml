import QtQuick
import QtQuick.Layouts

Item {
    objectName: "techOutboxPage"
    ColumnLayout {
        anchors.fill: parent
        spacing: 12
        Text {
            objectName: "outboxSummary"
            text: tech.outboxSummary
            font.pixelSize: 28
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            TechButton { objectName: "retryAllDead"; text: "全部重发"; tint: "#1565c0"; Layout.fillWidth: true; enabled: tech.deadRows.length > 0; onClicked: tech.retryAllDead() }
            TechButton { objectName: "forceSync"; text: "立即同步"; tint: "#2e7d32"; Layout.fillWidth: true; enabled: tech.canForceSync; onClicked: tech.forceSync() }
        }
        Text {
            text: tech.deadRows.length > 0 ? "平台拒收的项目（" + tech.deadRows.length + "）" : "没有被拒收的项目"
            font.pixelSize: 30
            font.bold: true
        }
        ListView {
            objectName: "deadList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 10
            model: tech.deadRows
            delegate: Rectangle {
                width: ListView.view.width
                height: 170
                radius: 10
                color: "#fff3e0"
                border.color: "#ef6c00"
                border.width: 2
                RowLayout {
                    anchors.fill: parent
                    anchors.margins: 14
                    ColumnLayout {
                        Layout.fillWidth: true
                        Text { text: modelData.kind + " · " + modelData.key; font.pixelSize: 28; font.bold: true; elide: Text.ElideMiddle; Layout.fillWidth: true }
                        Text { text: "原因：" + modelData.reason; font.pixelSize: 28; wrapMode: Text.WordWrap; maximumLineCount: 2; elide: Text.ElideRight; Layout.fillWidth: true }
                        Text { text: "尝试 " + modelData.attempts + " 次 · " + modelData.since; font.pixelSize: 28; color: "#6d4c41" }
                    }
                    TechButton { objectName: "retryDead_" + index; text: "重发"; onClicked: tech.retryDead(modelData.key) }
                }
            }
        }
    }
}
