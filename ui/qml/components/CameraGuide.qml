import QtQuick

// The frame guide over the camera preview: a centred square the citizen holds the code inside,
// marked by its four corners.
Item {
    id: guide
    readonly property real side: Math.min(width, height) * 0.6
    readonly property real arm: side / 5
    Repeater {
        model: 4
        Item {
            required property int index
            readonly property bool atRight: index === 1 || index === 2
            readonly property bool atBottom: index >= 2
            x: (guide.width - guide.side) / 2 + (atRight ? guide.side - guide.arm : 0)
            y: (guide.height - guide.side) / 2 + (atBottom ? guide.side - guide.arm : 0)
            width: guide.arm
            height: guide.arm
            Rectangle { color: "#ffffff"; width: parent.width; height: 4; y: parent.atBottom ? parent.height - 4 : 0 }
            Rectangle { color: "#ffffff"; width: 4; height: parent.height; x: parent.atRight ? parent.width - 4 : 0 }
        }
    }
}
