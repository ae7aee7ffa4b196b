import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// An order's detail: what was bought, by whom, through which channel, when and where; the
// claim (or who has it), pickup and contact actions; the event history.
Flickable {
    id: pane
    required property OrderDesk desk
    property string message: ""
    readonly property OrderDetail detail: pane.desk.detail
    signal closeRequested()

    contentHeight: column.implicitHeight + 2 * Theme.padding
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    function report(answer) {
        pane.message = answer.ok ? "" : OrderText.refusalText(answer)
    }

    ColumnLayout {
        id: column
        x: Theme.padding
        y: Theme.padding
        width: pane.width - 2 * Theme.padding
        spacing: Theme.spacing + 4

        RowLayout {
            Layout.fillWidth: true
            ToolButton {
                Layout.preferredWidth: 44
                Layout.preferredHeight: 44
                icon.source: "qrc:/GuideDesk/icons/back.svg"
                Accessible.name: qsTr("Back to the orders")
                onClicked: pane.closeRequested()
            }
            Text {
                Layout.fillWidth: true
                text: pane.detail.customerName === "" ? pane.detail.orderNo : pane.detail.customerName
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Text {
                text: OrderText.money(pane.detail.amountCents)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
            }
        }

        Text {
            Layout.fillWidth: true
            text: OrderText.joined(pane.detail.orderNo, OrderText.statusText(pane.detail.status),
                                   OrderText.channelText(pane.detail.channel), "")
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: OrderText.joined(OrderText.timeText(pane.detail.placedAt), OrderText.hoursText(pane.detail.duringStoreHours),
                                   OrderText.cityText(pane.detail.sameCity, pane.detail.city), "")
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        // Who has it, or how long it has waited.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: claimText.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: pane.detail.waiting ? "#fdf0d5" : Theme.accentSoft
            Text {
                id: claimText
                objectName: "claimState"
                anchors.fill: parent
                anchors.margins: Theme.spacing
                verticalAlignment: Text.AlignVCenter
                text: pane.detail.waiting
                      ? OrderText.waitingText(pane.detail.placedAt, OrderText.now)
                        + (pane.detail.escalated ? " · " + qsTr("Escalated to the floor manager") : "")
                      : pane.detail.claimed ? OrderText.claimedText(pane.detail.claimedByName, pane.detail.claimedByMe, pane.detail.claimPending)
                                            : OrderText.statusText(pane.detail.status)
                color: pane.detail.waiting ? "#8a5a00" : Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
        }
        Text {
            objectName: "claimRejection"
            Layout.fillWidth: true
            visible: pane.detail.claimRejection !== "" && pane.detail.claimed && !pane.detail.claimedByMe
            text: qsTr("Your claim was not accepted: %1").arg(OrderText.claimedText(pane.detail.claimedByName, false, false))
            color: Theme.danger
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "claimButton"
                visible: pane.detail.waiting || (!pane.detail.claimed && OrderText.isOneOf(pane.detail.status, "to_ship", "ready_for_pickup", ""))
                highlighted: true
                height: 48
                text: qsTr("Claim")
                onClicked: pane.report(pane.desk.claim(pane.detail.orderId))
            }
            Button {
                objectName: "pickupButton"
                visible: (pane.detail.claimedByMe || pane.desk.manager) && OrderText.isOneOf(pane.detail.status, "paid", "to_ship", "")
                height: 48
                text: qsTr("Ready for pickup")
                onClicked: pane.report(pane.desk.markPickupReady(pane.detail.orderId))
            }
            Button {
                visible: pane.detail.claimedByMe || pane.desk.manager || !pane.detail.claimed
                height: 48
                text: qsTr("Called the customer")
                onClicked: pane.report(pane.desk.contact(pane.detail.orderId, "call"))
            }
            Button {
                visible: pane.detail.claimedByMe || pane.desk.manager || !pane.detail.claimed
                height: 48
                text: qsTr("Messaged on WeChat")
                onClicked: pane.report(pane.desk.contact(pane.detail.orderId, "wechat"))
            }
        }
        Text {
            objectName: "orderMessage"
            Layout.fillWidth: true
            visible: pane.message !== ""
            text: pane.message
            color: Theme.danger
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        Card {
            Layout.fillWidth: true
            title: qsTr("Items")
            Text {
                visible: !pane.detail.itemsReadable
                text: qsTr("The mall sent items this app cannot read.")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            Repeater {
                model: pane.detail.items
                delegate: RowLayout {
                    id: itemRow
                    required property var modelData
                    Layout.fillWidth: true
                    Text {
                        Layout.fillWidth: true
                        text: itemRow.modelData.name + (itemRow.modelData.qty > 1 ? " ×" + itemRow.modelData.qty : "")
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        elide: Text.ElideRight
                    }
                    Text {
                        text: OrderText.money(itemRow.modelData.priceCents * itemRow.modelData.qty)
                        color: Theme.textSecondary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                    }
                }
            }
        }

        Card {
            Layout.fillWidth: true
            title: qsTr("History")
            Repeater {
                model: pane.detail.events
                delegate: OrderEventRow {
                    Layout.fillWidth: true
                }
            }
        }
    }
}
