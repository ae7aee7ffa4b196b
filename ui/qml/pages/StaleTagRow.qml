import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// One tag past its shelf life: whose, which, how old; confirm it or remove it.
Rectangle {
    id: row
    required property string customerId
    required property string customerName
    required property string tagId
    required property string tagName
    required property string tagNameEn
    required property string groupName
    required property string groupNameEn
    required property int ageDays
    readonly property ActionList list: ListView.view as ActionList

    function shown(name: string, nameEn: string): string {
        return Qt.uiLanguage.startsWith("zh") || nameEn === "" ? name : nameEn
    }

    width: row.list ? row.list.width : implicitWidth
    implicitHeight: Theme.rowHeight
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
                text: (row.groupName === "" ? qsTr("Mine") : row.shown(row.groupName, row.groupNameEn))
                      + " · " + row.shown(row.tagName, row.tagNameEn) + " · "
                      + qsTr("set %n day(s) ago", "", row.ageDays)
                color: Theme.textSecondary
                elide: Text.ElideRight
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
        Button {
            text: qsTr("Still true")
            Layout.preferredHeight: 44
            onClicked: row.list.action("confirm", row.customerId, row.tagId, "")
        }
        Button {
            text: qsTr("Remove")
            flat: true
            Layout.preferredHeight: 44
            onClicked: row.list.action("remove", row.customerId, row.tagId, "")
        }
    }
}
