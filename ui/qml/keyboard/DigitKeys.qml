// The keypad for phone numbers, numbers and ID numbers (layouts/<locale>/digits.qml, numbers.qml).
//
// Full width in both modes: three columns of digits, 1-2-3 on top like a phone or a bank's PIN pad,
// and a fourth column of ⌫, space and hide; ↵ takes the last two cells of the bottom row. At 1080 px each key is 270 px wide and one
// Theme.keySize high (96 px standard, 132 px 长辈版). An ID-number field (GB 11643, its check
// character may be X) says so with Qt.ImhUppercaseOnly next to Qt.ImhDigitsOnly: the key left of 0
// is then X. A date field says Qt.ImhDate: that key is then the "-" of the date's format (2024-03-05).
// Otherwise it is the decimal point.
import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import QtQuick.VirtualKeyboard.Plugins

KeyboardLayout {
    readonly property int rows: 4
    readonly property bool idNumber: (InputContext.inputMethodHints & Qt.ImhUppercaseOnly) !== 0
    readonly property bool date: (InputContext.inputMethodHints & Qt.ImhDate) !== 0
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
        Key {
            key: Qt.Key_Space
            text: " "
            displayText: "\u2423"
            repeat: true
            showPreview: false
            highlighted: true
        }
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
            text: idNumber ? "X" : date ? "-" : "."
            key: idNumber ? Qt.Key_X : date ? Qt.Key_Minus : Qt.Key_Period
            noModifier: true
        }
        Key { text: "0" }
        EnterKey { weight: 200 }
    }
}
