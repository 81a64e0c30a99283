import QtQuick
import QtQuick.Controls
import Kiosk

// The citizen signs with a finger. Strokes are drawn here for feedback and forwarded point by
// point to `collector` (a Python SignatureCollector), which renders the PNG and judges the ink.
Item {
    id: pad
    objectName: "signaturePad"
    Accessible.role: Accessible.Canvas
    Accessible.name: qsTrId("review.signature_pad")
    property QtObject collector: null
    property real penWidth: 6
    property var strokes: []  // what the canvas draws: arrays of {x, y}
    implicitWidth: 960
    implicitHeight: surface.height + clearButton.implicitHeight + 24

    function clear() {
        strokes = []
        if (collector) collector.clear()
        canvas.requestPaint()
    }

    Rectangle {
        id: surface
        objectName: "signatureSurface"
        width: Math.max(900, pad.width)
        height: 420
        color: "white"
        border.color: Theme.muted
        border.width: 3
        radius: 12

        Text {
            anchors.centerIn: parent
            visible: pad.strokes.length === 0
            text: qsTrId("review.sign_here")
            color: Theme.muted
            font.pixelSize: Theme.headingSize
        }

        Canvas {
            id: canvas
            anchors.fill: parent
            onPaint: {
                const ctx = getContext("2d")
                ctx.clearRect(0, 0, width, height)
                ctx.lineWidth = pad.penWidth
                ctx.lineCap = "round"
                ctx.lineJoin = "round"
                ctx.strokeStyle = "black"
                for (const stroke of pad.strokes) {
                    ctx.beginPath()
                    ctx.moveTo(stroke[0].x, stroke[0].y)
                    for (let i = 1; i < stroke.length; ++i) ctx.lineTo(stroke[i].x, stroke[i].y)
                    if (stroke.length === 1) ctx.lineTo(stroke[0].x + 0.1, stroke[0].y)
                    ctx.stroke()
                }
            }
        }

        MouseArea {
            Accessible.role: Accessible.Canvas
            Accessible.name: qsTrId("review.signature_pad")
            // Touch screens deliver synthesized mouse events here; preventStealing keeps a fast
            // stroke from being taken over by a surrounding Flickable.
            anchors.fill: parent
            preventStealing: true
            onPressed: (mouse) => {
                pad.strokes.push([{x: mouse.x, y: mouse.y}])
                if (pad.collector) pad.collector.beginStroke(mouse.x, mouse.y)
                canvas.requestPaint()
            }
            onPositionChanged: (mouse) => {
                if (!pressed || pad.strokes.length === 0) return
                pad.strokes[pad.strokes.length - 1].push({x: mouse.x, y: mouse.y})
                if (pad.collector) pad.collector.addPoint(mouse.x, mouse.y)
                canvas.requestPaint()
            }
            onReleased: {
                if (pad.collector) pad.collector.endStroke()
                pad.strokesChanged()
            }
        }
    }

    BigButton {
        id: clearButton
        objectName: "signatureClear"
        anchors.top: surface.bottom
        anchors.topMargin: 24
        anchors.right: surface.right
        secondary: true
        text: qsTrId("review.clear_signature")
        onClicked: pad.clear()
    }
}
