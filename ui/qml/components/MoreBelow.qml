import QtQuick
import Kiosk

// Under a scrolling area whose content goes on below its edge: says so in words and, tapped, turns
// about a page down. Many elderly citizens do not know that a screen scrolls, and a line cut at the
// edge looks like the end of the page (seen on the 长辈版 English appointment-cancel screen).
// Hidden once the end is on screen, so it never covers the last line.
BigButton {
    id: cue
    required property Item flick  // a Flickable; typed Item so that Python can read it
    readonly property real lastY: flick.originY + flick.contentHeight - flick.height
    visible: flick.visible && flick.contentY < lastY - 2
    secondary: true
    text: "▼  " + qsTrId("common.more_below")
    Accessible.name: qsTrId("common.more_below")
    onClicked: flick.contentY = Math.min(flick.contentY + flick.height * 0.8, lastY)
}
