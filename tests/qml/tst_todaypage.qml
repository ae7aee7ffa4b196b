import QtQuick
import QtTest
import GuideDesk

// The Today page as a guide uses it, over a real store: overdue first, then today's revisit,
// then the coming campaign and birthday; complete with an outcome in two taps, snooze, add a
// to-do, count campaign progress; an empty and a signed-out state; portrait and landscape.
Item {
    id: root
    width: 1440
    height: 900

    Component {
        id: pageComponent
        TodayPage { context: testContext }
    }

    TestCase {
        name: "TodayPage"
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
        function list() { return findByName(page, "taskList") }
        function rowsInOrder() {
            const model = testContext.taskBoard.tasks
            const out = []
            for (let i = 0; i < model.count; ++i) {
                list().currentIndex = i
                out.push(list().currentItem.kind + ":" + list().currentItem.section)
            }
            return out
        }
        function clickButton(name) {
            const button = findByName(page, name)
            verify(button, name)
            verify(button.visible, name + " visible")
            verify(button.height >= 44, name + " is touch-sized")
            mouseClick(button)
        }

        function init() {
            root.width = 1440
            root.height = 900
            testToday.reset()
            page = createTemporaryObject(pageComponent, root, { width: Qt.binding(() => root.width),
                                                                height: Qt.binding(() => root.height) })
            verify(page)
            tryVerify(() => list().count === 4)
        }

        function test_overdueThenTodayThenComingUp() {
            const rows = rowsInOrder()
            compare(rows.slice(0, 2), ["todo:overdue", "revisit:today"])
            compare(rows.slice(2).sort(), ["birthday:upcoming", "campaign:upcoming"])
            const birthdays = findByName(page, "birthdaysCard")
            verify(birthdays.visible)
            compare(testContext.taskBoard.birthdays.count, 1)
        }

        function test_completeARevisitInTwoTaps() {
            const revisit = testToday.taskOf("revisit", "c1")
            verify(revisit !== "")
            list().positionViewAtIndex(1, ListView.Visible)
            clickButton("done_" + revisit)
            // Cancel goes back; then the outcome closes the task.
            clickButton("outcomeCancel_" + revisit)
            compare(list().count, 4)
            clickButton("done_" + revisit)
            clickButton("outcome_" + revisit + "_will_visit")
            tryCompare(list(), "count", 3)
            compare(testToday.taskValue(revisit, "status"), "done")
            compare(testToday.taskValue(revisit, "outcome"), "will_visit")
            compare(testToday.outboxCount("task_complete"), 1)
        }

        function test_aTodoClosesInOneTap() {
            clickButton("done_t-todo")
            tryCompare(list(), "count", 3)
            compare(testToday.taskValue("t-todo", "status"), "done")
        }

        function test_snoozeHidesTheTask() {
            clickButton("snooze_t-todo")
            // The menu opens; its first item is "until tomorrow".
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Return)
            tryCompare(list(), "count", 3)
            compare(testToday.taskValue("t-todo", "snoozed_until"), "2026-12-03")
            compare(testToday.outboxCount("task_snooze"), 1)
        }

        function test_addATodo() {
            const field = findByName(page, "todoField")
            field.forceActiveFocus()
            field.text = "Steam the new coats"
            keyClick(Qt.Key_Return)
            tryCompare(list(), "count", 5)
            compare(field.text, "")
            compare(testToday.outboxCount("task_upsert") >= 1, true)
            // Blank text adds nothing.
            field.text = "   "
            verify(!findByName(page, "addTodo").enabled)
        }

        function test_campaignProgress() {
            list().positionViewAtEnd()
            clickButton("progress_t-campaign")
            compare(testToday.taskValue("t-campaign", "progress"), "8")
            compare(testToday.outboxCount("task_progress"), 1)
        }

        function test_emptyWhenAllDone() {
            const ids = []
            for (let i = 0; i < list().count; ++i) {
                list().currentIndex = i
                ids.push(list().currentItem.taskId)
            }
            for (const id of ids)
                testContext.taskBoard.complete(id, "reached")
            tryCompare(list(), "count", 0)
            const empty = findByName(page, "noTasks")
            verify(empty.visible)
        }

        function test_signedOut() {
            testToday.signOut()
            verify(!list().visible)
            testToday.reset()
            verify(list().visible)
        }

        function test_portraitTablet() {
            root.width = 800
            root.height = 1280
            wait(50)
            verify(list().width <= 800)
            list().currentIndex = 0
            verify(list().currentItem.width <= 800 - 2 * 16)
            verify(list().currentItem.x >= 0)
            compare(list().count, 4)
        }
    }
}
