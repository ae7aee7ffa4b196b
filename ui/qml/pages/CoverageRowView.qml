import QtQuick
import QtQuick.Layouts
import GuideDesk

// One guide's tag coverage: for each HQ group, the share of their customers who have it.
Rectangle {
    id: row
    required property string guideName
    required property int customers
    required property var shares
    required property real averageShare
    readonly property ActionList list: ListView.view as ActionList
    // One bar per HQ group: its name (from the page) and this guide's share.
    readonly property var bars: {
        const names = row.list && row.list.shared ? row.list.shared : []
        const out = []
        for (let i = 0; i < names.length; ++i)
            out.push({ name: names[i], share: row.shares[i] ?? 0 })
        return out
    }
    width: row.list ? row.list.width : implicitWidth

    implicitHeight: column.implicitHeight + 2 * Theme.padding
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing
        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: row.guideName
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody + 1
                font.weight: Font.DemiBold
            }
            Text {
                text: qsTr("%n customer(s)", "", row.customers) + " · "
                      + qsTr("average %1%").arg(Math.round(row.averageShare))
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
        Repeater {
            model: row.bars
            delegate: RowLayout {
                id: bar
                required property var modelData
                readonly property real share: bar.modelData.share
                Layout.fillWidth: true
                spacing: Theme.spacing
                Text {
                    Layout.preferredWidth: 120
                    text: bar.modelData.name
                    color: Theme.textSecondary
                    elide: Text.ElideRight
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 10
                    radius: 5
                    color: Theme.surfaceMuted
                    border.color: Theme.border
                    Rectangle {
                        width: parent.width * Math.min(1, bar.share / 100)
                        height: parent.height
                        radius: 5
                        color: bar.share >= 60 ? Theme.accent : Theme.warning
                    }
                }
                Text {
                    Layout.preferredWidth: 44
                    horizontalAlignment: Text.AlignRight
                    text: Math.round(bar.share) + "%"
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }
}
