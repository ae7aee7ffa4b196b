import QtQuick
import QtQuick.Controls
import GuideDesk

// An entry of the navigation: icon over label, large enough for a thumb.
AbstractButton {
    id: nav
    property string label
    property url iconSource
    property bool selected
    // A count on the icon (orders waiting); 0 hides it.
    property int badgeCount: 0
    implicitHeight: 64
    Accessible.name: nav.label

    background: Rectangle {
        radius: Theme.radius
        color: nav.selected ? Theme.accentSoft : (nav.hovered ? Theme.surfaceMuted : "transparent")
    }
    contentItem: Column {
        spacing: 4
        topPadding: 8
        Image {
            anchors.horizontalCenter: parent.horizontalCenter
            source: nav.iconSource
            sourceSize.width: 24
            sourceSize.height: 24
            opacity: nav.selected ? 1.0 : 0.6
            Rectangle {
                objectName: "navBadge"
                visible: nav.badgeCount > 0
                x: parent.width - 6
                y: -6
                width: nav.badgeCount > 9 ? 26 : 18
                height: 18
                radius: 9
                color: Theme.danger
                Text {
                    anchors.centerIn: parent
                    text: nav.badgeCount > 99 ? "99+" : nav.badgeCount
                    color: Theme.textOnAccent
                    font.family: Theme.fontFamily
                    font.pixelSize: 11
                    font.weight: Font.DemiBold
                }
            }
        }
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: nav.label
            color: nav.selected ? Theme.accent : Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: 13
            font.weight: nav.selected ? Font.DemiBold : Font.Normal
        }
    }
}
