import QtQuick
import GuideDesk

// A round badge with the first character of a name, its colour derived from the id.
Rectangle {
    id: avatar
    property string initial
    property string seed
    implicitWidth: 40
    implicitHeight: 40
    radius: width / 2
    color: Theme.avatarColor(avatar.seed)

    Text {
        anchors.centerIn: parent
        text: avatar.initial
        color: Theme.textOnAccent
        font.family: Theme.fontFamily
        font.pixelSize: avatar.height * 0.45
        font.weight: Font.Medium
    }
}
