import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../components"

Item {
    objectName: "screen_submit"
    ColumnLayout {
        anchors.centerIn: parent
        spacing: 30
        BusyIndicator { running: true; Layout.alignment: Qt.AlignHCenter; implicitWidth: 160; implicitHeight: 160 }
        SectionTitle { text: "正在保存您的申请，请稍候"; Layout.alignment: Qt.AlignHCenter }
    }
}
