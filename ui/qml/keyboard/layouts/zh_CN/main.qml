// zh_CN letters: see ../../LetterKeys.qml.
import "../.."

LetterKeys { pinyin: true }
