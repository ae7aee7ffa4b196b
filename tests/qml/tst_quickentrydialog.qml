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
    }

    Component {
        id: signalSpyComponent
        SignalSpy { }
    }
}
