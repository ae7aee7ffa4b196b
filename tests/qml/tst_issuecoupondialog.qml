import QtQuick
import QtQuick.Controls
import QtTest
import GuideDesk

// Issuing a coupon from the profile's coupon card, as a guide does it: open the dialog, see
// the templates with what is left of each, pick with the keyboard or a tap, confirm, see it
// pending; then the server's answer (issued, redeemed, rejected with a reason) as a pull
// brings it. The store under the desk is real (tests/qml/couponfixture.h).
Item {
    id: root
    width: 800
    height: 1280

    Component {
        id: cardComponent
        CouponsCard {
            width: root.width
            height: root.height
            desk: testContext.coupons
            coupons: testContext.coupons.openCoupons("c1")
            customerName: "顾客1"
        }
    }
    Component {
        id: boxComponent
        Item { }
    }

    Component {
        id: segmentDialogComponent
        IssueCouponDialog {
            desk: testContext.coupons
            customerIds: ["c2", "c3", "c4"]
            customerName: "3 customers"
        }
    }

    TestCase {
        name: "IssueCouponDialog"
        when: windowShown

        property var card: null

        function findByName(item, name) {
            if (!item)
                return null
            if (item.objectName === name)
                return item
            const children = item.children ?? []
            for (let i = 0; i < children.length; ++i) {
                const found = findByName(children[i], name)
                if (found)
                    return found
            }
            if (item.contentItem && item.contentItem !== item) {
                const found = findByName(item.contentItem, name)
                if (found)
                    return found
            }
            return null
        }

        function init() {
            testCoupons.clearIssues()
            card = createTemporaryObject(cardComponent, root)
            verify(card)
        }

        function openDialog() {
            tryCompare(card.dialog, "visible", false) // a closing one has finished
            const button = findByName(card, "issueCouponButton")
            verify(button)
            verify(button.enabled)
            verify(button.height >= 44)
            mouseClick(button)
            const dialog = card.dialog
            verify(dialog)
            tryCompare(dialog, "opened", true)
            return dialog
        }

        function test_templatesShowValueValidityAndQuota() {
            const dialog = openDialog()
            const list = findByName(dialog.contentItem, "couponTemplateList")
            verify(list)
            compare(list.count, 3)
            // The usable one first, picked already; the used-up and expired ones greyed.
            compare(list.currentIndex, 0)
            compare(dialog.couponId, "k-birthday")
            const first = list.itemAtIndex(0)
            verify(first.enabled)
            verify(first.height >= 44)
            compare(first.remaining, 190)
            let disabled = 0
            for (let i = 1; i < list.count; ++i) {
                if (!list.itemAtIndex(i).enabled)
                    ++disabled
            }
            compare(disabled, 2)
            const confirm = findByName(dialog.contentItem, "couponConfirmText")
            verify(confirm.text.indexOf("顾客1") >= 0)
            verify(confirm.text.indexOf("Birthday ¥100") >= 0)
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "opened", false)
            compare(testCoupons.pendingCount(), 0) // cancelled: nothing written
        }

        function test_enterIssuesAndTheCardShowsItPending() {
            const dialog = openDialog()
            keyClick(Qt.Key_Return)
            tryCompare(dialog, "opened", false)
            compare(testCoupons.pendingCount(), 1)
            const coupons = card.coupons
            tryCompare(coupons, "count", 1)
            const id = testCoupons.lastIssueId("c1")
            compare(coupons.statusOf(id), "pending")
            verify(findByName(card, "couponIssue_pending"))
            // The sync brings the server's answer: issued, then redeemed at the till.
            testCoupons.serverSays(id, "issued", "")
            tryCompare(coupons, "count", 1)
            compare(coupons.statusOf(id), "issued")
            verify(findByName(card, "couponIssue_issued"))
            testCoupons.serverSays(id, "redeemed", "")
            compare(coupons.statusOf(id), "redeemed")
        }

        function test_aSecondIssueOfTheSameCouponIsRefusedAndSaysWhy() {
            let dialog = openDialog()
            mouseClick(findByName(dialog.contentItem, "couponIssue"))
            tryCompare(dialog, "opened", false)
            dialog = openDialog()
            mouseClick(findByName(dialog.contentItem, "couponIssue"))
            // Still open, with the reason; nothing more written.
            compare(dialog.opened, true)
            const confirm = findByName(dialog.contentItem, "couponConfirmText")
            verify(confirm.text.indexOf("already holds") >= 0, confirm.text)
            compare(testCoupons.pendingCount(), 1)
            dialog.close()
        }

        function test_overQuotaShowsAsRejectedWithTheReason() {
            const dialog = openDialog()
            mouseClick(findByName(dialog.contentItem, "couponIssue"))
            tryCompare(dialog, "opened", false)
            const id = testCoupons.lastIssueId("c1")
            testCoupons.serverSays(id, "rejected", "quota_exhausted")
            const coupons = card.coupons
            compare(coupons.statusOf(id), "rejected")
            const row = findByName(card, "couponIssue_rejected")
            verify(row)
            const reason = findByName(row, "couponRejectReason")
            verify(reason.visible)
            verify(reason.text.indexOf("quota") >= 0, reason.text)
        }

        function test_theDialogFitsTabletAndDesktop_data() {
            return [{ tag: "tablet portrait", w: 800, h: 1280 }, { tag: "desktop", w: 1440, h: 900 }]
        }
        function test_theDialogFitsTabletAndDesktop(data) {
            // The dialog sizes itself to what holds it: a screen of that size.
            const screen = createTemporaryObject(boxComponent, root, { width: data.w, height: data.h })
            card.dialog.parent = screen
            const dialog = openDialog()
            verify(dialog.width <= data.w - 32)
            verify(dialog.height <= data.h - 64)
            const list = findByName(dialog.contentItem, "couponTemplateList")
            verify(list.height >= 3 * 44) // room for the templates, not squeezed
            for (const name of ["couponIssue", "couponCancel"]) {
                const button = findByName(dialog.contentItem, name)
                verify(button.height >= 44)
                const p = button.mapToItem(screen, 0, 0)
                verify(p.x >= 0 && p.y >= 0 && p.x + button.width <= data.w && p.y + button.height <= data.h)
            }
            dialog.close()
        }

        function test_aSegmentIsIssuedInOneGoOrNotAtAll() {
            const dialog = createTemporaryObject(segmentDialogComponent, root)
            dialog.open()
            tryCompare(dialog, "opened", true)
            keyClick(Qt.Key_Return)
            tryCompare(dialog, "opened", false)
            compare(testCoupons.pendingCount(), 3)
            // Again: every one of them holds it now, so nothing more is written.
            dialog.open()
            tryCompare(dialog, "opened", true)
            keyClick(Qt.Key_Return)
            compare(dialog.opened, true)
            compare(testCoupons.pendingCount(), 3)
            dialog.close()
        }

        function test_arrowKeysMoveAndADisabledPickCannotBeIssued() {
            const dialog = openDialog()
            const list = findByName(dialog.contentItem, "couponTemplateList")
            keyClick(Qt.Key_Down)
            compare(list.currentIndex, 1)
            compare(dialog.couponId, "") // used up: nothing to issue
            verify(!findByName(dialog.contentItem, "couponIssue").enabled)
            keyClick(Qt.Key_Return)
            compare(testCoupons.pendingCount(), 0)
            keyClick(Qt.Key_Up)
            compare(dialog.couponId, "k-birthday")
            dialog.close()
        }
    }
}
