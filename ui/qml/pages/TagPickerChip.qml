import QtQuick
import QtQuick.Controls
import GuideDesk

// A tag of the library as a chip: filled when the customer has it, outlined in amber when
// it is past its shelf life. Tapping (or Space) toggles it at once.
AbstractButton {
    id: chip
    required property int index
    required property string groupId
    required property string name
    required property string nameEn
    required property bool selected
    required property bool stale
    // Set by the section (a delegate sees nothing outside itself).
    property TagPickerModel picker: null
    property string sectionGroupId: ""
    property bool writable: false
    // A toggle was tried: empty when saved, else why not.
    signal reported(string error)

    objectName: "tagChip_" + chip.name
    // Every section holds every chip; positioners skip the invisible ones.
    visible: chip.picker !== null && chip.groupId === chip.sectionGroupId
    enabled: chip.writable
    text: (Qt.uiLanguage.startsWith("zh") || chip.nameEn === "" ? chip.name : chip.nameEn)
          + (chip.stale ? " · " + qsTr("to review") : "")
    implicitWidth: contentItem.implicitWidth + 28
    implicitHeight: 44
    Accessible.role: Accessible.CheckBox
    Accessible.checked: chip.selected
    Accessible.name: chip.text
    onClicked: chip.reported(chip.picker.toggle(chip.index))
    background: Rectangle {
        radius: 22
        color: chip.selected ? Theme.accent : (chip.down ? Theme.accentSoft : Theme.surfaceMuted)
        border.color: chip.stale ? Theme.warning : (chip.selected ? Theme.accent : Theme.border)
        border.width: chip.visualFocus ? 2 : 1
    }
    contentItem: Text {
        text: chip.text
        color: chip.selected ? Theme.textOnAccent : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }
}
