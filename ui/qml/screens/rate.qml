import QtQuick
import QtQuick.Layouts
import Kiosk
import "../components"

Item {
    objectName: "screen_rate"
    property int stars: 0
    property string reason: ""
    // Reasons go to the platform as these keys; the words are the catalog's, in the session's language.
    readonly property var reasons: ["waiting", "complex", "unclear", "broken", "other"]
    readonly property var reasonNames: [qsTrId("rate.reason_waiting"), qsTrId("rate.reason_complex"),
                                        qsTrId("rate.reason_unclear"), qsTrId("rate.reason_broken"),
                                        qsTrId("rate.reason_other")]
    // Index 0 is one star.
    readonly property var levelNames: [qsTrId("rate.level_1"), qsTrId("rate.level_2"), qsTrId("rate.level_3"),
                                       qsTrId("rate.level_4"), qsTrId("rate.level_5")]
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.elder ? 20 : 26
        SectionTitle { text: qsTrId("rate.heading"); horizontalAlignment: Text.AlignHCenter; Layout.fillWidth: true }
        Repeater {
            model: 5
            delegate: BigButton {
                objectName: "rate_" + (5 - index)
                text: "★".repeat(5 - index) + "  " + levelNames[4 - index]
                Accessible.name: levelNames[4 - index]
                secondary: stars !== 5 - index
                tint: Theme.brown
                Layout.fillWidth: true
                onClicked: { stars = 5 - index; vm.touch() }
            }
        }
        Flow {
            visible: stars > 0 && stars <= 2
            Layout.fillWidth: true
            spacing: 14
            Repeater {
                model: reasons
                delegate: BigButton {
                    objectName: "reason_" + index
                    text: reasonNames[index]
                    secondary: reason !== modelData
                    implicitWidth: Theme.elder ? 480 : 320
                    font.pixelSize: Theme.smallSize + 4
                    onClicked: { reason = modelData; vm.touch() }
                }
            }
        }
        Notice { objectName: "rateNotice"; text: vm.notice; Layout.fillWidth: true }
        Item { Layout.fillHeight: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: 24
            BigButton { objectName: "skipRatingButton"; text: qsTrId("rate.skip"); secondary: true; Layout.fillWidth: true; onClicked: vm.finish() }
            BigButton { objectName: "submitRatingButton"; text: qsTrId("rate.submit"); enabled: stars > 0; Layout.fillWidth: true; onClicked: vm.rate(stars, reason) }
        }
    }
}
