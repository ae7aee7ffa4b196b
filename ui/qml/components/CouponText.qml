pragma Singleton
import QtQuick
import GuideDesk

// How coupons are put into words on the profile and in the issue dialog (one place, so the
// card and the dialog say the same thing in both languages).
QtObject {
    function money(value: real): string {
        return "¥" + Number(value).toLocaleString(Qt.locale(Qt.uiLanguage), "f", 0)
    }
    function dateText(value): string {
        return !value || isNaN(value.getTime()) ? "" : value.toLocaleDateString(Qt.locale(Qt.uiLanguage), Locale.ShortFormat)
    }
    function timeText(value): string {
        return !value || isNaN(value.getTime()) ? "" : value.toLocaleString(Qt.locale(Qt.uiLanguage), Locale.ShortFormat)
    }
    function shownName(name: string, nameEn: string): string {
        return Qt.uiLanguage.startsWith("zh") || nameEn === "" ? name : nameEn
    }
    function validityText(validFrom, validTo): string {
        const from = dateText(validFrom)
        const to = dateText(validTo)
        if (from !== "" && to !== "")
            return qsTr("valid %1 – %2").arg(from).arg(to)
        return to !== "" ? qsTr("valid until %1").arg(to) : qsTr("no end date")
    }
    function minSpendText(minSpend: real): string {
        return minSpend > 0 ? qsTr("on %1 or more").arg(money(minSpend)) : qsTr("no minimum spend")
    }
    function quotaText(remaining: int, quota: int): string {
        return remaining < 0 ? qsTr("no quota") : qsTr("%1 of %2 left").arg(remaining).arg(quota)
    }
    // A template the device would not issue today, and why.
    function availabilityText(availability: string): string {
        switch (availability) {
        case "expired": return qsTr("Expired")
        case "upcoming": return qsTr("Not valid yet")
        case "exhausted": return qsTr("Quota used up")
        default: return ""
        }
    }
    function statusText(status: string): string {
        switch (status) {
        case "pending": return qsTr("Pending · waiting to sync")
        case "issued": return qsTr("Issued")
        case "redeemed": return qsTr("Redeemed")
        case "rejected": return qsTr("Not issued")
        default: return status
        }
    }
    function statusColor(status: string): color {
        switch (status) {
        case "pending": return Theme.warning
        case "issued": return Theme.accent
        case "rejected": return Theme.danger
        default: return Theme.textSecondary
        }
    }
    function reasonText(reason: string): string {
        switch (reason) {
        case "quota_exhausted": return qsTr("The store's quota for this coupon is used up.")
        case "expired": return qsTr("The coupon had expired.")
        case "not_yet_valid": return qsTr("The coupon was not valid yet.")
        case "already_held": return qsTr("The customer already holds this coupon.")
        case "": return ""
        default: return qsTr("The server refused it (%1).").arg(reason)
        }
    }
    // The second line of an issued coupon: when issued, and redeemed or valid until.
    function issueLine(status: string, createdAt, redeemedAt, validTo): string {
        const issued = qsTr("issued %1").arg(timeText(createdAt))
        if (status === "redeemed" && timeText(redeemedAt) !== "")
            return issued + "  ·  " + qsTr("redeemed %1").arg(timeText(redeemedAt))
        if (status !== "rejected" && dateText(validTo) !== "")
            return issued + "  ·  " + qsTr("valid until %1").arg(dateText(validTo))
        return issued
    }
}
