// Digits and punctuation behind the letter keyboard's symbol key (layouts/<locale>/symbols.qml):
// house numbers, "3-2-501", e-mail addresses. Same rows rule as LetterKeys: ten across in standard
// mode, seven across in 长辈版, switching on Theme.elder.
import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import Kiosk

KeyboardLayout {
    id: symbols
    property bool chinese: false
    readonly property int rows: Theme.elder ? 5 : 4
    // Chinese punctuation in Chinese (full-width comma, full stop, question and exclamation marks,
    // enumeration comma), ASCII in English.
    readonly property var punctuation: chinese ? ["\uFF0C", "\u3002", "\uFF1F", "\uFF01", "\u3001", "\uFF1A", "\uFF1B"]
                                               : [",", ".", "?", "!", "'", ":", ";"]
    // In Chinese the symbols share the pinyin input method with the letters, as Qt's own layouts do.
    function createInputMethod() {
        return chinese ? Qt.createQmlObject('import QtQuick; import QtQuick.VirtualKeyboard.Plugins; PinyinInputMethod {}',
                                            symbols, "kioskPinyinSymbols.qml") : null
    }
    sharedLayouts: chinese ? ["main"] : []
    keyWeight: 100

    // ---- standard ----------------------------------------------------------------------------
    KeyboardRow {
        visible: !Theme.elder
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"]
            Key { required property string modelData; text: modelData }
        }
    }
    KeyboardRow {
        visible: !Theme.elder
        Repeater {
            model: ["-", "/", "(", ")", "@", "#", "&", "*", "+", "_"]
            Key { required property string modelData; text: modelData }
        }
    }
    KeyboardRow {
        visible: !Theme.elder
        Repeater {
            model: symbols.punctuation
            Key { required property string modelData; text: modelData }
        }
        Key { text: "\"" }
        BackspaceKey { weight: 200 }
    }
    KeyboardRow {
        visible: !Theme.elder
        SymbolModeKey { weight: 150; displayText: "ABC" }
        ChangeLanguageKey { weight: 100 }
        SpaceKey { weight: 500 }
        HideKeyboardKey { weight: 100 }
        EnterKey { weight: 150 }
    }

    // ---- 长辈版 ----------------------------------------------------------------------------------
    KeyboardRow {
        visible: Theme.elder
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7"]
            Key { required property string modelData; text: modelData }
        }
    }
    KeyboardRow {
        visible: Theme.elder
        Repeater {
            model: ["8", "9", "0", "-", "/", "(", ")"]
            Key { required property string modelData; text: modelData }
        }
    }
    KeyboardRow {
        visible: Theme.elder
        Repeater {
            model: symbols.punctuation
            Key { required property string modelData; text: modelData }
        }
    }
    KeyboardRow {
        visible: Theme.elder
        Repeater {
            model: ["@", "#", "&", "*", "+", "_"]
            Key { required property string modelData; text: modelData }
        }
        BackspaceKey {}
    }
    KeyboardRow {
        visible: Theme.elder
        SymbolModeKey { weight: 150; displayText: "ABC" }
        ChangeLanguageKey {}
        SpaceKey { weight: 250 }
        HideKeyboardKey {}
        EnterKey {}
    }
}
