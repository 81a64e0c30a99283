import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk
import "../components"

// 预约: choose a working day, then a half-hour slot with places left; the confirmation (code, time,
// window, QR) replaces the slots once booked and is printed at the same time.
Item {
    objectName: "screen_appointment"
    readonly property var appt: errands.appointment
    readonly property var confirmation: appt.confirmation || null
    // The appointment just booked was cancelled from here (plans changed at once, or a wrong slot).
    readonly property bool cancelled: confirmation !== null
                                      && (errands.myAppointments.cancelled || []).indexOf(confirmation.code) >= 0
    property bool asking: false
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing - 8
        SectionTitle { objectName: "appointmentItem"; text: vm.guide.name || ""; Layout.fillWidth: true }

        // --- choosing -----------------------------------------------------------------------
        BodyText { visible: !confirmation; text: qsTrId("appointments.pick_day"); color: Theme.muted; Layout.fillWidth: true }
        Flow {
            id: dayFlow
            visible: !confirmation
            Layout.fillWidth: true
            spacing: 12
            Repeater {
                model: errands.days
                delegate: BigButton {
                    required property var modelData
                    required property int index
                    objectName: "day_" + index
                    text: modelData.label
                    secondary: appt.day !== modelData.value
                    // Four days a row, two in 长辈版: "11月30日 周一" at 48 px does not fit a third of the width.
                    implicitWidth: Theme.elder ? (dayFlow.width - dayFlow.spacing) / 2
                                               : (dayFlow.width - 3 * dayFlow.spacing) / 4
                    font.pixelSize: Theme.bodySize
                    onClicked: errands.chooseDay(modelData.value)
                }
            }
        }
        BodyText { visible: !confirmation; text: qsTrId("appointments.pick_slot"); color: Theme.muted; Layout.fillWidth: true }
        ScrollView {
            id: slotScroll
            visible: !confirmation
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            Flow {
                width: slotScroll.availableWidth
                spacing: 12
                Repeater {
                    model: appt.slots || []
                    delegate: BigButton {
                        required property var modelData
                        required property int index
                        objectName: "slot_" + index
                        enabled: modelData.free > 0 && !appt.busy
                        text: modelData.start + "–" + modelData.end + "\n"
                              + (modelData.free > 0 ? qsTrId("appointments.free").arg(modelData.free)
                                                    : qsTrId("appointments.full"))
                        implicitWidth: Theme.elder ? 460 : 300
                        font.pixelSize: Theme.bodySize
                        onClicked: errands.book(modelData.start)
                    }
                }
            }
        }
        MoreBelow { objectName: "slotsMore"; flick: slotScroll.contentItem; Layout.fillWidth: true }

        // --- booked ---------------------------------------------------------------------------
        // The confirmation scrolls if it must (长辈版 English, with the cancel question below it):
        // the buttons stay in reach under it.
        Flickable {
            id: bookedFlick
            objectName: "bookedFlick"
            visible: confirmation !== null
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: bookedColumn.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            ColumnLayout {
                id: bookedColumn
                width: bookedFlick.width
                spacing: Theme.spacing - 8
                RowLayout {
                    visible: confirmation !== null
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 8
                        BodyText {
                            objectName: "bookingState"
                            text: cancelled ? qsTrId("appointments.cancelled") : qsTrId("appointments.booked")
                            font.bold: true
                            color: cancelled ? Theme.error : Theme.ok
                            Layout.fillWidth: true
                        }
                        Text {
                            objectName: "confirmationCode"
                            text: confirmation ? confirmation.code : ""
                            font.pixelSize: Theme.headingSize + 12
                            font.bold: true
                            font.letterSpacing: 6
                            font.strikeout: cancelled  // no longer valid; the words above say so too
                            color: cancelled ? Theme.muted : Theme.text
                            Accessible.role: Accessible.StaticText
                            Accessible.name: qsTrId("appointments.code") + " " + text
                        }
                        BodyText { objectName: "confirmationWhen"; text: confirmation ? confirmation.when : ""; Layout.fillWidth: true }
                        BodyText { text: confirmation ? confirmation.window : ""; Layout.fillWidth: true }
                        BodyText { text: confirmation ? confirmation.address : ""; color: Theme.muted; Layout.fillWidth: true }
                        BodyText {
                            text: confirmation ? qsTrId("appointments.phone").arg(confirmation.phone) : ""
                            color: Theme.muted
                            Layout.fillWidth: true
                        }
                    }
                    Image {
                        objectName: "confirmationQr"
                        visible: !cancelled  // a cancelled booking's code is no longer shown to be scanned
                        source: confirmation ? confirmation.qr : ""
                        Layout.preferredWidth: Theme.elder ? 300 : 260
                        Layout.preferredHeight: Layout.preferredWidth
                        fillMode: Image.PreserveAspectFit
                        smooth: false
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTrId("appointments.qr")
                    }
                }
                BodyText {
                    visible: confirmation !== null
                    text: appt.printed && !cancelled ? qsTrId("appointments.printed") : ""
                    color: Theme.muted
                    Layout.fillWidth: true
                }
            }
        }
        MoreBelow { objectName: "bookedMore"; flick: bookedFlick; Layout.fillWidth: true }
        BodyText {
            visible: asking
            text: confirmation ? qsTrId("appointments.cancel_question").arg(confirmation.when) : ""
            Layout.fillWidth: true
        }
        Notice {
            objectName: "appointmentNotice"
            text: appt.problem || (confirmation ? errands.myAppointments.problem || "" : "")
            Layout.fillWidth: true
        }
        // Cancelling the booking just made sits on its own row: three buttons abreast do not fit in 长辈版.
        BigButton {
            objectName: "cancelBookingButton"
            visible: confirmation !== null && !cancelled && !asking
            text: errands.myAppointments.cancelling !== "" ? qsTrId("appointments.cancelling")
                                                             : qsTrId("appointments.cancel")
            enabled: errands.myAppointments.cancelling === ""
            secondary: true
            Layout.fillWidth: true
            onClicked: asking = true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 24
            BigButton {
                objectName: "backButton"
                visible: !confirmation
                text: qsTrId("common.back")
                secondary: true
                Layout.fillWidth: true
                onClicked: vm.back()
            }
            BigButton {
                objectName: "keepBookingButton"
                visible: asking
                text: qsTrId("appointments.cancel_keep")
                secondary: true
                Layout.fillWidth: true
                onClicked: asking = false
            }
            BigButton {
                objectName: "confirmCancelBookingButton"
                visible: asking
                text: qsTrId("appointments.cancel_confirm")
                Layout.fillWidth: true
                onClicked: { asking = false; errands.cancelAppointment(confirmation.code) }
            }
            BigButton {
                objectName: "reprintConfirmationButton"
                visible: confirmation !== null && !appt.printed && !cancelled && !asking
                text: qsTrId("appointments.reprint")
                secondary: true
                Layout.fillWidth: true
                onClicked: errands.reprintConfirmation()
            }
            BigButton {
                objectName: "appointmentDoneButton"
                visible: confirmation !== null && !asking
                text: qsTrId("common.done")
                Layout.fillWidth: true
                onClicked: vm.toRating()
            }
        }
    }
}
