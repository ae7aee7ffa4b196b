import QtQuick
import QtQuick.Layouts
import GuideDesk

// The customer's story newest first: notes, tags set, coupons and mini-program orders.
ColumnLayout {
    id: card
    required property TimelineModel timeline
    spacing: 0

    Text {
        visible: card.timeline === null || card.timeline.count === 0
        text: qsTr("Nothing yet.")
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }
    Repeater {
        model: card.timeline
        delegate: TimelineRow { }
    }
}
