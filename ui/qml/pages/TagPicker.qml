pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// Picks tags from the tag library and the guide's own tags: several (rule conditions) or
// one (bulk tag). Opens as a modal popup; `picked` gives the chosen ids. `tags`: a list with
// TagListModel's roles (the segment book's, the quick entry's).
Popup {
    id: picker
    required property var tags
    property string title
    property bool single: false
    property var selected: []
    signal picked(var tagIds)

    readonly property bool english: !Qt.uiLanguage.startsWith("zh")

    function toggle(tagId: string) {
        const next = picker.selected.slice()
        const at = next.indexOf(tagId)
        if (at >= 0)
            next.splice(at, 1)
        else if (picker.single)
            next.splice(0, next.length, tagId)
        else
            next.push(tagId)
        picker.selected = next
    }

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(480, (parent ? parent.width : 480) - 32)
    height: Math.min(620, (parent ? parent.height : 620) - 64)
    padding: Theme.padding

    onOpened: tagList.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Text {
            text: picker.title
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
        }
        ListView {
            id: tagList
            objectName: "tagPickerList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: picker.tags
            keyNavigationEnabled: true
            delegate: CheckDelegate {
                id: tagRow
                required property int index
                required property string tagId
                required property string name
                required property string nameEn
                required property string groupName
                required property string groupNameEn
                readonly property string group: tagRow.groupName === "" ? qsTr("My tags")
                                                : picker.english && tagRow.groupNameEn !== "" ? tagRow.groupNameEn : tagRow.groupName
                width: ListView.view.width
                height: 48
                // The group in grey before the tag's name.
                text: "<font color='" + Theme.textSecondary + "'>" + tagRow.group + "</font>  "
                      + (picker.english && tagRow.nameEn !== "" ? tagRow.nameEn : tagRow.name)
                font.family: Theme.fontFamily
                checked: picker.selected.indexOf(tagRow.tagId) >= 0
                highlighted: ListView.isCurrentItem && tagList.activeFocus
                onClicked: picker.toggle(tagRow.tagId)
                Keys.onSpacePressed: picker.toggle(tagRow.tagId)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Cancel")
                Layout.preferredHeight: 44
                font.family: Theme.fontFamily
                onClicked: picker.close()
            }
            Button {
                objectName: "tagPickerDone"
                text: qsTr("Done")
                highlighted: true
                enabled: !picker.single || picker.selected.length === 1
                Layout.preferredHeight: 44
                font.family: Theme.fontFamily
                onClicked: {
                    picker.picked(picker.selected)
                    picker.close()
                }
            }
        }
    }
}
