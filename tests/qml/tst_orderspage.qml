import QtQuick
import QtTest
import GuideDesk

// The Orders page over a real store: a pushed paid order appears at once with the banner
// and the waiting timer; open it, claim it (queued while offline, with the offline banner);
// a claim someone else won shows who has it; the empty state; portrait and landscape.
Item {
    id: root
    width: 1440
    height: 900

    Component {
        id: pageComponent
        OrdersPage { context: testOrdersContext }
    }

    TestCase {
        name: "OrdersPage"
        when: windowShown

        property var page: null

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
        function visibleByName(name) {
            const item = findByName(page, name)
            return item !== null && item.visible
        }
        function clickButton(name) {
            const button = findByName(page, name)
            verify(button, name)
            tryVerify(() => button.visible, 1000, name + " visible")
            verify(button.height >= 44, name + " is touch-sized")
            waitForRendering(page) // the detail lays out once it is shown
            mouseClick(button)
        }

        function init() {
            root.width = 1440
            root.height = 900
            testOrders.reset()
            testSyncDriver.set(SyncStatus.Online, "", 0, true, 0, 0)
            page = createTemporaryObject(pageComponent, root, { width: root.width, height: root.height })
            verify(page)
        }

        function test_pushedOrderShowsWithTheBanner() {
            const list = findByName(page, "orderList")
            compare(list.count, 1)
            verify(!visibleByName("orderBannerText"))
            const started = Date.now()
            testOrders.pushOrder(129900, 3)
            // The banner and the row within a second of the store change.
            tryVerify(() => visibleByName("orderBannerText"), 1000)
            verify(Date.now() - started < 1000)
            compare(list.count, 2)
            const banner = findByName(page, "orderBannerText")
            verify(banner.text.indexOf("欧阳娜娜") >= 0, banner.text)
            verify(banner.text.indexOf("1,299") >= 0, banner.text)
            compare(testOrdersContext.orderDesk.waitingCount, 1)
            // Newest first, with its response timer.
            list.currentIndex = 0
            compare(list.currentItem.customerName, "欧阳娜娜")
            const timer = findByName(list.currentItem, "waitingTimer")
            verify(timer.visible)
            compare(timer.text, "waiting 3 min")
            const summary = findByName(page, "ordersSummary")
            verify(summary.text.indexOf("1 waiting") >= 0, summary.text)
        }

        function test_openAndClaimOfflineThenLoseToAnother() {
            const id = testOrders.pushOrder(59900, 1)
            tryVerify(() => visibleByName("orderBannerText"), 1000)
            testSyncDriver.set(SyncStatus.Offline, "network", 0, true, 0, 0)
            tryVerify(() => visibleByName("offlineBanner"), 1000)
            clickButton("orderBannerOpen")
            verify(!visibleByName("orderBannerText"))
            tryVerify(() => visibleByName("claimButton"), 1000)
            clickButton("claimButton")
            const message = findByName(page, "orderMessage")
            compare(message.text, "")
            compare(testOrders.pendingCount(), 1)
            const state = findByName(page, "claimState")
            compare(testOrders.claimedBy(id), "g1")
            tryCompare(state, "text", "Claimed by you · sending…")
            compare(testOrdersContext.orderDesk.waitingCount, 0)
            verify(!visibleByName("claimButton"))
            // Claiming again is refused on the device, nothing more queued.
            compare(testOrdersContext.orderDesk.claim(id).reason, "already_yours")
            compare(testOrders.pendingCount(), 1)
            // The pull after the server refused it: 李娜 has it.
            testOrders.claimedByOther(id)
            tryCompare(state, "text", "Claimed by 李娜")
        }

        function test_emptyStateAndPortrait() {
            testOrders.reset()
            const list = findByName(page, "orderList")
            const status = findByName(page, "statusFilter")
            testOrdersContext.orderDesk.orders.statusFilter = "waiting"
            compare(list.count, 0)
            testOrdersContext.orderDesk.orders.statusFilter = ""
            compare(list.count, 1)
            root.width = 800
            root.height = 1280
            page.width = 800
            page.height = 1280
            verify(!page.wide)
            verify(status.visible)
            const id = testOrders.pushOrder(19900, 0)
            page.openOrder(id)
            // Portrait: the detail replaces the list.
            tryVerify(() => !list.visible, 1000)
            tryVerify(() => visibleByName("claimButton"), 1000)
        }
    }
}
