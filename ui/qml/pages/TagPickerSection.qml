import QtQuick
import QtQuick.Layouts
import GuideDesk

// One section of the tag sheet: a group's name and its tags as chips (tap to toggle).
ColumnLayout {
    id: section
    required property var modelData
    // Set by the sheet (a delegate sees nothing outside itself).
    property TagPickerModel picker: null
    property bool writable: false
    signal reported(string error)
    spacing: Theme.spacing / 2

    function shown(name: string, nameEn: string): string {
        return Qt.uiLanguage.startsWith("zh") || nameEn === "" ? name : nameEn
    }

    Text {
        text: section.modelData.groupId === "" ? qsTr("My tags")
              : section.shown(section.modelData.name, section.modelData.nameEn)
                + (section.modelData.multiSelect ? "" : "  · " + qsTr("pick one"))
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: section.picker
            onItemAdded: (index, item) => {
                const chip = item as TagPickerChip
                chip.picker = Qt.binding(() => section.picker)
                chip.sectionGroupId = Qt.binding(() => section.modelData.groupId)
                chip.writable = Qt.binding(() => section.writable)
                chip.reported.connect(section.reported)
            }
            delegate: TagPickerChip { }
        }
    }
}
