import QtQuick
import QtQuick.Controls
import QtTest
import GuideDesk

// The quick entry as a guide uses it with the keyboard: name, Enter, phone, Enter — with
// the duplicate shown while typing, and problems shown in place.
Item {
    id: root
    width: 800
    height: 1280

    Component {
        id: dialogComponent
        QuickEntryDialog {
            controller: testQuickEntry
        }
    }

    TestCase {
        name: "QuickEntryDialog"
        when: windowShown

        property var dialog: null

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
        function countByName(item, name) {
            if (!item)
                return 0
            let n = item.objectName === name && item.visible ? 1 : 0
            const children = item.children ?? []
            for (let i = 0; i < children.length; ++i)
                n += countByName(children[i], name)
            return n
        }
        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function init() {
            dialog = createTemporaryObject(dialogComponent, root)
            verify(dialog)
            dialog.open()
            tryCompare(dialog, "opened", true)
            tryCompare(findByName(dialog.contentItem, "quickName"), "activeFocus", true)
        }

        function test_enterMovesOnAndSavesOpensTheProfile() {
            const created = createTemporaryObject(signalSpyComponent, root, { target: dialog, signalName: "customerCreated" })
            const before = testQuickEntryProbe.pendingChanges()
            // QTest cannot type hanzi through an input method: the name is set, the rest typed.
            findByName(dialog.contentItem, "quickName").text = "李新客"
            keyClick(Qt.Key_Return)
            const phone = findByName(dialog.contentItem, "quickPhone")
            tryCompare(phone, "activeFocus", true)
            typeText("139 0000 5678")
            keyClick(Qt.Key_Return)
            tryCompare(created, "count", 1)
            compare(dialog.opened, false)
            const id = created.signalArguments[0][0]
            verify(id !== "")
            compare(testQuickEntryProbe.storedPhoneMasked(id), "139****5678")
            compare(testQuickEntryProbe.pendingChanges(), before + 1)
        }

        function test_duplicateIsSuggestedWhileTyping() {
            const chosen = createTemporaryObject(signalSpyComponent, root, { target: dialog, signalName: "existingCustomerChosen" })
            findByName(dialog.contentItem, "quickName").text = "张三"
            findByName(dialog.contentItem, "quickPhone").forceActiveFocus()
            typeText("1234")
            tryVerify(() => countByName(dialog.contentItem, "duplicateCandidate") >= 1, 2000)
            compare(dialog.candidates[0].match, "name_phone")
            compare(dialog.candidates[0].phoneMasked, "138****1234")
            dialog.chooseExisting(dialog.candidates[0].id)
            compare(chosen.count, 1)
        }

        function test_problemsAreShownInPlaceAndNothingIsSaved() {
            const created = createTemporaryObject(signalSpyComponent, root, { target: dialog, signalName: "customerCreated" })
            const before = testQuickEntryProbe.pendingChanges()
            keyClick(Qt.Key_Return) // empty name: Enter only moves on
            typeText("12345")
            keyClick(Qt.Key_Return)
            const nameProblem = findByName(dialog.contentItem, "quickNameProblem")
            verify(nameProblem.visible)
            verify(nameProblem.text.length > 0)
            tryCompare(findByName(dialog.contentItem, "quickName"), "activeFocus", true)
            findByName(dialog.contentItem, "quickName").text = "王 二"
            findByName(dialog.contentItem, "quickSave").clicked()
            verify(findByName(dialog.contentItem, "quickPhoneProblem").visible)
            compare(created.count, 0)
            compare(testQuickEntryProbe.pendingChanges(), before)
            compare(dialog.opened, true)
        }

        function test_impossibleLunarLeapMonthIsRefused() {
            findByName(dialog.contentItem, "quickName").text = "赵闰月"
            findByName(dialog.contentItem, "quickLunar").checked = true
            findByName(dialog.contentItem, "quickLeap").checked = true
            findByName(dialog.contentItem, "quickMonth").currentIndex = 4
            findByName(dialog.contentItem, "quickDay").currentIndex = 8
            findByName(dialog.contentItem, "quickYear").text = "2021" // 2021 had no 闰四月
            findByName(dialog.contentItem, "quickSave").clicked()
            verify(findByName(dialog.contentItem, "quickBirthdayProblem").visible)
            findByName(dialog.contentItem, "quickYear").text = "2020" // 2020 had one
            findByName(dialog.contentItem, "quickSave").clicked()
            compare(dialog.opened, false)
        }

        // Ticks the tag's row in the open picker (scrolling the list to it).
        function tickTag(list, tagId) {
            for (let i = 0; i < list.count; ++i) {
                list.positionViewAtIndex(i, ListView.Contain)
                const row = list.itemAtIndex(i)
                if (row && row.tagId === tagId) {
                    mouseClick(row)
                    return true
                }
            }
            return false
        }
        function pickTags(tagIds) {
            findByName(dialog.contentItem, "quickTags").clicked()
            const list = findByName(Overlay.overlay, "tagPickerList")
            verify(list)
            tryCompare(list, "visible", true)
            for (const id of tagIds)
                verify(tickTag(list, id), "tag " + id + " is in the picker")
            const done = findByName(Overlay.overlay, "tagPickerDone")
            mouseClick(done)
            tryCompare(list, "visible", false)
        }

        function test_tagsPickedInTheDialogAreStored() {
            const created = createTemporaryObject(signalSpyComponent, root, { target: dialog, signalName: "customerCreated" })
            const sample = testQuickEntryProbe.sampleTags()
            compare(sample.length, 3)
            const wanted = [sample[0], sample[2]] // one size, one multi-choice tag
            findByName(dialog.contentItem, "quickName").text = "钱有标签"
            pickTags(wanted)
            compare(dialog.tagIds.length, 2)
            verify(findByName(dialog.contentItem, "quickTagNames").text.indexOf(" · ") > 0)
            const before = testQuickEntryProbe.pendingChanges()
            findByName(dialog.contentItem, "quickSave").clicked()
            tryCompare(created, "count", 1)
            const id = created.signalArguments[0][0]
            compare(testQuickEntryProbe.storedTagIds(id), wanted.slice().sort())
            // The customer and each tag link: one outbox entry each, in the same transaction.
            compare(testQuickEntryProbe.pendingChanges(), before + 3)
        }

        function test_twoTagsOfASingleChoiceGroupAreRefused() {
            const created = createTemporaryObject(signalSpyComponent, root, { target: dialog, signalName: "customerCreated" })
            const sample = testQuickEntryProbe.sampleTags()
            const before = testQuickEntryProbe.pendingChanges()
            findByName(dialog.contentItem, "quickName").text = "孙两码"
            pickTags([sample[0], sample[1]]) // two sizes
            findByName(dialog.contentItem, "quickSave").clicked()
            verify(findByName(dialog.contentItem, "quickTagsProblem").visible)
            compare(created.count, 0)
            compare(testQuickEntryProbe.pendingChanges(), before)
            // Dropping one of them lets it through.
            pickTags([sample[1]]) // unticks the second size
            compare(dialog.tagIds.length, 1)
            findByName(dialog.contentItem, "quickSave").clicked()
            tryCompare(created, "count", 1)
            compare(testQuickEntryProbe.storedTagIds(created.signalArguments[0][0]), [sample[0]])
        }
    }

    Component {
        id: signalSpyComponent
        SignalSpy { }
    }
}
