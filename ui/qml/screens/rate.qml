import QtQuick
import QtQuick.Layouts
import "../components"

Item {
    objectName: "screen_rate"
    property int stars: 0
    property string reason: ""
    readonly property var levels: ["非常不满意", "不满意", "基本满意", "满意", "非常满意"]
    readonly property var reasons: ["等待时间长", "操作太复杂", "看不懂说明", "设备故障", "其他"]
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 60
        spacing: 30
        SectionTitle { text: "请为本次服务评价（好差评）"; Layout.alignment: Qt.AlignHCenter }
        Repeater {
            model: 5
            delegate: BigButton {
                objectName: "rate_" + (5 - index)
                text: "★".repeat(5 - index) + "  " + levels[4 - index]
                secondary: stars !== 5 - index
                tint: "#f57c00"
                Layout.fillWidth: true
                implicitHeight: 100
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
                    text: modelData
                    secondary: reason !== modelData
                    implicitWidth: 300
                    implicitHeight: 88
                    font.pixelSize: 30
                    onClicked: { reason = modelData; vm.touch() }
                }
            }
        }
        Notice { objectName: "rateNotice"; text: vm.notice; Layout.fillWidth: true }
        Item { Layout.fillHeight: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: 24
            BigButton { objectName: "skipRatingButton"; text: "跳过"; secondary: true; Layout.fillWidth: true; onClicked: vm.finish() }
            BigButton { objectName: "submitRatingButton"; text: "提交评价"; enabled: stars > 0; Layout.fillWidth: true; onClicked: vm.rate(stars, reason) }
        }
    }
}
