// The keypad for digit fields (numbers): see ../../DigitKeys.qml.
import "../.."

DigitKeys {}
