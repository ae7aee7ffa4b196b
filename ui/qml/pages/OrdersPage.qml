import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// Live mini-program orders: the guide's (their customers' and share-link orders, and the
// store's unattributed ones), or the whole store's for a manager with escalated orders on
// top. Filters by status and day; a detail with the history; claim, pickup, contact.
// Offline it says so and shows the last known state; claims wait in the outbox.
Item {
    id: page
    required property AppContext context
    readonly property OrderDesk desk: page.context.orderDesk
    readonly property bool ready: page.desk !== null && page.desk.signedIn
    readonly property bool wide: width >= 1000
    readonly property bool offline: page.context.syncStatus.enabled
                                    && (page.context.syncStatus.state === SyncStatus.Offline
                                        || page.context.syncStatus.state === SyncStatus.Error)
    property string openOrderId: ""

    // Opens an order's detail (from the banner, a row, or a test).
    function openOrder(orderId: string) {
        page.openOrderId = orderId
        if (page.desk)
            page.desk.detail.orderId = orderId
    }

    Rectangle { anchors.fill: parent; color: Theme.background }

    // The response timers tick, and restart from now when orders change.
    Connections {
        target: page.desk
        function onCountsChanged() { OrderText.now = Date.now() }
    }
    Timer {
        interval: 15000
        repeat: true
        running: page.visible
        onTriggered: OrderText.now = Date.now()
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.padding, 420)
        visible: !page.ready
        title: qsTr("Sign in to see your orders")
        hint: qsTr("Mini-program orders from your customers appear here as they come in.")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing
        visible: page.ready

        Rectangle {
            objectName: "offlineBanner"
            Layout.fillWidth: true
            visible: page.offline
            implicitHeight: offlineText.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: "#fdf0d5"
            Text {
                id: offlineText
                anchors.fill: parent
                anchors.margins: Theme.spacing
                text: qsTr("Offline — showing the last known state; claims will be sent when back online.")
                color: "#8a5a00"
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
        }

        OrderBanner {
            Layout.fillWidth: true
            desk: page.desk
            onOpenRequested: orderId => page.openOrder(orderId)
        }

        RowLayout {
            Layout.fillWidth: true
            visible: page.wide || page.openOrderId === ""
            spacing: Theme.spacing
            Text {
                objectName: "ordersSummary"
                Layout.fillWidth: true
                text: !page.desk ? ""
                      : qsTr("%n waiting", "", page.desk.waitingCount)
                        + (page.desk.escalatedCount > 0 ? " · " + qsTr("%n escalated", "", page.desk.escalatedCount) : "")
                        + " · " + qsTr("%n today", "", page.desk.todayCount)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            ComboBox {
                id: statusBox
                objectName: "statusFilter"
                Layout.preferredHeight: 48
                Layout.preferredWidth: 180
                textRole: "label"
                valueRole: "value"
                model: [
                    { value: "", label: qsTr("All orders") },
                    { value: "waiting", label: qsTr("Waiting") },
                    { value: "mine", label: qsTr("Claimed by me") },
                    { value: "pending_payment", label: OrderText.statusText("pending_payment") },
                    { value: "paid", label: OrderText.statusText("paid") },
                    { value: "to_ship", label: OrderText.statusText("to_ship") },
                    { value: "ready_for_pickup", label: OrderText.statusText("ready_for_pickup") },
                    { value: "completed", label: OrderText.statusText("completed") },
                    { value: "refund_requested", label: OrderText.statusText("refund_requested") },
                    { value: "refunded", label: OrderText.statusText("refunded") }
                ]
                onActivated: page.desk.orders.statusFilter = statusBox.currentValue
            }
            ComboBox {
                id: dayBox
                objectName: "dayFilter"
                Layout.preferredHeight: 48
                Layout.preferredWidth: 140
                model: [qsTr("Every day"), qsTr("Today"), qsTr("Yesterday")]
                onActivated: page.desk.orders.showDay(dayBox.currentIndex - 1)
            }
        }

        // A manager's view: how fast each guide claims (the last 7 days).
        Text {
            objectName: "responseTimes"
            Layout.fillWidth: true
            visible: page.desk !== null && page.desk.manager && page.desk.responseTimes.length > 0
                     && (page.wide || page.openOrderId === "")
            text: !page.desk ? ""
                  : qsTr("Response times, 7 days:") + " "
                    + OrderText.responseText(page.desk.responseTimes)
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        // The list and the detail: side by side when wide, one at a time in portrait.
        Item {
            id: panes
            Layout.fillWidth: true
            Layout.fillHeight: true

            Rectangle {
                id: listPane
                width: page.wide ? Math.min(520, panes.width * 0.45) : panes.width
                height: panes.height
                visible: page.wide || page.openOrderId === ""
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                clip: true

                ListView {
                    id: list
                    objectName: "orderList"
                    anchors.fill: parent
                    anchors.margins: 1
                    model: page.desk ? page.desk.orders : null
                    keyNavigationEnabled: true
                    activeFocusOnTab: true
                    ScrollBar.vertical: ScrollBar { }
                    Keys.onReturnPressed: page.openOrder(page.desk.orders.orderIdAt(list.currentIndex))
                    delegate: OrderRow {
                        width: ListView.view.width
                        current: ListView.isCurrentItem
                    }
                    // A tap opens the order under the finger (a drag scrolls instead).
                    TapHandler {
                        onTapped: (eventPoint) => {
                            const row = list.indexAt(eventPoint.position.x + list.contentX,
                                                     eventPoint.position.y + list.contentY)
                            if (row < 0)
                                return
                            list.currentIndex = row
                            page.openOrder(page.desk.orders.orderIdAt(row))
                        }
                    }
                }
                EmptyState {
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 2 * Theme.padding, 420)
                    visible: list.count === 0
                    title: qsTr("No orders here yet")
                    hint: page.offline ? qsTr("New orders arrive when the device is back online.")
                                       : qsTr("New mini-program orders appear here within a second.")
                }
            }

            Rectangle {
                x: page.wide ? listPane.width + Theme.padding : 0
                width: panes.width - x
                height: panes.height
                visible: page.openOrderId !== "" || page.wide
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                clip: true
                OrderDetailPane {
                    anchors.fill: parent
                    visible: page.openOrderId !== "" && page.desk !== null && page.desk.detail.valid
                    desk: page.desk
                    onCloseRequested: page.openOrderId = ""
                }
                Text {
                    anchors.centerIn: parent
                    visible: page.openOrderId === "" || !page.desk.detail.valid
                    text: qsTr("Choose an order to see its detail")
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }
            }
        }
    }
}
