import QtQuick
import QtTest
import GuideDesk

// The tag pages as a guide uses them: review stale tags, see coverage, tag a customer. The
// reviews are read on the review worker: each test waits for the read.
Item {
    id: root
    width: 800
    height: 1280

    Component {
        id: pageComponent
        TagsPage { context: testContext }
    }
    Component {
        id: sheetComponent
        TagPickerSheet { tagBook: testContext.tagBook }
    }

    TestCase {
        name: "TagsPage"
        when: windowShown

        function cleanup() {
            testTagStore.restoreTagGroups() // a failed test_aFailedReadSaysWhy leaves no trace
        }

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

        // Each section of the picker holds every chip, showing only its own: the shown one.
        function findShown(item, name) {
            if (!item || !item.visible)
                return null
            if (item.objectName === name)
                return item
            const children = item.children ?? []
            for (let i = 0; i < children.length; ++i) {
                const found = findShown(children[i], name)
                if (found)
                    return found
            }
            if (item.contentItem && item.contentItem !== item)
                return findShown(item.contentItem, name)
            return null
        }

        function test_staleTagsCanBeConfirmed() {
            testContext.tagBook.shelfLifeDays = 30
            const page = createTemporaryObject(pageComponent, root, { width: root.width, height: root.height })
            verify(page)
            const list = findByName(page, "staleList")
            verify(list)
            // The demo's tags were set over the past years: some are older than 30 days.
            tryVerify(() => page.stale !== null && page.stale.loaded && !page.stale.loading, 10000)
            verify(list.count > 0)
            compare(page.stale.error, "")
            const before = page.stale.total
            verify(before >= list.count)
            const first = list.itemAtIndex(0)
            verify(first)
            compare(testContext.tagBook.confirmTag(first.customerId, first.tagId), "")
            tryCompare(page.stale, "total", before - 1, 10000)
            tryCompare(page.stale, "loading", false, 10000)
            testContext.tagBook.shelfLifeDays = 180
        }

        function test_countingWhileTheReviewIsRead() {
            const page = createTemporaryObject(pageComponent, root, { width: root.width, height: root.height })
            verify(page)
            // reload() returned at once: the read is on the worker, the tab says so.
            verify(page.stale.loading)
            const busy = findByName(page, "reviewBusy")
            verify(busy)
            verify(busy.visible)
            const list = findByName(page, "staleList")
            compare(list.count, 0)
            tryCompare(page.stale, "loading", false, 10000)
            verify(!busy.visible)
            compare(findByName(page, "reviewError").visible, false)
            verify(list.count > 0)
        }

        function test_junkShelfLifeIsClamped() {
            testContext.tagBook.shelfLifeDays = 5
            compare(testContext.tagBook.shelfLifeDays, 30)
            testContext.tagBook.shelfLifeDays = 100000
            compare(testContext.tagBook.shelfLifeDays, 730)
            testContext.tagBook.shelfLifeDays = 180
            compare(testContext.tagBook.shelfLifeDays, 180)
        }

        function test_coverageShowsTheGuide() {
            const page = createTemporaryObject(pageComponent, root, { width: root.width, height: root.height })
            const tab = findByName(page, "tabCoverage")
            verify(tab)
            tryVerify(() => tab.width > 0, 2000)
            waitForRendering(page)
            mouseClick(tab)
            tryCompare(tab, "checked", true, 2000)
            const list = findByName(page, "coverageList")
            tryCompare(list, "count", 1, 10000) // a guide sees their own row
            compare(page.coverage.error, "")
            verify(page.coverage.groupNames.length >= 5)
        }

        function test_aFailedReadSaysWhy() {
            const page = createTemporaryObject(pageComponent, root, { width: root.width, height: root.height })
            const tab = findByName(page, "tabCoverage")
            tryVerify(() => tab.width > 0, 2000)
            waitForRendering(page)
            testTagStore.hideTagGroups()
            mouseClick(tab)
            tryCompare(tab, "checked", true, 2000)
            tryVerify(() => page.coverage !== null && page.coverage.loaded && !page.coverage.loading, 10000)
            const error = findByName(page, "reviewError")
            verify(error.visible)
            verify(error.text.indexOf("tag_groups") >= 0, error.text)
            // A failed read is not an empty list: no "No guides yet".
            const list = findByName(page, "coverageList")
            compare(list.count, 0)
            verify(!page.readAndEmpty(page.coverage, list.count))
            testTagStore.restoreTagGroups()
            page.reload()
            tryVerify(() => !page.coverage.loading && page.coverage.error === "", 10000)
            verify(!error.visible)
            compare(list.count, 1)
        }

        function test_spotCheckTabLoads() {
            const page = createTemporaryObject(pageComponent, root, { width: root.width, height: root.height })
            const tab = findByName(page, "tabSpotCheck")
            tryVerify(() => tab.width > 0, 2000)
            waitForRendering(page)
            mouseClick(tab)
            tryCompare(tab, "checked", true, 2000)
            const list = findByName(page, "sizeList")
            verify(list)
            tryVerify(() => page.sizes !== null, 2000)
            tryVerify(() => page.sizes.loaded && !page.sizes.loading, 10000)
            compare(page.sizes.error, "")
            compare(list.count, page.sizes.count)
        }

        function test_tagPickerTogglesATag() {
            const sheet = createTemporaryObject(sheetComponent, root)
            verify(sheet)
            sheet.openFor(testTagCustomer)
            tryCompare(sheet, "opened", true, 2000)
            const before = sheet.picker.selectedCount
            // 通勤 (Style, multi-select): one tap adds it, one more removes it.
            const chip = findShown(sheet.contentItem, "tagChip_通勤")
            verify(chip)
            const had = chip.selected
            mouseClick(chip)
            tryCompare(sheet.picker, "selectedCount", had ? before - 1 : before + 1, 2000)
            compare(chip.selected, !had)
            compare(sheet.message, "")
            mouseClick(chip)
            tryCompare(sheet.picker, "selectedCount", before, 2000)
            // A single-select group swaps: S then M leaves one size.
            const s = findShown(sheet.contentItem, "tagChip_S")
            const m = findShown(sheet.contentItem, "tagChip_M")
            if (!s.selected)
                mouseClick(s)
            tryCompare(s, "selected", true, 2000)
            mouseClick(m)
            tryCompare(m, "selected", true, 2000)
            compare(s.selected, false)
            sheet.close()
        }
    }
}
