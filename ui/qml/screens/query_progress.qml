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
        PlatformCue { Layout.fillWidth: true }
        // Everything above the buttons scrolls: in 长辈版, English, with applications and appointments
        // listed, it is taller than the screen, and the buttons must stay in reach.
        Flickable {
            id: progressFlick
            objectName: "progressFlick"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: page.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            ColumnLayout {
                id: page
                width: progressFlick.width
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
                // And their upcoming appointments: one can be cancelled, after a second, explicit tap.
                SectionTitle {
                    objectName: "myAppointmentsTitle"
                    visible: errands.myAppointments.identified && (errands.myAppointments.rows || []).length > 0
                    text: qsTrId("appointments.mine")
                    Layout.fillWidth: true
                }
                BodyText {
                    objectName: "myAppointmentsProblem"
                    visible: text.length > 0
                    text: errands.myAppointments.problem || ""
                    color: Theme.noticeText
                    Layout.fillWidth: true
                }
                BodyText {
                    objectName: "appointmentCancelled"
                    visible: (errands.myAppointments.cancelled || []).length > 0
                    text: qsTrId("appointments.cancelled")
                    color: Theme.ok
                    Layout.fillWidth: true
                }
                Repeater {
                    model: errands.myAppointments.rows || []
                    delegate: Rectangle {
                        id: booked
                        required property var modelData
                        required property int index
                        property bool asking: false
                        Layout.fillWidth: true
                        implicitHeight: bookedColumn.implicitHeight + 32
                        radius: 16
                        color: Theme.surface
                        border.color: Theme.muted
                        border.width: 2
                        ColumnLayout {
                            id: bookedColumn
                            anchors.fill: parent
                            anchors.margins: 16
                            spacing: 6
                            Text {
                                text: booked.modelData.item
                                font.pixelSize: Theme.bodySize
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                            Text {
                                text: booked.modelData.when + "  ·  " + qsTrId("appointments.code") + " " + booked.modelData.code
                                font.pixelSize: Theme.smallSize
                                color: Theme.muted
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                            Text {
                                visible: !Theme.elder && text.length > 0  // fewer lines in 长辈版
                                text: booked.modelData.window
                                font.pixelSize: Theme.smallSize
                                color: Theme.muted
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                            Text {
                                visible: booked.asking
                                text: qsTrId("appointments.cancel_question").arg(booked.modelData.when)
                                font.pixelSize: Theme.bodySize
                                color: Theme.text
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: 16
                                BigButton {
                                    objectName: "cancelAppointment_" + booked.index
                                    visible: !booked.asking
                                    text: errands.myAppointments.cancelling === booked.modelData.code
                                          ? qsTrId("appointments.cancelling") : qsTrId("appointments.cancel")
                                    Accessible.name: qsTrId("appointments.cancel_name").arg(booked.modelData.when)
                                    secondary: true
                                    enabled: errands.myAppointments.cancelling === ""
                                    font.pixelSize: Theme.smallSize + 4
                                    Layout.fillWidth: true
                                    onClicked: booked.asking = true
                                }
                                BigButton {
                                    objectName: "keepAppointment_" + booked.index
                                    visible: booked.asking
                                    text: qsTrId("appointments.cancel_keep")
                                    secondary: true
                                    font.pixelSize: Theme.smallSize + 4
                                    Layout.fillWidth: true
                                    onClicked: booked.asking = false
                                }
                                BigButton {
                                    objectName: "confirmCancel_" + booked.index
                                    visible: booked.asking
                                    text: qsTrId("appointments.cancel_confirm")
                                    font.pixelSize: Theme.smallSize + 4
                                    Layout.fillWidth: true
                                    onClicked: { booked.asking = false; errands.cancelAppointment(booked.modelData.code) }
                                }
                            }
                        }
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
                // The item's name and its tracking number, the number a text of its own that never wraps:
                // in one line with the name it broke at its hyphen in 长辈版 ("2EV3-" / "DBKB-71SM"). It
                // follows the name on its line where there is room, else it takes the next line whole.
                Flow {
                    id: progressHeading
                    objectName: "progressHeading"
                    readonly property string shown: (vm.progress.title || "") + " " + (vm.progress.tracking_number || "")
                    visible: shown.trim().length > 0
                    spacing: 24
                    Layout.fillWidth: true
                    // A result arrived: bring it into view (it may be below the lists).
                    onShownChanged: if (shown.trim().length > 0) Qt.callLater(function() {
                        progressFlick.contentY = Math.max(0, Math.min(progressHeading.y, progressFlick.contentHeight - progressFlick.height))
                    })
                    SectionTitle {
                        objectName: "progressTitle"
                        text: vm.progress.title || ""
                        visible: text.length > 0
                        width: Math.min(implicitWidth, progressHeading.width)
                    }
                    SectionTitle {
                        objectName: "progressNumber"
                        text: vm.progress.tracking_number || ""
                        visible: text.length > 0
                        wrapMode: Text.NoWrap
                        // Never wider than the screen: a number too long for a line shrinks, it is not cut.
                        width: Math.min(implicitWidth, progressHeading.width)
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Theme.smallSize
                        Accessible.role: Accessible.StaticText
                    }
                }
                BodyText { objectName: "progressAge"; text: vm.progress.age || ""; color: Theme.noticeText; visible: text.length > 0; Layout.fillWidth: true }
                ColumnLayout {
                    objectName: "progressTimeline"
                    Layout.fillWidth: true
                    spacing: 12
                    Repeater {
                        model: vm.progress.steps || []
                        delegate: RowLayout {
                            required property var modelData
                            Layout.fillWidth: true
                            Rectangle { width: 28; height: 28; radius: 14; color: modelData.done ? Theme.ok : Theme.disabledBg }
                            ColumnLayout {
                                Layout.fillWidth: true
                                Text { text: modelData.name; font.pixelSize: Theme.bodySize; font.bold: modelData.done; color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                                Text { text: modelData.time || ""; font.pixelSize: Theme.smallSize; color: Theme.muted }
                            }
                        }
                    }
                }
            }
        }
        MoreBelow { objectName: "progressMore"; flick: progressFlick; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: 24
            BigButton { objectName: "cancelButton"; text: qsTrId("common.exit"); secondary: true; Layout.fillWidth: true; onClicked: vm.cancel() }
            BigButton { objectName: "toRatingButton"; text: qsTrId("common.done_rate"); Layout.fillWidth: true; onClicked: vm.toRating() }
        }
    }
}
