import QtQuick
import QtQuick.Layouts
import GuideDesk

// A widget's body when it is one figure: the number, what it counts, and a line of detail.
// `unavailable` replaces all of it with why there is nothing to show.
ColumnLayout {
    id: figure
    property string value: ""
    property string caption: ""
    property string detail: ""
    property string unavailable: ""
    property color valueColor: Theme.text
    spacing: 2

    Text {
        objectName: "figureValue"
        visible: figure.unavailable === ""
        Layout.fillWidth: true
        text: figure.value
        color: figure.valueColor
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontHeadline + 6
        font.weight: Font.DemiBold
        elide: Text.ElideRight
    }
    Text {
        visible: figure.unavailable === "" && figure.caption !== ""
        Layout.fillWidth: true
        text: figure.caption
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        elide: Text.ElideRight
    }
    Text {
        visible: figure.unavailable === "" && figure.detail !== ""
        Layout.fillWidth: true
        Layout.fillHeight: true
        text: figure.detail
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        elide: Text.ElideRight
        verticalAlignment: Text.AlignTop
    }
    Text {
        objectName: "figureUnavailable"
        visible: figure.unavailable !== ""
        Layout.fillWidth: true
        Layout.fillHeight: true
        text: figure.unavailable
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        font.italic: true
        wrapMode: Text.Wrap
        elide: Text.ElideRight
        verticalAlignment: Text.AlignTop
    }
}
