// Paints Qt's keyboard style (the default style, loaded by the InputPanel) in the Theme's keyboard
// colours, so that ui/theme.py's contrast test measures what the citizen sees (PAIRS, DIMMED_PAIRS).
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Styles
import Kiosk

Item {
    id: paint
    // inputPanel.keyboard.style: null until the style is loaded
    property var style: null
    readonly property bool ready: style !== null && style !== undefined

    Binding { target: paint.style; when: paint.ready; property: "keyTextColor"; value: Theme.keyText; restoreMode: Binding.RestoreBinding }
    Binding { target: paint.style; when: paint.ready; property: "keySmallTextColor"; value: Theme.keyText; restoreMode: Binding.RestoreBinding }
    Binding { target: paint.style; when: paint.ready; property: "modeKeyAccentColor"; value: Theme.keyText; restoreMode: Binding.RestoreBinding }
    Binding { target: paint.style; when: paint.ready; property: "keyboardBackgroundColor"; value: Theme.keyboardBackground; restoreMode: Binding.RestoreBinding }
    Binding { target: paint.style; when: paint.ready; property: "normalKeyBackgroundColor"; value: Theme.keyBackground; restoreMode: Binding.RestoreBinding }
    Binding { target: paint.style; when: paint.ready; property: "highlightedKeyBackgroundColor"; value: Theme.keyFunctionBackground; restoreMode: Binding.RestoreBinding }
    Binding { target: paint.style; when: paint.ready; property: "popupBackgroundColor"; value: Theme.keyPopupBackground; restoreMode: Binding.RestoreBinding }
    Binding { target: paint.style; when: paint.ready; property: "popupTextColor"; value: Theme.keyText; restoreMode: Binding.RestoreBinding }
    Binding { target: paint.style; when: paint.ready; property: "popupHighlightColor"; value: Theme.keyPopupHighlight; restoreMode: Binding.RestoreBinding }
    Binding { target: paint.style; when: paint.ready; property: "selectionListTextColor"; value: Theme.keyText; restoreMode: Binding.RestoreBinding }
    Binding { target: paint.style; when: paint.ready; property: "selectionListBackgroundColor"; value: Theme.keyboardBackground; restoreMode: Binding.RestoreBinding }
    Binding { target: paint.style; when: paint.ready; property: "selectionListSeparatorColor"; value: Theme.keyFunctionBackground; restoreMode: Binding.RestoreBinding }

    // The space bar says which language the keys type. Qt's style writes the locale's full name
    // ("American English" overflows 长辈版's space bar) and dims it to half strength a second later
    // (white at 0.5 on the space bar is 3.08:1). Ours: the language's own short name (中文, English),
    // at full strength, shrunk to fit the key if it must.
    Binding { target: paint.style; when: paint.ready; property: "spaceKeyPanel"; value: spaceKey; restoreMode: Binding.RestoreBinding }
    Component {
        id: spaceKey
        KeyPanel {
            id: panel
            Rectangle {
                objectName: "spaceKeyBackground"
                anchors.fill: parent
                anchors.margins: paint.style.keyBackgroundMargin || 0
                radius: 5
                color: Theme.keyFunctionBackground
                opacity: panel.control && panel.control.pressed ? 0.8 : 1
                Text {
                    objectName: "spaceKeyLabel"
                    anchors.fill: parent
                    anchors.margins: Theme.spacing / 2
                    // each language by its own name, whatever the session's language
                    text: String(InputContext.locale).startsWith("zh") ? qsTrId("keyboard.chinese") : qsTrId("keyboard.english")
                    color: Theme.keyText
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Math.round(60 * paint.style.scaleHint)
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.smallSize
                    elide: Text.ElideRight
                }
            }
        }
    }

    // The return key. Qt's style draws its ↵ 211×80 design px at the keyboard's scale: wider than a
    // 长辈版 key (it crossed both edges of the 154 px key). Ours is fitted into the key and centred.
    Binding { target: paint.style; when: paint.ready; property: "enterKeyPanel"; value: enterKey; restoreMode: Binding.RestoreBinding }
    Component {
        id: enterKey
        KeyPanel {
            id: enterPanel
            Rectangle {
                objectName: "enterKeyBackground"
                anchors.fill: parent
                anchors.margins: paint.style.keyBackgroundMargin || 0
                radius: 5
                color: enterPanel.control && enterPanel.control.highlighted ? Theme.keyFunctionBackground : Theme.keyBackground
                opacity: enterPanel.control && enterPanel.control.pressed ? 0.8 : 1
                Image {
                    objectName: "enterKeyIcon"
                    anchors.centerIn: parent
                    // the icon's design size, no wider than 60 % of the key
                    width: Math.min(211 * paint.style.keyIconScale, parent.width * 0.6)
                    height: width * 80 / 211
                    sourceSize: Qt.size(width, height)
                    fillMode: Image.PreserveAspectFit
                    smooth: true
                    source: paint.style.resourcePrefix + "images/enter-fff.svg"
                }
            }
        }
    }
}
