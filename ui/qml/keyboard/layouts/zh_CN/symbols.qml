// zh_CN digits and punctuation: see ../../SymbolKeys.qml.
import "../.."

SymbolKeys { chinese: true }
