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

    readonly property string shownName: Qt.uiLanguage.startsWith("zh") || chip.nameEn === "" ? chip.name : chip.nameEn
    readonly property string shownGroup: chip.personal ? qsTr("Mine")
                                          : (Qt.uiLanguage.startsWith("zh") || chip.groupNameEn === "" ? chip.groupName : chip.groupNameEn)

    implicitWidth: label.implicitWidth + 20
    implicitHeight: 30
    radius: 15
    color: chip.personal ? "#f6eddc" : Theme.accentSoft

    Text {
        id: label
        anchors.centerIn: parent
        text: "<font color='" + Theme.textSecondary + "'>" + chip.shownGroup + "</font>  " + chip.shownName
        textFormat: Text.StyledText
        color: chip.personal ? "#8c5a1c" : Theme.accent
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall + 1
    }
}
