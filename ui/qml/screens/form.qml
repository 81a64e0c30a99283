import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../components"

Item {
    objectName: "screen_form"
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 40
        spacing: 16
        SectionTitle { text: vm.guide.name || ""; Layout.fillWidth: true }
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
                Repeater {
                    model: vm.formFields
                    delegate: ColumnLayout {
                        id: fieldBox
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 6
                        Text {
                            text: (fieldBox.modelData.required ? "* " : "") + fieldBox.modelData.label
                            font.pixelSize: 30
                            font.bold: true
                        }
                        TextField {
                            objectName: "field_" + fieldBox.modelData.id
                            visible: fieldBox.modelData.type !== "choice"
                            Layout.fillWidth: true
                            Layout.preferredHeight: 96
                            font.pixelSize: 34
                            text: fieldBox.modelData.value
                            placeholderText: fieldBox.modelData.hint || ""
                            inputMethodHints: fieldBox.modelData.type === "phone" || fieldBox.modelData.type === "number"
                                              ? Qt.ImhDigitsOnly : Qt.ImhNone
                            onTextEdited: vm.setField(fieldBox.modelData.id, text)
                        }
                        // Regions: province, then its cities, then their districts, one row of buttons each.
                        Repeater {
                            model: fieldBox.modelData.kind === "region" ? 3 : 0
                            delegate: Flow {
                                id: regionRow
                                required property int index
                                Layout.fillWidth: true
                                spacing: 12
                                Repeater {
                                    model: vm.regionOptions(fieldBox.modelData.id, vm.formValues[fieldBox.modelData.id] || "",
                                                            regionRow.index)
                                    delegate: BigButton {
                                        required property var modelData
                                        required property int index
                                        objectName: "field_" + fieldBox.modelData.id + "_" + ["p", "c", "d"][regionRow.index] + index
                                        // the cascade marks the options on the picked path (重庆市 groups 5001xx and 5002xx)
                                        text: modelData.label
                                        secondary: !modelData.picked
                                        implicitWidth: 240
                                        implicitHeight: 80
                                        font.pixelSize: 30
                                        onClicked: vm.setField(fieldBox.modelData.id, modelData.value)
                                    }
                                }
                            }
                        }
                        Flow {
                            visible: fieldBox.modelData.type === "choice" && fieldBox.modelData.kind !== "region"
                            Layout.fillWidth: true
                            spacing: 12
                            Repeater {
                                model: fieldBox.modelData.options || []
                                delegate: BigButton {
                                    objectName: "field_" + fieldBox.modelData.id + "_" + index
                                    text: modelData.label
                                    secondary: vm.formValues[fieldBox.modelData.id] !== modelData.value
                                    implicitWidth: 300
                                    implicitHeight: 88
                                    font.pixelSize: 30
                                    onClicked: vm.setField(fieldBox.modelData.id, modelData.value)
                                }
                            }
                        }
                        Text {
                            objectName: "error_" + fieldBox.modelData.id
                            visible: text.length > 0
                            text: fieldBox.modelData.error || ""
                            color: "#c62828"
                            font.pixelSize: 28
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                }
                SectionTitle { text: "申请材料"; visible: vm.materials.length > 0 }
                Repeater {
                    model: vm.materials
                    delegate: RowLayout {
                        Layout.fillWidth: true
                        spacing: 16
                        BodyText { text: modelData.name; Layout.fillWidth: true }
                        Text {
                            objectName: "material_status_" + index
                            text: modelData.status
                            color: modelData.done ? "#2e7d32" : "#c62828"
                            font.pixelSize: 28
                        }
                        BigButton {
                            objectName: "photo_" + index
                            visible: modelData.needs_photo
                            text: modelData.done ? "重拍" : "拍照"
                            enabled: !vm.capturing  // one photo at a time: a second tap would race the first
                            implicitWidth: 180
                            implicitHeight: 84
                            font.pixelSize: 30
                            onClicked: vm.photographMaterial(index)
                        }
                    }
                }
            }
        }
        Notice { objectName: "formNotice"; text: vm.notice; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: 24
            BigButton { objectName: "backButton"; text: "返回"; secondary: true; Layout.fillWidth: true; onClicked: vm.back() }
            BigButton { objectName: "reviewButton"; text: "下一步：核对"; Layout.fillWidth: true; onClicked: vm.review() }
        }
    }
}
