// en_US digits and punctuation: see ../../SymbolKeys.qml.
import "../.."

SymbolKeys { chinese: false }
