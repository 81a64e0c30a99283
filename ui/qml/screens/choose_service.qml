import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk
import "../components"

Item {
    objectName: "screen_choose_service"
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing - 4
        BodyText { objectName: "greeting"; text: vm.greeting; Layout.fillWidth: true }
        PlatformCue { Layout.fillWidth: true }
        TextField {
            id: searchField
            objectName: "serviceSearch"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            font.pixelSize: Theme.bodySize
            color: Theme.text
            placeholderText: qsTrId("choose.search_hint")
            placeholderTextColor: Theme.muted
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTrId("choose.search_name")
            // Back from a guide, the list is still what the search found: the box says what that was,
            // or an empty box stood over one item and the citizen could not see why the others had gone.
            Component.onCompleted: text = vm.searchText
            onTextChanged: vm.search(text)
        }
        Flow {
            visible: !Theme.elder  // 长辈版 shows the most used services first instead of categories
            Layout.fillWidth: true
            spacing: 16
            Repeater {
                model: vm.categories
                delegate: BigButton {
                    objectName: "category_" + index
                    text: modelData
                    secondary: vm.category !== modelData
                    implicitWidth: 240
                    font.pixelSize: Theme.smallSize + 4
                    onClicked: vm.setCategory(vm.category === modelData ? "" : modelData)
                }
            }
        }
        ListView {
            id: list
            objectName: "serviceList"
            visible: count > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 16
            model: vm.services
            delegate: ChoiceTile {
                width: ListView.view.width
                mouseName: "service_" + modelData.code
                title: modelData.name
                detail: modelData.department + (modelData.cross ? "  ·  " + qsTrId("choose.cross_province") : "")
                        // A 查询打印 record is looked up and printed here: it is not "guide only".
                        + (modelData.mode === "record" ? "  ·  " + qsTrId("choose.record")
                           : modelData.online ? "" : "  ·  " + qsTrId("choose.guide_only"))
                onActivated: vm.chooseService(modelData.code)
            }
            ScrollBar.vertical: ScrollBar { width: 24 }
        }
        MoreBelow { objectName: "servicesMore"; flick: list; Layout.fillWidth: true }
        // Nothing found (or still loading): the words, the nearest items and categories, and a person to
        // ask. They can be taller than the screen (长辈版, English): they scroll above 退出, which must
        // stay in reach (it was pushed below the screen's edge).
        Flickable {
            id: nothingFlick
            objectName: "nothingFoundFlick"
            visible: list.count === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: nothingColumn.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            ColumnLayout {
                id: nothingColumn
                width: nothingFlick.width
                spacing: Theme.spacing - 4
                BodyText {
                    objectName: "emptyServices"
                    visible: list.count === 0
                    text: vm.catalogLoaded ? qsTrId("choose.nothing_found") : qsTrId("choose.loading")
                    Layout.alignment: Qt.AlignHCenter
                }
                        ColumnLayout {
                    id: suggestions
                    readonly property var found: list.count === 0 && vm.catalogLoaded ? errands.suggest(searchField.text) : ({items: [], categories: []})
                    visible: (found.items || []).length > 0
                    Layout.fillWidth: true
                    spacing: 12
                    BodyText { text: qsTrId("choose.suggest_items"); color: Theme.muted; Layout.fillWidth: true }
                    Repeater {
                        model: suggestions.found.items || []
                        delegate: ChoiceTile {
                            required property var modelData
                            required property int index
                            Layout.fillWidth: true
                            mouseName: "suggestion_" + index
                            title: modelData.name
                            detail: modelData.department
                            onActivated: vm.chooseService(modelData.code)
                        }
                    }
                    BodyText { text: qsTrId("choose.suggest_categories"); color: Theme.muted; Layout.fillWidth: true }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 12
                        Repeater {
                            model: suggestions.found.categories || []
                            delegate: BigButton {
                                required property var modelData
                                required property int index
                                objectName: "suggestCategory_" + index
                                text: modelData
                                secondary: true
                                implicitWidth: 260
                                font.pixelSize: Theme.smallSize + 4
                                // The category first: emptying the search rebuilds these suggestions, and this chip with them.
                                onClicked: { const picked = modelData; vm.setCategory(picked); searchField.text = "" }
                            }
                        }
                    }
                    BigButton {
                        objectName: "searchHelpButton"
                        text: qsTrId("choose.ask_help")
                        secondary: true
                        tint: Theme.blue
                        Layout.fillWidth: true
                        onClicked: vm.callHelp()
                    }
                }
            }
        }
        MoreBelow { objectName: "suggestionsMore"; flick: nothingFlick; Layout.fillWidth: true }
        BigButton { objectName: "cancelButton"; text: qsTrId("common.exit"); secondary: true; Layout.fillWidth: true; onClicked: vm.cancel() }
    }
}
