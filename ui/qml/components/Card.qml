import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// A titled white panel on the page background.
Rectangle {
    id: card
    property string title
    // A button beside the title (e.g. "Edit"); hidden while empty.
    property string actionText: ""
    property string actionName: ""
    signal actionTriggered()
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

        RowLayout {
            Layout.fillWidth: true
            visible: card.title !== "" || card.actionText !== ""
            Text {
                Layout.fillWidth: true
                text: card.title
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle - 2
                font.weight: Font.DemiBold
            }
            Button {
                objectName: card.actionName
                visible: card.actionText !== ""
                text: card.actionText
                flat: true
                Layout.preferredHeight: 40
                font.family: Theme.fontFamily
                font.capitalization: Font.MixedCase
                onClicked: card.actionTriggered()
            }
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: Theme.spacing
        }
    }
}
