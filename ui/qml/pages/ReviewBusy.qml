import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// A tag review being read on the worker: a busy indicator and "Counting…" on a small card,
// centred over the list (which keeps its previous rows until the new ones come).
Rectangle {
    id: busy
    property TagReviewListModel review: null
    readonly property bool counting: busy.review !== null && busy.review.loading

    objectName: "reviewBusy"
    visible: busy.counting
    implicitWidth: row.implicitWidth + 2 * Theme.padding
    implicitHeight: row.implicitHeight + Theme.padding
    width: implicitWidth
    height: implicitHeight
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacing
        BusyIndicator {
            running: busy.counting
            Layout.preferredHeight: 36
            Layout.preferredWidth: 36
        }
        Text {
            text: qsTr("Counting…")
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
    }
}
