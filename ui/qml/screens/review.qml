import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../components"

Item {
    objectName: "screen_review"
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 40
        spacing: 18
        SectionTitle { text: "请核对以下信息，确认无误后提交"; Layout.fillWidth: true }
        ListView {
            objectName: "reviewList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 10
            model: vm.reviewRows
            delegate: RowLayout {
                width: ListView.view.width
                Text { text: modelData.label; font.pixelSize: 30; color: "#666666"; Layout.preferredWidth: 320 }
                Text { text: modelData.value; font.pixelSize: 32; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            }
        }
        SectionTitle { visible: vm.needsSignature; text: "请在下方签名确认"; Layout.fillWidth: true }
        SignaturePad {
            visible: vm.needsSignature
            collector: vm.signature
            Layout.fillWidth: true
        }
        // 告知承诺: accepted before submitting; the filing records that it was, and when.
        CheckBox {
            objectName: "pledgeCheck"
            checked: vm.pledgeAccepted
            text: "本人承诺：所填信息及所交材料真实、准确、完整、有效，如有不实，愿承担相应法律责任。"
            font.pixelSize: 28
            Layout.fillWidth: true
            contentItem: Text {
                text: parent.text; font: parent.font; wrapMode: Text.WordWrap
                leftPadding: parent.indicator.width + parent.spacing; verticalAlignment: Text.AlignVCenter
            }
            onToggled: vm.acceptPledge(checked)
        }
        Notice { objectName: "reviewNotice"; text: vm.notice; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: 24
            BigButton { objectName: "backButton"; text: "返回修改"; secondary: true; Layout.fillWidth: true; onClicked: vm.back() }
            BigButton { objectName: "submitButton"; text: "确认提交"; Layout.fillWidth: true; onClicked: vm.submit() }
        }
    }
}
