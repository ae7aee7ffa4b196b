import QtQuick
import QtQuick.Layouts
import GuideDesk

// One customer in the list: who, level, phone, when last seen, how much spent.
// Taps are handled by the list (CustomerListPane), so the row is only what it shows.
Item {
    id: row
    property bool highlighted: false
    required property int index
    required property string customerId
    required property string name
    required property string initial
    required property string phoneMasked
    required property string memberLevel
    required property int daysSinceLastVisit
    required property real totalSpend
    required property int visits

    height: Theme.rowHeight

    // Recent visits in days; older ones in months or years, as a person would say it.
    function lastVisitText(days: int): string {
        if (days < 0)
            return qsTr("No purchase yet")
        if (days === 0)
            return qsTr("Visited today")
        if (days <= 60)
            return qsTr("Last visit %n day(s) ago", "", days)
        if (days < 730)
            return qsTr("Last visit %n month(s) ago", "", Math.floor(days / 30.4))
        return qsTr("Last visit %n year(s) ago", "", Math.floor(days / 365.25))
    }

    HoverHandler { id: hover }

    Rectangle {
        anchors.fill: parent
        color: row.highlighted ? Theme.accentSoft : (hover.hovered ? Theme.surfaceMuted : Theme.surface)
        Rectangle {
            anchors.bottom: parent.bottom
            anchors.left: parent.left
            anchors.leftMargin: Theme.padding + 52
            anchors.right: parent.right
            height: 1
            color: Theme.border
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        spacing: Theme.padding - 4

        Avatar {
            initial: row.initial
            seed: row.customerId
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Text {
                    Layout.maximumWidth: 220
                    text: row.name
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody + 1
                    font.weight: Font.Medium
                    elide: Text.ElideRight
                }
                LevelChip { level: row.memberLevel }
                Item { Layout.fillWidth: true }
            }
            Text {
                Layout.fillWidth: true
                text: row.phoneMasked
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
        ColumnLayout {
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            spacing: 2
            Text {
                Layout.alignment: Qt.AlignRight
                text: "¥" + Number(row.totalSpend).toLocaleString(Qt.locale(Qt.uiLanguage), "f", 0)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.weight: Font.Medium
            }
            Text {
                Layout.alignment: Qt.AlignRight
                text: row.lastVisitText(row.daysSinceLastVisit)
                color: row.daysSinceLastVisit > 180 ? Theme.warning : Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
