import QtQuick
import QtQuick.Layouts
import GuideDesk

// One coupon a customer holds (or was refused), on the profile: value, name, where it
// stands, when; the server's reason when it was not issued.
ColumnLayout {
    id: issue
    required property string issueId
    required property string name
    required property string nameEn
    required property real value
    required property date validTo
    required property string status
    required property string rejectReason
    required property date createdAt
    required property date redeemedAt

    objectName: "couponIssue_" + issue.status
    spacing: 2

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Text {
            text: CouponText.money(issue.value)
            color: Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
        }
        Text {
            Layout.fillWidth: true
            text: CouponText.shownName(issue.name, issue.nameEn)
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            elide: Text.ElideRight
        }
        Rectangle {
            radius: height / 2
            color: Theme.surfaceMuted
            border.color: CouponText.statusColor(issue.status)
            implicitHeight: statusLabel.implicitHeight + 8
            implicitWidth: statusLabel.implicitWidth + 16
            Text {
                id: statusLabel
                anchors.centerIn: parent
                text: CouponText.statusText(issue.status)
                color: CouponText.statusColor(issue.status)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
    }
    Text {
        Layout.fillWidth: true
        text: CouponText.issueLine(issue.status, issue.createdAt, issue.redeemedAt, issue.validTo)
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
    Text {
        objectName: "couponRejectReason"
        visible: issue.status === "rejected"
        Layout.fillWidth: true
        text: CouponText.reasonText(issue.rejectReason)
        color: Theme.danger
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
}
