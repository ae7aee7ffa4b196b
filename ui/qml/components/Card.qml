import QtQuick
import QtQuick.Layouts
import GuideDesk

// A titled white panel on the page background.
Rectangle {
    id: card
    property string title
    default property alias content: body.data
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border
    implicitHeight: column.implicitHeight + 2 * Theme.padding
    implicitWidth: column.implicitWidth + 2 * Theme.padding

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing + 4

        Text {
            text: card.title
            visible: card.title !== ""
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle - 2
            font.weight: Font.DemiBold
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: Theme.spacing
        }
    }
}
