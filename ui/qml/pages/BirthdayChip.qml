import QtQuick
import GuideDesk

// A birthday this week on the Today page: who, when (today, in 2 days, 3 days ago), lunar,
// and the age they turn when the year is known.
Rectangle {
    id: chip
    required property string name
    required property int daysAway
    required property bool lunar
    required property int age

    function when(): string {
        if (chip.daysAway === 0)
            return qsTr("today")
        if (chip.daysAway < 0)
            return qsTr("%n day(s) ago", "", -chip.daysAway)
        return qsTr("in %n day(s)", "", chip.daysAway)
    }

    implicitWidth: chipText.implicitWidth + 24
    implicitHeight: 44
    radius: 22
    color: chip.daysAway === 0 ? "#fbe8ef" : Theme.surfaceMuted
    border.color: Theme.border

    Text {
        id: chipText
        anchors.centerIn: parent
        text: chip.name + " · " + chip.when()
              + (chip.lunar ? " · " + qsTr("lunar") : "")
              + (chip.age >= 0 ? " · " + qsTr("turns %n", "", chip.age) : "")
        color: chip.daysAway < 0 ? Theme.textSecondary : Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
}
