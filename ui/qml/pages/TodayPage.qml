import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// What to do now: the guide's own dashboard (sales against target, orders waiting, … — see
// DashboardGrid), then overdue first, today's tasks by value at risk and due time, the
// week's birthdays, then what is coming. Complete with an outcome in two taps, snooze, add
// a to-do. Works offline: every change waits in the outbox for the next sync.
Item {
    id: today
    required property AppContext context
    readonly property TaskBoard board: today.context.taskBoard
    readonly property bool ready: today.board !== null && today.board.signedIn
    // Wide screens (desktop): the dashboard in its own scrolling column on the left, the
    // day's work on the right; narrow ones (a portrait tablet): the dashboard on top.
    readonly property bool wide: width >= 1280
    readonly property bool showsDashboard: today.ready && today.context.dashboard !== null
    readonly property int columnWidth: Math.min(width - 2 * Theme.padding, today.wide ? 760 : 880)
    readonly property real columnX: today.wide ? today.width - today.columnWidth - Theme.padding
                                               : (today.width - today.columnWidth) / 2
    property string message: ""

    function report(error: string) {
        today.message = error
        if (error !== "")
            messageTimer.restart()
    }
    function addTodo() {
        const error = today.board.addTodo(todoField.text, 0)
        today.report(error)
        if (error === "")
            todoField.clear()
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    // The figures are re-read each time the page is shown (a sale or order since).
    onVisibleChanged: {
        if (today.visible && today.context.dashboardFigures)
            today.context.dashboardFigures.refresh()
    }

    Timer {
        id: messageTimer
        interval: 5000
        onTriggered: today.message = ""
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.padding, 420)
        visible: !today.ready
        title: qsTr("Sign in to see your tasks")
        hint: qsTr("Your revisits, birthdays and HQ tasks appear here once you are signed in.")
    }

    ColumnLayout {
        id: header
        visible: today.ready
        x: today.columnX
        y: Theme.padding
        width: today.columnWidth
        spacing: Theme.spacing + 4

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                text: new Date().toLocaleDateString(Qt.locale(Qt.uiLanguage), Locale.LongFormat)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.DemiBold
            }
            Text {
                objectName: "todaySummary"
                text: !today.board ? ""
                      : qsTr("%n task(s) for today", "", today.board.tasks.todayCount)
                        + (today.board.tasks.overdueCount > 0
                           ? " · " + qsTr("%n overdue", "", today.board.tasks.overdueCount) : "")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
        }

        // Narrow screens: the dashboard above the day's work.
        Item {
            id: dashboardSlot
            Layout.fillWidth: true
            Layout.preferredHeight: today.showsDashboard && !today.wide ? dashboard.implicitHeight : 0
            visible: today.showsDashboard && !today.wide
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TextField {
                id: todoField
                objectName: "todoField"
                Layout.fillWidth: true
                implicitHeight: 44
                placeholderText: qsTr("Add a to-do for today…")
                font.family: Theme.fontFamily
                maximumLength: 200
                onAccepted: {
                    if (addTodoButton.enabled)
                        today.addTodo()
                }
            }
            Button {
                id: addTodoButton
                objectName: "addTodo"
                text: qsTr("Add")
                implicitHeight: 44
                enabled: todoField.text.trim() !== ""
                onClicked: today.addTodo()
            }
        }

        Text {
            Layout.fillWidth: true
            objectName: "taskMessage"
            visible: today.message !== ""
            text: today.message
            color: Theme.danger
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        Card {
            Layout.fillWidth: true
            objectName: "birthdaysCard"
            title: qsTr("Birthdays this week")
            visible: today.board !== null && today.board.birthdays.count > 0
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: today.board ? today.board.birthdays : null
                    delegate: BirthdayChip { }
                }
            }
        }
    }

    TaskListView {
        id: taskList
        objectName: "taskList"
        visible: today.ready
        anchors.top: header.bottom
        anchors.topMargin: Theme.spacing + 4
        anchors.bottom: parent.bottom
        x: today.columnX
        width: today.columnWidth
        board: today.board
        model: today.board ? today.board.tasks : null
        spacing: Theme.spacing
        bottomMargin: Theme.padding
        clip: true
        keyNavigationEnabled: true
        section.property: "section"
        onMessageChanged: today.report(taskList.message)

        delegate: TaskRow {
            width: ListView.view.width
        }
    }

    Flickable {
        id: dashboardArea
        objectName: "dashboardArea"
        visible: today.showsDashboard
        x: today.wide ? Theme.padding : today.columnX
        y: today.wide ? Theme.padding : header.y + dashboardSlot.y
        width: today.wide ? today.width - today.columnWidth - 3 * Theme.padding : today.columnWidth
        height: today.wide ? today.height - 2 * Theme.padding : dashboard.implicitHeight
        contentHeight: dashboard.implicitHeight
        clip: today.wide
        // Dragging a widget reorders it: the area does not scroll meanwhile.
        interactive: today.wide && !(today.context.dashboard && today.context.dashboard.editing)
        boundsBehavior: Flickable.StopAtBounds

        DashboardGrid {
            id: dashboard
            objectName: "dashboard"
            width: dashboardArea.width
            context: today.context
        }
    }

    EmptyState {
        objectName: "noTasks"
        anchors.top: header.bottom
        anchors.topMargin: 4 * Theme.padding
        x: today.columnX + (today.columnWidth - width) / 2
        width: Math.min(today.columnWidth, 420)
        visible: today.ready && taskList.count === 0
        title: qsTr("Nothing to do right now")
        hint: qsTr("New revisits and birthday greetings appear here each morning. Add a to-do above.")
    }
}
