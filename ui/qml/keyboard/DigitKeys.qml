// The keypad for phone numbers, numbers and ID numbers (layouts/<locale>/digits.qml, numbers.qml).
//
// Full width in both modes: three columns of digits, 1-2-3 on top like a phone or a bank's PIN pad,
// and a fourth column of ⌫ and hide; ↵ takes the last two cells of the bottom row. At 1080 px each key
// is 270 px wide and one Theme.keySize high (96 px standard, 132 px 长辈版). The keypad offers only what
// the field takes: the key left of 0 is X for an ID number (GB 11643, its check character may be X:
// the field says Qt.ImhUppercaseOnly next to Qt.ImhDigitsOnly), the "-" of a date's format for a date
// (Qt.ImhDate; 2024-03-05), the decimal point for a number that takes decimals (Qt.ImhFormattedNumbersOnly,
// the "numbers" layout) and nothing for a phone number or a whole number: a '.' typed into a phone number
// only earned an error. No space key either: no field this keypad serves takes one. An empty cell
// (a filler, which does nothing when touched) stands where a key is left out, so the digits keep their
// columns.
import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import QtQuick.VirtualKeyboard.Plugins

KeyboardLayout {
    readonly property int rows: 4
    readonly property bool idNumber: (InputContext.inputMethodHints & Qt.ImhUppercaseOnly) !== 0
    readonly property bool date: (InputContext.inputMethodHints & Qt.ImhDate) !== 0
    readonly property bool decimal: (InputContext.inputMethodHints & Qt.ImhFormattedNumbersOnly) !== 0
    // The one character besides the digits that the field takes, if any.
    readonly property string extra: idNumber ? "X" : date ? "-" : decimal ? "." : ""
    inputMethod: PlainInputMethod {}
    inputMode: InputEngine.InputMode.Numeric
    keyWeight: 100

    KeyboardRow {
        Key { text: "1" }
        Key { text: "2" }
        Key { text: "3" }
        BackspaceKey {}
    }
    KeyboardRow {
        Key { text: "4" }
        Key { text: "5" }
        Key { text: "6" }
        FillerKey {}
    }
    KeyboardRow {
        Key { text: "7" }
        Key { text: "8" }
        Key { text: "9" }
        HideKeyboardKey {}
    }
    KeyboardRow {
        Key {
            objectName: idNumber ? "idCheckKey" : date ? "dateSeparatorKey" : "decimalKey"
            visible: extra !== ""
            text: extra
            key: idNumber ? Qt.Key_X : date ? Qt.Key_Minus : Qt.Key_Period
            noModifier: true
        }
        FillerKey { visible: extra === "" }
        Key { text: "0" }
        EnterKey { weight: 200 }
    }
}
