import QtQuick
import QtQuick.Layouts
import GuideDesk

// One entry of the timeline: a dot by kind, the date, one line of what happened.
RowLayout {
    id: entry
    required property string kind
    required property date at
    required property string what
    required property string detail
    required property string extra
    Layout.fillWidth: true
    Layout.preferredHeight: 40

    function money(cents: string): string {
        return "¥" + Number(Number(cents) / 100).toLocaleString(Qt.locale(Qt.uiLanguage), "f", 0)
    }
    function when(value: date): string {
        return isNaN(value.getTime()) ? "" : value.toLocaleDateString(Qt.locale(Qt.uiLanguage), Locale.ShortFormat)
    }
    function noteKind(noteType: string): string {
        switch (noteType) {
        case "visit": return qsTr("Visit")
        case "wechat": return qsTr("WeChat")
        case "call": return qsTr("Call")
        default: return qsTr("Other")
        }
    }
    function couponStatus(status: string): string {
        switch (status) {
        case "pending": return qsTr("coupon waiting to be issued")
        case "issued": return qsTr("coupon issued")
        case "redeemed": return qsTr("coupon redeemed")
        case "rejected": return qsTr("coupon refused")
        default: return status
        }
    }
    function orderStatus(status: string): string {
        switch (status) {
        case "pending_payment": return qsTr("pending payment")
        case "paid": return qsTr("paid")
        case "to_ship": return qsTr("to ship")
        case "ready_for_pickup": return qsTr("ready for pickup")
        case "completed": return qsTr("completed")
        case "refund_requested": return qsTr("refund requested")
        case "refunded": return qsTr("refunded")
        default: return status
        }
    }
    // One line for an entry, in the UI language.
    function line(): string {
        const zh = Qt.uiLanguage.startsWith("zh")
        switch (entry.kind) {
        case "note": return entry.noteKind(entry.what) + " · " + entry.detail
        case "tag": return qsTr("Tagged %1").arg(zh || entry.detail === "" ? entry.what : entry.detail)
        case "coupon": return entry.couponStatus(entry.what) + " · " + entry.detail + " " + entry.money(entry.extra)
        case "order": return qsTr("Order %1 · %2 · %3").arg(entry.detail).arg(entry.orderStatus(entry.what)).arg(entry.money(entry.extra))
        default: return entry.what
        }
    }

    spacing: Theme.spacing
    Rectangle {
        Layout.preferredWidth: 8
        Layout.preferredHeight: 8
        radius: 4
        color: entry.kind === "order" ? Theme.accent : entry.kind === "coupon" ? Theme.warning
               : entry.kind === "tag" ? "#8a94a6" : Theme.text
    }
    Text {
        Layout.preferredWidth: 92
        text: entry.when(entry.at)
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
    Text {
        Layout.fillWidth: true
        text: entry.line()
        color: Theme.text
        elide: Text.ElideRight
        maximumLineCount: 1
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }
}
