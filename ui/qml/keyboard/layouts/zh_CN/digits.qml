// The keypad for digit fields (digits): see ../../DigitKeys.qml.
import "../.."

DigitKeys {}
