import QtQuick
import QtQuick.Layouts
import QtQuick.Controls

Item {
    objectName: "techSettingsPage"
    ColumnLayout {
        anchors.fill: parent
        spacing: 12
        Flickable {
            objectName: "settingsFlick"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: settingsColumn.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            ColumnLayout {
                id: settingsColumn
                width: parent.width
                spacing: 18
                Repeater {
                    model: tech.settingRows
                    delegate: ColumnLayout {
                        id: row
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 6
                        Text { text: row.modelData.label; font.pixelSize: 30; font.bold: true }
                        TextField {
                            id: input
                            objectName: "setting_" + row.modelData.id
                            text: row.modelData.value
                            font.pixelSize: 30
                            Layout.fillWidth: true
                            Layout.preferredHeight: 72
                            inputMethodHints: row.modelData.kind === "number" ? Qt.ImhFormattedNumbersOnly : Qt.ImhNoPredictiveText
                            onTextChanged: tech.setSetting(row.modelData.key, text)
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: 8
                            visible: row.modelData.options.length > 0
                            Repeater {
                                model: row.modelData.options
                                delegate: TechButton {
                                    objectName: "setting_" + row.modelData.id + "_opt_" + index
                                    // words for a choice (政务服务大厅), the value itself for a port or queue
                                    text: row.modelData.optionLabels[index]
                                    Accessible.name: text
                                    selected: input.text === modelData
                                    tint: "#455a64"
                                    onClicked: input.text = modelData
                                }
                            }
                        }
                        Text {
                            objectName: "setting_" + row.modelData.id + "_error"
                            text: tech.settingErrors[row.modelData.key] || ""
                            visible: text !== ""
                            color: "#c62828"
                            font.pixelSize: 28
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
        TechButton {
            objectName: "saveSettingsButton"
            text: qsTrId("tech.settings.save")
            tint: "#2e7d32"
            Layout.fillWidth: true
            onClicked: tech.saveSettings()
        }
    }
}
