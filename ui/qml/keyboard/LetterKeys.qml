// The letter keyboard citizens type names, addresses and search words on (layouts/<locale>/main.qml).
//
// Standard mode: QWERTY, ten keys across (108 px wide, one Theme.keySize = 96 px high at 1080 px).
// 长辈版: the alphabet in order, seven keys a row (a–g, h–n, o–u, v–z), for people who do not type
// often and look for each letter: every key is ≥ 150 px wide and one Theme.keySize = 132 px high.
// Both are in this one layout and switch on Theme.elder, so turning 长辈版 on or off while the keyboard
// is up changes the keys at once (Qt reloads a layout only when the locale or the field kind changes).
// `rows` tells Main.qml how many rows are shown, so that each row is one Theme.keySize high.
import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import Kiosk

KeyboardLayout {
    id: letters
    // true: Chinese, letters are pinyin and the candidates bar offers characters; false: plain letters.
    property bool pinyin: false
    readonly property int rows: Theme.elder ? 5 : 4
    // Chinese full-width comma and full stop in pinyin, ASCII in English.
    readonly property string comma: pinyin ? "\uFF0C" : ","
    readonly property string stop: pinyin ? "\u3002" : "."

    function createInputMethod() {
        return pinyin ? Qt.createQmlObject('import QtQuick; import QtQuick.VirtualKeyboard.Plugins; PinyinInputMethod {}',
                                           letters, "kioskPinyin.qml") : null
    }
    sharedLayouts: pinyin ? ["symbols"] : []
    inputMode: pinyin ? -1 : InputEngine.InputMode.Latin
    keyWeight: 100

    // ---- standard: QWERTY ------------------------------------------------------------------
    KeyboardRow {
        visible: !Theme.elder
        Repeater {
            model: ["q", "w", "e", "r", "t", "y", "u", "i", "o", "p"]
            Key { required property string modelData; text: modelData }
        }
    }
    KeyboardRow {
        visible: !Theme.elder
        FillerKey { weight: 50 }
        Repeater {
            model: ["a", "s", "d", "f", "g", "h", "j", "k", "l"]
            Key { required property string modelData; text: modelData }
        }
        FillerKey { weight: 50 }
    }
    KeyboardRow {
        visible: !Theme.elder
        ShiftKey { visible: !letters.pinyin; weight: 150 }
        Key { visible: letters.pinyin; weight: 150; text: letters.comma; highlighted: true }
        Repeater {
            model: ["z", "x", "c", "v", "b", "n", "m"]
            Key { required property string modelData; text: modelData }
        }
        BackspaceKey { weight: 150 }
    }
    KeyboardRow {
        visible: !Theme.elder
        // to the digits and symbols: says so in words a layperson reads (数字 / 123), not Qt's "&123"
        SymbolModeKey { weight: 150; displayText: qsTrId("keyboard.digits_key") }
        ChangeLanguageKey { weight: 100 }
        Key { visible: !letters.pinyin; text: letters.comma; highlighted: true }
        SpaceKey { weight: letters.pinyin ? 400 : 300 }
        Key { text: letters.stop; highlighted: true }
        HideKeyboardKey { weight: 100 }
        EnterKey { weight: 150 }
    }

    // ---- 长辈版: a–z in order, seven a row -----------------------------------------------------
    KeyboardRow {
        visible: Theme.elder
        Repeater {
            model: ["a", "b", "c", "d", "e", "f", "g"]
            Key { required property string modelData; text: modelData }
        }
    }
    KeyboardRow {
        visible: Theme.elder
        Repeater {
            model: ["h", "i", "j", "k", "l", "m", "n"]
            Key { required property string modelData; text: modelData }
        }
    }
    KeyboardRow {
        visible: Theme.elder
        Repeater {
            model: ["o", "p", "q", "r", "s", "t", "u"]
            Key { required property string modelData; text: modelData }
        }
    }
    KeyboardRow {
        visible: Theme.elder
        Repeater {
            model: ["v", "w", "x", "y", "z"]
            Key { required property string modelData; text: modelData }
        }
        ShiftKey { visible: !letters.pinyin }
        Key { visible: letters.pinyin; text: letters.comma; highlighted: true }
        BackspaceKey {}
    }
    KeyboardRow {
        visible: Theme.elder
        // one and a half keys: the room "ABC" (its twin on the symbols page) needs in 长辈版's type
        SymbolModeKey { weight: 150; displayText: qsTrId("keyboard.digits_key") }
        ChangeLanguageKey {}
        SpaceKey { weight: 150 }
        Key { text: letters.stop; highlighted: true }
        HideKeyboardKey {}
        EnterKey {}
    }
}
