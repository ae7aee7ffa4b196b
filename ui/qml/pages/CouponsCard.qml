import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// A customer's coupons on the profile, newest first, each with where it stands: pending
// (saved here, waiting to reach the server) → issued → redeemed, or not issued with the
// server's reason. "Issue coupon" opens the dialog.
ColumnLayout {
    id: card
    required property CouponDesk desk
    required property CustomerCouponModel coupons
    required property string customerName
    spacing: Theme.spacing

    property string message: ""
    // The dialog (a popup: not among the card's children), for tests and callers.
    readonly property IssueCouponDialog dialog: issueDialog

    // Issued here, or a sync brought issues (their verdicts, redemptions): read again.
    Connections {
        target: card.desk
        function onCouponsChanged(customerIds) {
            if (customerIds.length === 0 || customerIds.indexOf(card.coupons.customerId) >= 0)
                card.coupons.reload()
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            objectName: "couponMessage"
            text: card.message
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Button {
            objectName: "issueCouponButton"
            text: qsTr("Issue coupon")
            enabled: card.desk.canIssue
            highlighted: true
            Layout.preferredHeight: 44
            onClicked: issueDialog.open()
        }
    }
    Text {
        visible: card.coupons.count === 0
        text: qsTr("No coupons yet.")
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }
    Repeater {
        model: card.coupons
        delegate: CouponIssueRow {
            Layout.fillWidth: true
        }
    }

    IssueCouponDialog {
        id: issueDialog
        objectName: "issueCouponDialog"
        parent: Overlay.overlay
        desk: card.desk
        customerId: card.coupons.customerId
        customerName: card.customerName
        onIssued: {
            card.message = qsTr("Issued on this device; it reaches the server with the next sync.")
        }
    }
}
