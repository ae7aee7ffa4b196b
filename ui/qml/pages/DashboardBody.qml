import QtQuick
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
    readonly property bool signedIn: body.board !== null && body.board.signedIn
    readonly property bool chinese: Qt.uiLanguage.startsWith("zh")
    readonly property bool isSales: body.kind === "sales_today" || body.kind === "sales_month"

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
    function valueText(): string {
        const f = body.figures
        switch (body.kind) {
        case "orders_waiting": return String(f.ordersWaiting)
        case "tasks_today": return body.board ? String(body.board.tasks.todayCount + body.board.tasks.overdueCount) : ""
        case "birthdays_week": return body.board ? String(body.board.birthdays.count) : ""
        case "at_risk": return String(f.atRiskCount)
        case "tag_coverage": return f.coveragePercent + "%"
        case "new_members": return String(f.newMembersMonth)
        case "sync_status": return body.syncText()
        default: return ""
        }
    }
    function valueColor(): color {
        const f = body.figures
        switch (body.kind) {
        case "orders_waiting": return f.ordersWaiting > 0 ? Theme.warning : Theme.text
        case "at_risk": return f.atRiskCount > 0 ? Theme.danger : Theme.text
        case "sync_status": return body.sync && body.sync.state === SyncStatus.Online ? Theme.accent : Theme.warning
        default: return Theme.text
        }
    }
    function captionText(): string {
        const f = body.figures
        switch (body.kind) {
        case "orders_waiting": return qsTr("paid, nobody has claimed them")
        case "tasks_today": return qsTr("tasks for today")
        case "birthdays_week": return qsTr("birthdays this week")
        case "at_risk":
            return f.atRiskCount > 0 ? qsTr("customers at risk · %1 at stake").arg(body.money(f.atRiskValue))
                                     : qsTr("customers at risk")
        case "tag_coverage": return qsTr("tag coverage of %n customer(s)", "", f.bookSize)
        case "new_members": return qsTr("new members this month")
        case "sync_status":
            return body.sync && body.sync.pendingChanges > 0
                    ? qsTr("%n change(s) waiting to be sent", "", body.sync.pendingChanges)
                    : qsTr("nothing waiting to be sent")
        default: return ""
        }
    }
    function detailText(): string {
        const f = body.figures
        switch (body.kind) {
        case "orders_waiting": return body.waitedText(f.oldestWaitingSince)
        case "tasks_today":
            return body.board && body.board.tasks.overdueCount > 0
                    ? qsTr("%n overdue", "", body.board.tasks.overdueCount) : ""
        case "birthdays_week": return qsTr("Greetings are among today's tasks.")
        case "at_risk": return f.atRiskNames.join(" · ")
        case "tag_coverage":
            return f.weakestGroup === "" ? ""
                   : qsTr("Least filled: %1").arg(body.chinese || f.weakestGroupEn === ""
                                                  ? f.weakestGroup : f.weakestGroupEn)
        case "new_members": return qsTr("%n new today", "", f.newMembersToday)
        case "sync_status":
            return body.sync && body.sync.lastSyncedAt.getTime() > 0
                    ? qsTr("Last synced %1").arg(body.sync.lastSyncedAt.toLocaleTimeString(Qt.locale(Qt.uiLanguage), Locale.ShortFormat))
                    : ""
        default: return ""
        }
    }
    // Why there is nothing to show, or "" when there is.
    function unavailableText(): string {
        const f = body.figures
        switch (body.kind) {
        case "tasks_today": return body.signedIn ? "" : qsTr("Sign in to see your tasks")
        case "birthdays_week": return body.signedIn ? "" : qsTr("Sign in to see birthdays")
        case "sync_status":
            return body.sync && body.sync.enabled ? "" : qsTr("This device does not sync: it works on its own demo store.")
        default: break
        }
        if (!body.ready)
            return qsTr("Loading…")
        if (f.error !== "")
            return qsTr("The figures could not be read: %1").arg(f.error)
        switch (body.kind) {
        case "orders_waiting":
            return f.hasOrders ? "" : qsTr("No online orders have reached this device: the mini-program mall is not connected here.")
        case "at_risk":
            return f.hasChurnModel ? "" : qsTr("Not enough purchase history yet to tell who is about to lapse.")
        case "tag_coverage":
            return f.tagGroups === 0 ? qsTr("The store has no HQ tag library yet.")
                   : f.bookSize === 0 ? qsTr("No customers in your book yet.") : ""
        default: return ""
        }
    }

    // The sales widgets carry a chart: made only for them.
    Loader {
        id: sales
        anchors.fill: parent
        active: body.isSales && body.figures !== null
        source: "DashboardSales.qml"
    }
    Binding {
        target: sales.item
        when: sales.status === Loader.Ready
        property: "figures"
        value: body.figures
    }
    Binding {
        target: sales.item
        when: sales.status === Loader.Ready
        property: "month"
        value: body.kind === "sales_month"
    }
    Binding {
        target: sales.item
        when: sales.status === Loader.Ready
        property: "wide"
        value: body.columns >= 2
    }

    DashboardFigure {
        anchors.fill: parent
        visible: !body.isSales && body.figures !== null
        value: body.figures ? body.valueText() : ""
        valueColor: body.figures ? body.valueColor() : Theme.text
        caption: body.figures ? body.captionText() : ""
        detail: body.figures ? body.detailText() : ""
        unavailable: body.figures ? body.unavailableText() : ""
    }
}
