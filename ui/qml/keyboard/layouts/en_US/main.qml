// en_US letters: see ../../LetterKeys.qml.
import "../.."

LetterKeys { pinyin: false }
