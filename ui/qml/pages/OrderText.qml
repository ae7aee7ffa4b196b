pragma Singleton
import QtQuick

// How orders are put into words (one place: the list, the detail and the banner say the
// same thing in both languages). No GuideDesk import: singletons of one module importing it
// make a cycle for the type loader; the colours are Theme's.
QtObject {
    // The clock the response timers read (OrdersPage moves it on): one for every row.
    property real now: Date.now()

    // The non-empty parts, joined with " · ".
    function joined(a: string, b: string, c: string, d: string): string {
        let out = ""
        for (const part of [a, b, c, d]) {
            if (part !== "")
                out += (out === "" ? "" : " · ") + part
        }
        return out
    }
    function isOneOf(status: string, first: string, second: string, third: string): bool {
        return status === first || status === second || status === third
    }
    // A manager's line: "王丽 1.5 min (3 orders) · …".
    function responseText(list): string {
        let out = ""
        for (let i = 0; i < list.length; ++i) {
            const g = list[i]
            out += (i > 0 ? " · " : "") + qsTr("%1 %2 min (%n order(s))", "", g.claimed)
                   .arg(g.name).arg((g.medianSeconds / 60).toFixed(1))
        }
        return out
    }
    function money(cents: real): string {
        return "¥" + Number(cents / 100).toLocaleString(Qt.locale(Qt.uiLanguage), "f", cents % 100 === 0 ? 0 : 2)
    }
    function statusText(status: string): string {
        switch (status) {
        case "pending_payment": return qsTr("Pending payment")
        case "paid": return qsTr("Paid")
        case "to_ship": return qsTr("To ship")
        case "ready_for_pickup": return qsTr("Ready for pickup")
        case "completed": return qsTr("Completed")
        case "refund_requested": return qsTr("Refund requested")
        case "refunded": return qsTr("Refunded")
        default: return status
        }
    }
    function statusColor(status: string): color {
        switch (status) {
        case "paid": return "#b45309" // Theme.warning
        case "ready_for_pickup": return "#1f6f66" // Theme.accent
        case "refund_requested":
        case "refunded": return "#b42318" // Theme.danger
        default: return "#6b6f76" // Theme.textSecondary
        }
    }
    function channelText(channel: string): string {
        switch (channel) {
        case "mini_program": return qsTr("Mini-program")
        case "live_stream": return qsTr("Live stream")
        case "share_link": return qsTr("Share link")
        default: return channel
        }
    }
    function hoursText(during: bool): string {
        return during ? qsTr("During store hours") : qsTr("After closing")
    }
    function cityText(sameCity: bool, city: string): string {
        return sameCity ? qsTr("Same city") : qsTr("Another city: %1").arg(city)
    }
    function timeText(value): string {
        return !value || isNaN(value.getTime()) ? "" : value.toLocaleString(Qt.locale(Qt.uiLanguage), Locale.ShortFormat)
    }
    // "waiting 3 min" for an order nobody has claimed yet.
    function waitingText(placedAt, now: real): string {
        if (!placedAt || isNaN(placedAt.getTime()))
            return ""
        const minutes = Math.max(0, Math.floor((now - placedAt.getTime()) / 60000))
        if (minutes < 60)
            return qsTr("waiting %n min", "", minutes)
        return qsTr("waiting %n h", "", Math.floor(minutes / 60))
    }
    function claimedText(name: string, mine: bool, pending: bool): string {
        if (mine)
            return pending ? qsTr("Claimed by you · sending…") : qsTr("Claimed by you")
        return qsTr("Claimed by %1").arg(name)
    }
    // The writer's refusal codes (OrderDesk) as a sentence.
    function refusalText(answer): string {
        switch (answer.reason) {
        case "already_claimed": return qsTr("Claimed by %1").arg(answer.name)
        case "already_yours": return qsTr("You have claimed this order already.")
        case "not_claimable": return qsTr("This order cannot be claimed or changed in its current status.")
        case "not_claimer": return qsTr("Only the guide who claimed the order can do this.")
        case "unknown_order": return qsTr("This order is not on this device.")
        case "not_signed_in": return qsTr("Sign in to handle orders.")
        default: return qsTr("That did not work.")
        }
    }
    function eventText(kind: string, status: string, byName: string, via: string): string {
        switch (kind) {
        case "created": return qsTr("Placed · %1").arg(statusText(status))
        case "status": return qsTr("Status: %1").arg(statusText(status))
        case "claimed": return qsTr("Claimed by %1").arg(byName)
        case "contacted": return via === "wechat" ? qsTr("%1 messaged the customer on WeChat").arg(byName)
                                                  : qsTr("%1 called the customer").arg(byName)
        case "escalated": return qsTr("Escalated to the floor manager")
        default: return kind
        }
    }
}
