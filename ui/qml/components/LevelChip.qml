import QtQuick
import GuideDesk

// The member level as a small coloured label.
Rectangle {
    id: chip
    property string level
    implicitWidth: label.implicitWidth + 14
    implicitHeight: 22
    radius: 11
    color: Qt.alpha(Theme.levelColor(chip.level), 0.14)
    visible: chip.level !== ""

    function levelName(level: string): string {
        switch (level) {
        case "platinum": return qsTr("Platinum")
        case "gold": return qsTr("Gold")
        case "silver": return qsTr("Silver")
        default: return qsTr("Member")
        }
    }

    Text {
        id: label
        anchors.centerIn: parent
        text: chip.levelName(chip.level)
        color: Theme.levelColor(chip.level)
        font.family: Theme.fontFamily
        font.pixelSize: 12
        font.weight: Font.DemiBold
    }
}
