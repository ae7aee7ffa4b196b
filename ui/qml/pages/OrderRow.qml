import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// One order in the list: customer, amount, items, status, channel, when and where, and
// for a waiting order how long it has waited. Taps are handled by the list (OrdersPage).
Item {
    id: row
    required property int index
    required property string orderId
    required property string orderNo
    required property string customerName
    required property string channel
    required property string status
    required property real amountCents
    required property string itemsSummary
    required property bool itemsReadable
    required property var placedAt
    required property string claimedByName
    required property bool claimedByMe
    required property bool claimPending
    required property bool escalated
    required property bool waiting
    required property string city
    required property bool sameCity
    required property bool duringStoreHours
    property bool current: false

    implicitHeight: Math.max(Theme.rowHeight + 24, column.implicitHeight + 16)
    Accessible.role: Accessible.ListItem
    Accessible.name: row.customerName + " " + OrderText.money(row.amountCents) + " " + OrderText.statusText(row.status)

    Rectangle {
        anchors.fill: parent
        color: row.current ? Theme.accentSoft : Theme.surface
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
        Rectangle { visible: row.escalated && row.waiting; width: 4; height: parent.height; color: Theme.danger }
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: row.customerName === "" ? row.orderNo : row.customerName
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Rectangle {
                visible: row.escalated && row.waiting
                objectName: "escalatedBadge"
                radius: 10
                color: Theme.danger
                implicitWidth: escalatedLabel.implicitWidth + 12
                implicitHeight: 20
                Text { id: escalatedLabel; anchors.centerIn: parent; text: qsTr("Escalated"); color: Theme.textOnAccent; font.pixelSize: 12 }
            }
            Text {
                text: OrderText.money(row.amountCents)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
        }
        Text {
            Layout.fillWidth: true
            text: row.itemsReadable ? row.itemsSummary : qsTr("Items unreadable")
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                text: OrderText.statusText(row.status)
                color: OrderText.statusColor(row.status)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
            }
            Text {
                Layout.fillWidth: true
                text: OrderText.joined(OrderText.channelText(row.channel), OrderText.timeText(row.placedAt),
                                       row.duringStoreHours ? "" : OrderText.hoursText(false),
                                       row.sameCity ? "" : OrderText.cityText(false, row.city))
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
            Text {
                objectName: "waitingTimer"
                visible: row.waiting
                text: OrderText.waitingText(row.placedAt, OrderText.now)
                color: Theme.warning
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            Text {
                visible: row.claimedByName !== "" && !row.waiting
                text: OrderText.claimedText(row.claimedByName, row.claimedByMe, row.claimPending)
                color: row.claimedByMe ? Theme.accent : Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
