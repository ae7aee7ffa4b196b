import QtQuick
import QtTest
import GuideDesk

// The Today page's dashboard as a guide arranges it, over a real store: live figures (sales
// against target, orders waiting), edit mode with add from the catalogue, move by keyboard
// and by drag, resize, remove with undo, cancel, done — the layout saved through the outbox
// and shown again by a new engine over the same store (a restart); widgets without a data
// source say so.
Item {
    id: root
    width: 1440
    height: 900

    Component {
        id: pageComponent
        TodayPage { context: testContext }
    }

    TestCase {
        name: "Dashboard"
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
        function repeater() { return findByName(page, "dashboardRepeater") }
        function kinds() {
            const out = []
            for (let i = 0; i < repeater().count; ++i)
                out.push(repeater().itemAt(i).objectName + ":" + repeater().itemAt(i).sizeName)
            return out
        }
        function widget(kind) { return findByName(page, "widget_" + kind) }
        // The catalogue menu's entry with that objectName.
        function menuItem(name) {
            const menu = findByName(page, "dashboard").catalogue
            for (let i = 0; i < menu.count; ++i) {
                if (menu.itemAt(i).objectName === name)
                    return menu.itemAt(i)
            }
            return null
        }
        function clickButton(name) {
            const button = findByName(page, name)
            verify(button, name)
            verify(button.visible, name + " visible")
            wait(50) // the action row (a Flow) places buttons that just appeared a frame later
            verify(button.height >= 44, name + " is touch-sized")
            mouseClick(button)
        }
        function waitForLayout() {
            // Tiles glide to their new places (150 ms).
            wait(300)
        }

        function init() {
            root.width = 1440
            root.height = 900
            testDashboard.reset()
            page = createTemporaryObject(pageComponent, root, { width: Qt.binding(() => root.width),
                                                                height: Qt.binding(() => root.height) })
            verify(page)
            tryVerify(() => repeater() && repeater().count > 0)
            waitForLayout()
        }
        function cleanup() {
            testContext.dashboard.cancelEditing()
        }

        function test_liveFigures() {
            const sales = widget("sales_today")
            verify(sales)
            // ¥450 in store + ¥160 online, against a ¥1,000 target.
            const value = findByName(sales, "figureValue")
            compare(value.text, "¥610")
            verify(findByName(sales, "targetProgress").visible)
            verify(findByName(sales, "salesChart").visible, "2×1 shows the 14-day chart")
            const orders = widget("orders_waiting")
            compare(findByName(orders, "figureValue").text, "1")
            // Tiles never overlap and fit the page.
            for (let i = 0; i < repeater().count; ++i) {
                const a = repeater().itemAt(i)
                verify(a.x >= 0 && a.x + a.width <= findByName(page, "dashboardCells").width + 1)
                for (let j = i + 1; j < repeater().count; ++j) {
                    const b = repeater().itemAt(j)
                    const apart = a.x + a.width <= b.x || b.x + b.width <= a.x
                                  || a.y + a.height <= b.y || b.y + b.height <= a.y
                    verify(apart, a.objectName + " overlaps " + b.objectName)
                }
            }
        }

        function test_widgetWithoutSourceSaysSo() {
            clickButton("customizeDashboard")
            clickButton("addWidget")
            const item = menuItem("add_sync_status")
            tryVerify(() => item.visible)
            mouseClick(item)
            waitForLayout()
            const sync = widget("sync_status")
            verify(sync)
            const unavailable = findByName(sync, "figureUnavailable")
            verify(unavailable.visible)
            verify(unavailable.text.indexOf("does not sync") >= 0)
        }

        function test_addMoveResizeRemovePersistRestore() {
            const before = kinds()
            compare(testDashboard.outboxCount("dashboard_layout_save"), 0)
            clickButton("customizeDashboard")
            verify(testContext.dashboard.editing)
            // Add from the catalogue: at the end, 1×1.
            clickButton("addWidget")
            const entry = menuItem("add_new_members")
            verify(entry)
            tryVerify(() => entry.visible)
            verify(entry.height >= 44)
            mouseClick(entry)
            waitForLayout()
            compare(kinds()[kinds().length - 1], "widget_new_members:1x1")
            const added = widget("new_members")
            tryVerify(() => added.activeFocus)
            // Keyboard: Ctrl+Left moves it one place earlier, + grows it, focus stays on it.
            keyClick(Qt.Key_Left, Qt.ControlModifier)
            waitForLayout()
            compare(kinds()[kinds().length - 2], "widget_new_members:1x1")
            verify(added.activeFocus)
            keyClick(Qt.Key_Plus)
            compare(added.sizeName, "2x1")
            keyClick(Qt.Key_Minus)
            keyClick(Qt.Key_Plus)
            // Ctrl+Up moves it a row's worth of widgets earlier.
            const at = kinds().indexOf("widget_new_members:2x1")
            const columns = added.placement.columns
            keyClick(Qt.Key_Up, Qt.ControlModifier)
            waitForLayout()
            compare(kinds().indexOf("widget_new_members:2x1"), Math.max(0, at - columns))
            // Remove by keyboard, undo, remove with the button.
            const atRisk = widget("at_risk")
            atRisk.forceActiveFocus()
            keyClick(Qt.Key_Delete)
            waitForLayout()
            verify(!widget("at_risk"))
            clickButton("undoRemove")
            waitForLayout()
            verify(widget("at_risk"))
            clickButton("remove_at_risk")
            waitForLayout()
            verify(!widget("at_risk"))
            const arranged = kinds()
            verify(arranged.join() !== before.join())
            compare(testDashboard.outboxCount("dashboard_layout_save"), 0)
            clickButton("doneDashboard")
            verify(!testContext.dashboard.editing)
            compare(testDashboard.outboxCount("dashboard_layout_save"), 1)
            compare(kinds(), arranged)
            // A restart: a new engine and new models over the same store show the same.
            compare(testDashboard.kindsAfterRestart(), arranged)
        }

        function test_dragReorders() {
            clickButton("customizeDashboard")
            const first = repeater().itemAt(0)
            const last = repeater().itemAt(repeater().count - 1)
            const lastKind = last.objectName
            // Drag the last widget onto the first one's place (mouse; touch goes the same way
            // through the DragHandler).
            const from = last.mapToItem(root, last.width / 2, last.height / 2)
            const to = first.mapToItem(root, first.width / 4, first.height / 2)
            mousePress(root, from.x, from.y)
            for (let i = 1; i <= 10; ++i)
                mouseMove(root, from.x + (to.x - from.x) * i / 10, from.y + (to.y - from.y) * i / 10)
            mouseRelease(root, to.x, to.y)
            waitForLayout()
            compare(repeater().itemAt(0).objectName, lastKind)
            clickButton("doneDashboard")
            compare(testDashboard.kindsAfterRestart()[0].split(":")[0], lastKind)
        }

        function test_touchDragReorders() {
            clickButton("customizeDashboard")
            const second = repeater().itemAt(1)
            const secondKind = second.objectName
            const first = repeater().itemAt(0)
            const from = second.mapToItem(root, second.width / 2, second.height / 2)
            const to = first.mapToItem(root, first.width / 4, first.height / 2)
            const touch = touchEvent(root)
            touch.press(0, root, from.x, from.y).commit()
            for (let i = 1; i <= 10; ++i)
                touch.move(0, root, from.x + (to.x - from.x) * i / 10, from.y + (to.y - from.y) * i / 10).commit()
            touch.release(0, root, to.x, to.y).commit()
            waitForLayout()
            compare(repeater().itemAt(0).objectName, secondKind)
        }

        function test_cancelDropsTheEdits() {
            const before = kinds()
            clickButton("customizeDashboard")
            clickButton("remove_sales_today")
            waitForLayout()
            verify(!widget("sales_today"))
            clickButton("cancelDashboard")
            waitForLayout()
            compare(kinds(), before)
            compare(testDashboard.outboxCount("dashboard_layout_save"), 0)
        }

        function test_resetToStoreDefault() {
            testDashboard.setStoreDefault('{"version":1,"widgets":[{"kind":"tag_coverage","size":"2x2"},{"kind":"future_widget","size":"9x9"}]}')
            clickButton("customizeDashboard")
            clickButton("resetDashboard")
            waitForLayout()
            // The unknown kind is kept but not shown.
            compare(kinds(), ["widget_tag_coverage:2x2"])
            clickButton("doneDashboard")
            compare(testDashboard.outboxCount("dashboard_layout_save"), 1)
            compare(testDashboard.kindsAfterRestart(), ["widget_tag_coverage:2x2"])
            compare(testContext.dashboard.hiddenCount, 1)
        }

        function test_portrait() {
            root.width = 800
            root.height = 1280
            waitForLayout()
            const cells = findByName(page, "dashboardCells")
            for (let i = 0; i < repeater().count; ++i) {
                const tile = repeater().itemAt(i)
                verify(tile.x + tile.width <= cells.width + 1, tile.objectName + " fits")
                verify(tile.width >= 150, tile.objectName + " is wide enough to read")
            }
            // The tasks below the dashboard still have room.
            const list = findByName(page, "taskList")
            verify(list.height > 300)
        }
    }
}
