import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// Search as you type, sort, count and the lazily loaded list of customers.
FocusScope {
    id: pane
    required property CustomerListModel customers
    // The device is still getting its customers from the server (first sync).
    property bool firstSyncRunning: false
    // Whether new customers can be entered here (the "+ New customer" button shows).
    property bool canAddCustomers: false
    signal customerActivated(string customerId)
    signal newCustomerRequested()

    Component.onCompleted: search.forceActiveFocus()

    function focusSearch() {
        search.forceActiveFocus()
        search.selectAll()
    }

    Shortcut {
        sequences: ["Ctrl+F", "/"]
        onActivated: pane.focusSearch()
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing + 4

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing + 4

            TextField {
                id: search
                objectName: "customerSearch"
                Layout.fillWidth: true
                Layout.preferredHeight: 48
                focus: true
                leftPadding: 44
                rightPadding: clearButton.visible ? 44 : 12
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody + 1
                placeholderText: qsTr("Pinyin initials / name / last 4 phone digits")
                inputMethodHints: Qt.ImhNoPredictiveText
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: search.activeFocus ? Theme.accent : Theme.border
                    border.width: search.activeFocus ? 2 : 1
                }
                onTextEdited: debounce.restart()
                Keys.onEscapePressed: {
                    search.clear()
                    pane.customers.searchText = ""
                }
                Keys.onDownPressed: list.forceActiveFocus()
                Keys.onReturnPressed: pane.customerActivated(pane.customers.customerIdAt(list.currentIndex))

                Image {
                    anchors.left: parent.left
                    anchors.leftMargin: 14
                    anchors.verticalCenter: parent.verticalCenter
                    source: "qrc:/GuideDesk/icons/search.svg"
                    sourceSize.width: 20
                    sourceSize.height: 20
                    opacity: 0.55
                }
                ToolButton {
                    id: clearButton
                    objectName: "clearSearch"
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    visible: search.text !== ""
                    icon.source: "qrc:/GuideDesk/icons/clear.svg"
                    icon.width: 18
                    icon.height: 18
                    Accessible.name: qsTr("Clear search")
                    onClicked: {
                        search.clear()
                        pane.customers.searchText = ""
                        search.forceActiveFocus()
                    }
                }
            }

            Button {
                objectName: "newCustomerButton"
                visible: pane.canAddCustomers
                Layout.preferredHeight: 48
                highlighted: true
                text: qsTr("+ New customer")
                font.family: Theme.fontFamily
                ToolTip.visible: hovered
                ToolTip.text: qsTr("New customer (Ctrl+N)")
                onClicked: pane.newCustomerRequested()
            }

            // The sort order, as a compact segmented control.
            Row {
                id: sortBar
                spacing: 0
                Repeater {
                    // Each entry carries the model, so the delegate needs nothing from outside.
                    model: [
                        { sort: CustomerListModel.Name, label: QT_TRANSLATE_NOOP("CustomerListPane", "Name"), customers: pane.customers },
                        { sort: CustomerListModel.LastVisit, label: QT_TRANSLATE_NOOP("CustomerListPane", "Last visit"), customers: pane.customers },
                        { sort: CustomerListModel.Spend, label: QT_TRANSLATE_NOOP("CustomerListPane", "Spend"), customers: pane.customers }
                    ]
                    delegate: Button {
                        required property var modelData
                        height: 48
                        flat: modelData.customers.sort !== modelData.sort
                        highlighted: modelData.customers.sort === modelData.sort
                        text: qsTranslate("CustomerListPane", modelData.label)
                        font.family: Theme.fontFamily
                        font.capitalization: Font.MixedCase
                        onClicked: modelData.customers.sort = modelData.sort
                    }
                }
            }
        }

        Timer {
            id: debounce
            interval: 120
            onTriggered: pane.customers.searchText = search.text
        }

        Text {
            objectName: "customerCount"
            text: pane.customers.searchText === ""
                  ? qsTr("%n customer(s)", "", pane.customers.count)
                  : qsTr("%n match(es)", "", pane.customers.count)
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            clip: true

            ListView {
                id: list
                objectName: "customerList"
                anchors.fill: parent
                anchors.margins: 1
                model: pane.customers
                currentIndex: 0
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                reuseItems: true
                ScrollBar.vertical: ScrollBar { }
                Keys.onReturnPressed: pane.customerActivated(pane.customers.customerIdAt(list.currentIndex))
                Keys.onEnterPressed: pane.customerActivated(pane.customers.customerIdAt(list.currentIndex))
                Keys.onEscapePressed: pane.focusSearch()

                delegate: CustomerRow {
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem && ListView.view.activeFocus
                }
                // A tap opens the customer under the finger (a drag scrolls instead).
                TapHandler {
                    onTapped: (eventPoint) => {
                        const row = list.indexAt(eventPoint.position.x + list.contentX,
                                                 eventPoint.position.y + list.contentY)
                        if (row < 0)
                            return
                        list.currentIndex = row
                        pane.customerActivated(pane.customers.customerIdAt(row))
                    }
                }
            }

            EmptyState {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.padding
                visible: pane.customers.count === 0
                title: pane.firstSyncRunning
                       ? qsTr("Getting your customers…")
                       : pane.customers.searchText === ""
                       ? qsTr("No customers yet")
                       : qsTr("No customer matches “%1”").arg(pane.customers.searchText)
                hint: pane.firstSyncRunning
                      ? qsTr("They appear here as the first sync goes on; search works once it is done.")
                      : pane.customers.searchText === ""
                      ? qsTr("Customers appear here once they are added at the counter or synced from the store.")
                      : qsTr("Try pinyin initials (zs), a full name, or the last 4 digits of the phone.")
            }
        }
    }
}
