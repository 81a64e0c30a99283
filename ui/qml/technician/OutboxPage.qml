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
            TechButton { objectName: "retryAllDead"; text: qsTrId("tech.outbox.retry_all"); tint: "#1565c0"; Layout.fillWidth: true; enabled: tech.deadRows.length > 0; onClicked: tech.retryAllDead() }
            TechButton { objectName: "forceSync"; text: qsTrId("tech.outbox.sync_now"); tint: "#2e7d32"; Layout.fillWidth: true; enabled: tech.canForceSync; onClicked: tech.forceSync() }
        }
        Text {
            text: tech.deadRows.length > 0 ? qsTrId("tech.outbox.dead_title").arg(tech.deadRows.length) : qsTrId("tech.outbox.no_dead")
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
                height: 240
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
                        Text { objectName: "deadReason_" + index; text: qsTrId("tech.outbox.reason").arg(modelData.reason); font.pixelSize: 28; wrapMode: Text.WordWrap; maximumLineCount: 3; elide: Text.ElideRight; Layout.fillWidth: true }
                        // What the delivery recorded (status code, the platform's own error), for whoever digs further.
                        Text { objectName: "deadDetail_" + index; text: modelData.detail; font.pixelSize: 22; color: "#455a64"; elide: Text.ElideRight; Layout.fillWidth: true }
                        Text { text: qsTrId("tech.outbox.attempts").arg(modelData.attempts).arg(modelData.since); font.pixelSize: 28; color: "#6d4c41" }
                    }
                    TechButton { objectName: "retryDead_" + index; text: qsTrId("tech.outbox.retry"); onClicked: tech.retryDead(modelData.key) }
                }
            }
        }
    }
}
