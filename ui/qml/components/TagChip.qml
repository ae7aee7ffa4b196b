import QtQuick
import GuideDesk

// A customer's tag: its group (or "personal"), its name, and a tooltip-free hint of who
// set it, in the current language.
Rectangle {
    id: chip
    required property string name
    required property string nameEn
    required property string groupName
    required property string groupNameEn
    required property bool personal
    required property string taggedBy
    required property date taggedAt
    required property int ageDays
    // Past this age (days) the tag is shown as stale, to be reviewed; 0: never.
    property int shelfLifeDays: 0
    readonly property bool stale: chip.shelfLifeDays > 0 && chip.ageDays > chip.shelfLifeDays

    readonly property string shownName: Qt.uiLanguage.startsWith("zh") || chip.nameEn === "" ? chip.name : chip.nameEn
    readonly property string shownGroup: chip.personal ? qsTr("Mine")
                                          : (Qt.uiLanguage.startsWith("zh") || chip.groupNameEn === "" ? chip.groupName : chip.groupNameEn)

    implicitWidth: label.implicitWidth + 20
    implicitHeight: 30
    radius: 15
    color: chip.personal ? "#f6eddc" : Theme.accentSoft
    border.color: chip.stale ? Theme.warning : "transparent"
    opacity: chip.stale ? 0.75 : 1
    Accessible.name: chip.shownGroup + " " + chip.shownName + (chip.stale ? " " + qsTr("(to review)") : "")

    Text {
        id: label
        anchors.centerIn: parent
        text: "<font color='" + Theme.textSecondary + "'>" + chip.shownGroup + "</font>  " + chip.shownName
              + (chip.stale ? "  <font color='" + Theme.warning + "'>" + qsTr("to review") + "</font>" : "")
        textFormat: Text.StyledText
        color: chip.personal ? "#8c5a1c" : Theme.accent
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall + 1
    }
}
