import QtQuick
import QtQuick.Controls
import QtTest
import GuideDesk

// The Segments page as a guide uses it, wide and portrait: a condition changes the live
// count, the rule is saved, every customer of it is tagged and the tagging undone.
Item {
    id: root
    width: 1440
    height: 900
    // Popups (dialogs, the tag picker) live in the window's overlay, not under the page.
    readonly property Item overlay: Overlay.overlay

    Component {
        id: pageComponent
        SegmentsPage { context: testContext }
    }

    TestCase {
        name: "SegmentsPage"
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
        function overlayItem(name) {
            return findByName(root.overlay, name) ?? findByName(page, name)
        }

        function init() {
            testContext.segmentBook.startNew()
            page = createTemporaryObject(pageComponent, root, { width: root.width, height: root.height })
            verify(page)
            tryCompare(testContext.segmentBook.editor, "counting", false, 5000)
        }

        function test_levelChangesTheLiveCount() {
            const editor = testContext.segmentBook.editor
            const everyone = editor.count
            verify(everyone > 0)
            const gold = findByName(page, "level_gold")
            verify(gold)
            mouseClick(gold)
            compare(editor.levels, ["gold"])
            tryCompare(editor, "counting", false, 5000)
            verify(editor.count < everyone)
            const label = findByName(page, "segmentCount")
            verify(label.text.indexOf(String(editor.count)) >= 0, label.text)
            // The result list follows the count.
            const results = findByName(page, "segmentResultList")
            tryCompare(results, "count", editor.count, 5000)
        }

        function test_riskBandCountsAsTheChurnScorerBands() {
            const editor = testContext.segmentBook.editor
            const expected = testSegmentProbe.riskBandCount("high")
            verify(expected > 0, "the demo book has high-risk customers")
            const high = findByName(page, "risk_high")
            verify(high)
            mouseClick(high)
            compare(editor.riskBands, ["high"])
            tryCompare(editor, "counting", false, 10000)
            compare(editor.error, "")
            compare(editor.count, expected)
            // Adding a band widens the segment by that band's customers.
            mouseClick(findByName(page, "risk_low"))
            tryCompare(editor, "counting", false, 10000)
            compare(editor.count, expected + testSegmentProbe.riskBandCount("low"))
            // Saved and loaded again, the rule keeps its bands.
            const json = editor.ruleJson()
            editor.clear()
            verify(editor.loadRule(json))
            compare(editor.riskBands.slice().sort(), ["high", "low"])
        }

        function test_saveTagAndUndo() {
            const book = testContext.segmentBook
            mouseClick(findByName(page, "level_gold"))
            tryCompare(book.editor, "counting", false, 5000)
            verify(book.editor.count > 0, "levels " + book.editor.levels + " count " + book.editor.count + " error " + book.editor.error)
            const before = book.saved.count
            mouseClick(findByName(page, "saveSegment"))
            const name = overlayItem("segmentName")
            verify(name)
            tryCompare(name, "activeFocus", true)
            name.text = "金卡会员 🎉"
            keyClick(Qt.Key_Return)
            tryCompare(book.saved, "count", before + 1)
            compare(book.currentSegmentName, "金卡会员 🎉")

            // Tag all: pick the first tag, confirm, wait for the worker.
            tryVerify(() => overlayItem("segmentName") === null || !overlayItem("segmentName").visible)
            wait(400) // the save dialog's exit transition (its dimmer takes clicks meanwhile)
            mouseClick(findByName(page, "bulkTag"))
            tryVerify(() => overlayItem("tagPickerList") !== null)
            const tags = overlayItem("tagPickerList")
            tryVerify(() => tags.count > 0)
            mouseClick(tags.itemAtIndex(0))
            mouseClick(overlayItem("tagPickerDone"))
            const finished = signalSpy
            finished.clear()
            tryCompare(page.bulkConfirmDialog, "opened", true)
            page.bulkConfirmDialog.accept()
            tryCompare(finished, "count", 1, 10000)
            compare(finished.signalArguments[0][0], true)
            verify(book.canUndoTag)
            const undo = findByName(page, "undoBulkTag")
            tryCompare(undo, "visible", true)
            tryCompare(page.bulkConfirmDialog, "visible", false) // its dimmer takes clicks
            mouseClick(undo)
            tryCompare(finished, "count", 2, 10000)
            compare(finished.signalArguments[1][0], true)
            verify(!book.canUndoTag)
        }

        function test_exportWritesAFile() {
            const book = testContext.segmentBook
            signalSpy.clear()
            mouseClick(findByName(page, "exportCsv"))
            tryCompare(signalSpy, "count", 1, 10000)
            compare(signalSpy.signalArguments[0][0], true)
            verify(book.message.indexOf(".csv") > 0)
        }

        function test_portraitShowsOnePaneAtATime() {
            page.width = 800
            page.height = 1280
            verify(!page.wide)
            const tab = findByName(page, "resultsTab")
            verify(tab.visible)
            mouseClick(tab)
            compare(page.pane, 2)
            const results = findByName(page, "segmentResultList")
            tryCompare(results, "visible", true)
            verify(results.width > 0)
        }
    }

    SignalSpy {
        id: signalSpy
        target: testContext.segmentBook
        signalName: "jobFinished"
    }
}
