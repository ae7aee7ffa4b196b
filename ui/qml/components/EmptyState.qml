import QtQuick
import QtQuick.Layouts
import GuideDesk

// What a list shows when it has nothing: what happened and what to do.
ColumnLayout {
    id: empty
    property string title
    property string hint
    spacing: Theme.spacing

    Text {
        Layout.alignment: Qt.AlignHCenter
        Layout.maximumWidth: 420
        text: empty.title
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
    Text {
        Layout.alignment: Qt.AlignHCenter
        Layout.maximumWidth: 420
        text: empty.hint
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        visible: text !== ""
    }
}
