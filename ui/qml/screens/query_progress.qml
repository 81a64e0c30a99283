import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk
import "../components"

Item {
    objectName: "screen_query_progress"
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin - 8
        spacing: 20
        // Once identified: the citizen's own applications first, from the platform or its cache.
        SectionTitle { visible: errands.ownApplications.identified; text: qsTrId("progress.mine"); Layout.fillWidth: true }
        BodyText {
            objectName: "ownAge"
            visible: text.length > 0
            text: errands.ownApplications.age || errands.ownApplications.problem || ""
            color: Theme.noticeText
            Layout.fillWidth: true
        }
        BodyText {
            visible: errands.ownApplications.identified && errands.ownApplications.loaded && (errands.ownApplications.rows || []).length === 0
            text: qsTrId("progress.none_mine")
            color: Theme.muted
            Layout.fillWidth: true
        }
        Repeater {
            model: errands.ownApplications.rows || []
            delegate: ChoiceTile {
                required property var modelData
                required property int index
                Layout.fillWidth: true
                mouseName: "ownApplication_" + index
                title: modelData.name
                detail: modelData.tracking_number + "  ·  " + modelData.status_label + "  ·  " + modelData.filed_at
                onActivated: vm.queryProgress(modelData.tracking_number)
            }
        }
        BodyText { text: qsTrId("progress.instruction"); Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            TextField {
                id: trackingInput
                objectName: "trackingInput"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.bodySize
                font.capitalization: Font.AllUppercase
                color: Theme.text
                placeholderText: qsTrId("progress.number")
                placeholderTextColor: Theme.muted
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTrId("progress.number")
            }
            BigButton {
                objectName: "queryButton"
                text: qsTrId("progress.query")
                implicitWidth: Theme.elder ? 260 : 220
                enabled: trackingProblem.text === ""
                onClicked: vm.queryProgress(trackingInput.text)
            }
        }
        // Checked as it is typed: a wrong character or a failed check is said before the query.
        Text {
            id: trackingProblem
            objectName: "trackingProblem"
            text: errands.trackingProblem(trackingInput.text)
            visible: text.length > 0
            color: Theme.error
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Notice { objectName: "progressNotice"; text: vm.notice; Layout.fillWidth: true }
        SectionTitle { objectName: "progressTitle"; text: vm.progress.title || ""; visible: text.length > 0; Layout.fillWidth: true }
        BodyText { objectName: "progressAge"; text: vm.progress.age || ""; color: Theme.noticeText; visible: text.length > 0; Layout.fillWidth: true }
        ListView {
            objectName: "progressTimeline"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 12
            model: vm.progress.steps || []
            delegate: RowLayout {
                width: ListView.view.width
                Rectangle { width: 28; height: 28; radius: 14; color: modelData.done ? Theme.ok : Theme.disabledBg }
                ColumnLayout {
                    Layout.fillWidth: true
                    Text { text: modelData.name; font.pixelSize: Theme.bodySize; font.bold: modelData.done; color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                    Text { text: modelData.time || ""; font.pixelSize: Theme.smallSize; color: Theme.muted }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 24
            BigButton { objectName: "cancelButton"; text: qsTrId("common.exit"); secondary: true; Layout.fillWidth: true; onClicked: vm.cancel() }
            BigButton { objectName: "toRatingButton"; text: qsTrId("common.done_rate"); Layout.fillWidth: true; onClicked: vm.toRating() }
        }
    }
}
