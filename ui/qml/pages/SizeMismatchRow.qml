import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// A size tag the purchases contradict: what the tag says, what they bought; fix or keep.
Rectangle {
    id: row
    required property string customerId
    required property string customerName
    required property string tagId
    required property string taggedSize
    required property string boughtSize
    required property var recentSizes
    readonly property ActionList list: ListView.view as ActionList

    width: row.list ? row.list.width : implicitWidth
    implicitHeight: Theme.rowHeight + 8
    color: Theme.surface
    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                text: row.customerName
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Tagged %1; recently bought %2").arg(row.taggedSize).arg(row.recentSizes.join(", "))
                color: Theme.textSecondary
                elide: Text.ElideRight
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
        Button {
            text: qsTr("Change to %1").arg(row.boughtSize)
            Layout.preferredHeight: 44
            onClicked: row.list.action("replace", row.customerId, row.tagId, row.boughtSize)
        }
        Button {
            text: qsTr("Keep %1").arg(row.taggedSize)
            flat: true
            Layout.preferredHeight: 44
            onClicked: row.list.action("keep", row.customerId, row.tagId, "")
        }
    }
}
