import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk
import "../components"

Item {
    objectName: "screen_form"
    ColumnLayout {
        id: page
        anchors.fill: parent
        anchors.margins: Theme.margin - 8
        spacing: 16
        SectionTitle { text: vm.guide.name || ""; Layout.fillWidth: true }
        PlatformCue { Layout.fillWidth: true }
        // On 下一步 with problems: every one of them listed, and the form scrolled to the first.
        // While the keyboard is up the summary (and the notice below the form) step aside: in 长辈版
        // they left the form no room, and the field being typed in was hidden (each field says its
        // own problem under it; both come back when the keyboard goes).
        Rectangle {
            objectName: "problemSummary"
            visible: vm.problems.length > 0 && !Qt.inputMethod.visible
            Layout.fillWidth: true
            implicitHeight: problemColumn.implicitHeight + 24
            radius: 12
            color: Theme.noticeBg
            border.color: Theme.error
            border.width: 2
            ColumnLayout {
                id: problemColumn
                anchors.fill: parent
                anchors.margins: 12
                spacing: 4
                Text {
                    objectName: "problemsTitle"
                    text: (vm.problems.length === 1 ? qsTrId("form.problems.one") : qsTrId("form.problems")).arg(vm.problems.length)
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.error
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Repeater {
                    model: vm.problems.slice(0, 5)
                    delegate: Text {
                        required property var modelData
                        required property int index
                        objectName: "problem_" + index
                        // the problem's sentence, which names its field (the view model puts the name before
                        // a sentence that does not)
                        text: "· " + modelData.line
                        font.pixelSize: Theme.smallSize
                        color: Theme.noticeText
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
                // The title counts them all; the lines beyond the fifth are named by their fields.
                Text {
                    objectName: "problemsMore"
                    visible: vm.problems.length > 5
                    text: qsTrId("form.problems.more").arg(vm.problems.length - 5)
                    font.pixelSize: Theme.smallSize
                    color: Theme.noticeText
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }
        Connections {
            target: vm
            function onFieldsChanged() { Qt.callLater(page.scrollToFirstProblem) }
        }
        function scrollToFirstProblem() {
            if (vm.problems.length === 0) return
            const first = vm.problems[0].field
            for (let i = 0; i < column.children.length; ++i) {
                const box = column.children[i]
                if (box.fieldId === first || (first === "materials" && box.objectName === "materialsTitle")) {
                    flick.contentY = Math.max(0, Math.min(box.y, flick.contentHeight - flick.height))
                    return
                }
            }
        }
        Flickable {
            id: flick
            objectName: "formFlick"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: column.implicitHeight
            ColumnLayout {
                id: column
                width: flick.width
                spacing: 14
                // One delegate per field, built when the form opens; a change updates its row's roles only.
                Repeater {
                    model: vm.formModel
                    delegate: ColumnLayout {
                        id: fieldBox
                        required property string fieldId
                        required property string label
                        required property string fieldType
                        required property string kind
                        required property bool isRequired
                        required property string hint
                        required property var options
                        required property string value
                        required property string error
                        required property var region0
                        required property var region1
                        required property var region2
                        required property bool locked
                        required property string display
                        required property string whenField
                        required property string whenValue
                        required property bool replaceable
                        // Postal fields show only when the result is posted (when: delivery = ems).
                        readonly property bool shown: whenField === "" || vm.formValues[whenField] === whenValue
                        visible: shown
                        Layout.fillWidth: true
                        spacing: 6
                        Text {
                            text: (fieldBox.isRequired ? "* " : "") + fieldBox.label
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        TextField {
                            objectName: "field_" + fieldBox.fieldId
                            visible: fieldBox.fieldType !== "choice"
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.touchTarget
                            font.pixelSize: Theme.bodySize
                            color: fieldBox.locked ? Theme.muted : Theme.text
                            // From the card: read-only, and masked on a public screen.
                            readOnly: fieldBox.locked
                            text: fieldBox.locked ? fieldBox.display : fieldBox.value
                            placeholderText: fieldBox.hint
                            placeholderTextColor: Theme.muted
                            Accessible.role: Accessible.EditableText
                            Accessible.name: fieldBox.label
                            // digits keypad with what the field takes besides digits (keyboard/DigitKeys.qml): an ID
                            // number's has X for the check character, a date's the "-" its hint shows (格式：2024-03-05),
                            // a number that takes decimals the decimal point; a phone number's or whole number's none
                            inputMethodHints: fieldBox.fieldType === "number" && fieldBox.kind === "decimal" ? Qt.ImhFormattedNumbersOnly
                                            : fieldBox.fieldType === "phone" || fieldBox.fieldType === "number" ? Qt.ImhDigitsOnly
                                            : fieldBox.fieldType === "id_number" ? Qt.ImhDigitsOnly | Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
                                            : fieldBox.fieldType === "date" ? Qt.ImhDigitsOnly | Qt.ImhDate | Qt.ImhNoPredictiveText
                                            : Qt.ImhNone
                            onTextEdited: vm.setField(fieldBox.fieldId, text)
                        }
                        Text {
                            visible: fieldBox.locked
                            text: fieldBox.replaceable ? qsTrId("form.prefilled_from_card") : qsTrId("form.locked")
                            font.pixelSize: Theme.smallSize
                            color: Theme.muted
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        // The card holder's name stands in masked; posting to someone else is one tap away.
                        BigButton {
                            objectName: "field_" + fieldBox.fieldId + "_replace"
                            visible: fieldBox.locked && fieldBox.replaceable
                            text: qsTrId("form.replace_recipient")
                            secondary: true
                            font.pixelSize: Theme.smallSize + 4
                            Layout.fillWidth: Theme.elder
                            onClicked: vm.replaceField(fieldBox.fieldId)
                        }
                        // Regions: province, then its cities, then their districts, one row of buttons each.
                        Repeater {
                            // built when the field shows: a hidden postal region would cost 34 buttons on opening
                            model: fieldBox.kind === "region" && fieldBox.shown ? 3 : 0
                            delegate: Flow {
                                id: regionRow
                                required property int index
                                Layout.fillWidth: true
                                spacing: 12
                                Repeater {
                                    // each row reads only its own role, so a pick rebuilds only rows whose options changed
                                    model: regionRow.index === 0 ? fieldBox.region0
                                         : regionRow.index === 1 ? fieldBox.region1 : fieldBox.region2
                                    delegate: BigButton {
                                        required property var modelData
                                        required property int index
                                        objectName: "field_" + fieldBox.fieldId + "_" + ["p", "c", "d"][regionRow.index] + index
                                        // the cascade marks the options on the picked path (重庆市 groups 5001xx and 5002xx)
                                        text: modelData.label
                                        secondary: !modelData.picked
                                        implicitWidth: Theme.elder ? 300 : 240
                                        font.pixelSize: Theme.smallSize + 4
                                        onClicked: vm.setField(fieldBox.fieldId, modelData.value)
                                    }
                                }
                            }
                        }
                        Flow {
                            visible: fieldBox.fieldType === "choice" && fieldBox.kind !== "region"
                            Layout.fillWidth: true
                            spacing: 12
                            Repeater {
                                // a region field's options are its ~2,800 counties: its buttons are the cascade above, never these
                                model: fieldBox.kind === "region" || !fieldBox.shown ? [] : fieldBox.options
                                delegate: BigButton {
                                    objectName: "field_" + fieldBox.fieldId + "_" + index
                                    text: modelData.label
                                    secondary: fieldBox.value !== modelData.value
                                    implicitWidth: Theme.elder ? 460 : 300
                                    font.pixelSize: Theme.smallSize + 4
                                    onClicked: vm.setField(fieldBox.fieldId, modelData.value)
                                }
                            }
                        }
                        Text {
                            objectName: "error_" + fieldBox.fieldId
                            visible: text.length > 0
                            text: fieldBox.error
                            color: Theme.error
                            font.pixelSize: Theme.bodySize - 2
                            Accessible.role: Accessible.AlertMessage
                            Accessible.name: text
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                }
                SectionTitle { objectName: "materialsTitle"; text: qsTrId("form.materials"); visible: vm.materials.length > 0 }
                Repeater {
                    model: vm.materials
                    delegate: RowLayout {
                        Layout.fillWidth: true
                        spacing: 16
                        BodyText { text: modelData.name; Layout.fillWidth: true }
                        Text {
                            objectName: "material_status_" + index
                            text: modelData.status
                            color: modelData.done ? Theme.ok : Theme.error
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.WordWrap
                            Layout.maximumWidth: Theme.elder ? 320 : 380
                        }
                        BigButton {
                            objectName: "photo_" + index
                            visible: modelData.needs_photo
                            text: modelData.done ? qsTrId("form.retake") : qsTrId("form.photograph")
                            Accessible.name: text + " " + modelData.name
                            enabled: !vm.capturing  // one photo at a time: a second tap would race the first
                            implicitWidth: Theme.elder ? 240 : 200
                            font.pixelSize: Theme.smallSize + 4
                            onClicked: vm.photographMaterial(index)
                        }
                    }
                }
            }
        }
        MoreBelow { objectName: "formMore"; flick: flick; Layout.fillWidth: true }
        Notice { objectName: "formNotice"; text: vm.notice; visible: text.length > 0 && !Qt.inputMethod.visible; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: 24
            BigButton { objectName: "backButton"; text: qsTrId("common.back"); secondary: true; Layout.fillWidth: true; onClicked: vm.back() }
            BigButton { objectName: "reviewButton"; text: qsTrId("form.next"); Layout.fillWidth: true; onClicked: vm.review() }
        }
    }
}
