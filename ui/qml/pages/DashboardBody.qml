import QtQuick
import QtQuick.Layouts
import GuideDesk

// What a widget shows, by kind, from live data: the figures the dashboard worker read from
// the store, the Today page's task and birthday lists, the sync status. A widget whose data
// does not exist on this device says so instead of showing a zero.
Item {
    id: body
    property string kind
    property int columns: 1
    property int rows: 1
    property AppContext context
    readonly property DashboardFiguresModel figures: body.context ? body.context.dashboardFigures : null
    readonly property TaskBoard board: body.context ? body.context.taskBoard : null
    readonly property SyncStatus sync: body.context ? body.context.syncStatus : null
    readonly property bool ready: body.figures !== null && body.figures.loaded
    readonly property bool chinese: Qt.uiLanguage.startsWith("zh")

    function money(value: real): string {
        return "¥" + Number(Math.round(value)).toLocaleString(Qt.locale(Qt.uiLanguage), "f", 0)
    }
    function waitedText(since: string): string {
        if (since === "")
            return ""
        const minutes = Math.max(0, Math.floor((Date.now() - Date.parse(since)) / 60000))
        return minutes < 120 ? qsTr("The oldest has waited %n minute(s)", "", minutes)
                             : qsTr("The oldest has waited %n hour(s)", "", Math.floor(minutes / 60))
    }
    function syncText(): string {
        const s = body.sync
        if (!s || !s.enabled)
            return ""
        switch (s.state) {
        case SyncStatus.Online: return qsTr("Online")
        case SyncStatus.Syncing: return qsTr("Syncing…")
        case SyncStatus.Offline: return qsTr("Offline")
        case SyncStatus.SignedOut: return qsTr("Signed out")
        default: return qsTr("Sync problem")
        }
    }

    Loader {
        anchors.fill: parent
        active: body.figures !== null
        sourceComponent: {
            switch (body.kind) {
            case "sales_today":
            case "sales_month": return salesBody
            case "orders_waiting": return ordersBody
            case "tasks_today": return tasksBody
            case "birthdays_week": return birthdaysBody
            case "at_risk": return atRiskBody
            case "tag_coverage": return coverageBody
            case "new_members": return membersBody
            case "sync_status": return syncBody
            default: return null
            }
        }
    }

    Component {
        id: salesBody
        DashboardSales {
            figures: body.figures
            month: body.kind === "sales_month"
            wide: body.columns >= 2
        }
    }
    Component {
        id: ordersBody
        DashboardFigure {
            value: String(body.figures.ordersWaiting)
            valueColor: body.figures.ordersWaiting > 0 ? Theme.warning : Theme.text
            caption: qsTr("paid, nobody has claimed them")
            detail: body.waitedText(body.figures.oldestWaitingSince)
            unavailable: !body.ready ? qsTr("Loading…")
                         : !body.figures.hasOrders
                           ? qsTr("No online orders have reached this device: the mini-program mall is not connected here.")
                           : ""
        }
    }
    Component {
        id: tasksBody
        DashboardFigure {
            value: body.board ? String(body.board.tasks.todayCount + body.board.tasks.overdueCount) : ""
            caption: qsTr("tasks for today")
            detail: body.board && body.board.tasks.overdueCount > 0
                    ? qsTr("%n overdue", "", body.board.tasks.overdueCount) : ""
            unavailable: body.board && body.board.signedIn ? "" : qsTr("Sign in to see your tasks")
        }
    }
    Component {
        id: birthdaysBody
        DashboardFigure {
            value: body.board ? String(body.board.birthdays.count) : ""
            caption: qsTr("birthdays this week")
            detail: qsTr("Greetings are among today's tasks.")
            unavailable: body.board && body.board.signedIn ? "" : qsTr("Sign in to see birthdays")
        }
    }
    Component {
        id: atRiskBody
        DashboardFigure {
            value: String(body.figures.atRiskCount)
            valueColor: body.figures.atRiskCount > 0 ? Theme.danger : Theme.text
            caption: body.figures.atRiskCount > 0
                     ? qsTr("customers at risk · %1 at stake").arg(body.money(body.figures.atRiskValue))
                     : qsTr("customers at risk")
            detail: body.figures.atRiskNames.join(" · ")
            unavailable: !body.ready ? qsTr("Loading…")
                         : !body.figures.hasChurnModel
                           ? qsTr("Not enough purchase history yet to tell who is about to lapse.")
                           : ""
        }
    }
    Component {
        id: coverageBody
        DashboardFigure {
            value: body.figures.coveragePercent + "%"
            caption: qsTr("tag coverage of %n customer(s)", "", body.figures.bookSize)
            detail: body.figures.weakestGroup === "" ? ""
                    : qsTr("Least filled: %1").arg(body.chinese || body.figures.weakestGroupEn === ""
                                                   ? body.figures.weakestGroup : body.figures.weakestGroupEn)
            unavailable: !body.ready ? qsTr("Loading…")
                         : body.figures.tagGroups === 0 ? qsTr("The store has no HQ tag library yet.")
                         : body.figures.bookSize === 0 ? qsTr("No customers in your book yet.")
                         : ""
        }
    }
    Component {
        id: membersBody
        DashboardFigure {
            value: String(body.figures.newMembersMonth)
            caption: qsTr("new members this month")
            detail: qsTr("%n today", "", body.figures.newMembersToday)
            unavailable: body.ready ? "" : qsTr("Loading…")
        }
    }
    Component {
        id: syncBody
        DashboardFigure {
            value: body.syncText()
            valueColor: body.sync && body.sync.state === SyncStatus.Online ? Theme.accent : Theme.warning
            caption: body.sync && body.sync.pendingChanges > 0
                     ? qsTr("%n change(s) waiting to be sent", "", body.sync.pendingChanges)
                     : qsTr("nothing waiting to be sent")
            detail: body.sync && body.sync.lastSyncedAt.getTime() > 0
                    ? qsTr("Last synced %1").arg(body.sync.lastSyncedAt.toLocaleTimeString(Qt.locale(Qt.uiLanguage), Locale.ShortFormat))
                    : ""
            unavailable: body.sync && body.sync.enabled ? ""
                         : qsTr("This device does not sync: it works on its own demo store.")
        }
    }
}
