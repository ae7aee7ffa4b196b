import QtQuick
import QtQuick.Controls
import GuideDesk

// An entry of the navigation: icon over label, large enough for a thumb.
AbstractButton {
    id: nav
    property string label
    property url iconSource
    property bool selected
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
