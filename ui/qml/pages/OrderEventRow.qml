import QtQuick
import QtQuick.Layouts
import GuideDesk

// One entry of an order's history.
RowLayout {
    id: eventRow
    required property var modelData
    spacing: Theme.spacing
    Rectangle {
        Layout.alignment: Qt.AlignTop
        Layout.topMargin: 6
        width: 8
        height: 8
        radius: 4
        color: eventRow.modelData.kind === "escalated" ? Theme.danger : Theme.accent
    }
    Text {
        Layout.fillWidth: true
        text: OrderText.eventText(eventRow.modelData.kind, eventRow.modelData.status,
                                  eventRow.modelData.byName, eventRow.modelData.via)
              + (eventRow.modelData.pending ? " · " + qsTr("waiting to be sent") : "")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    Text {
        Layout.alignment: Qt.AlignTop
        text: OrderText.timeText(eventRow.modelData.at)
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
}
