import QtQuick
import QtQuick.Layouts
import GuideDesk

// A label and its value on one line, as in a profile's basics.
RowLayout {
    id: row
    property string label
    property string value
    spacing: Theme.padding
    visible: row.value !== ""

    Text {
        Layout.preferredWidth: 110
        text: row.label
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody - 1
    }
    Text {
        Layout.fillWidth: true
        text: row.value
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
}
