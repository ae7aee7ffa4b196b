import QtQuick
import QtTest
import GuideDesk

// The Customers page as a guide uses it: type, see the customer, open the profile.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: pageComponent
        CustomersPage { context: testContext }
    }

    TestCase {
        name: "CustomersPage"
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

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function init() {
            // The list model outlives each page: start every test from an unsearched list.
            testContext.customerBook.customers.searchText = ""
            page = createTemporaryObject(pageComponent, root, { width: root.width, height: root.height })
            verify(page)
            const search = findByName(page, "customerSearch")
            verify(search)
            search.forceActiveFocus()
            tryCompare(search, "activeFocus", true)
        }

        function test_typingZsShowsZhangSan() {
            const list = findByName(page, "customerList")
            compare(list.count, 400)
            typeText("zs")
            tryVerify(() => list.count < 400 && list.count > 0, 2000)
            const first = list.itemAtIndex(0)
            verify(first)
            compare(first.name, "张三")
        }

        function test_lastFourDigits() {
            const list = findByName(page, "customerList")
            typeText("1234")
            tryCompare(list, "count", 1, 2000)
            compare(list.itemAtIndex(0).name, "张三")
            // Esc clears the search and brings everyone back.
            keyClick(Qt.Key_Escape)
            tryCompare(list, "count", 400, 2000)
        }

        function test_noMatchShowsAnEmptyStateWithAHint() {
            const list = findByName(page, "customerList")
            typeText("qqqqq")
            tryCompare(list, "count", 0, 2000)
            const count = findByName(page, "customerCount")
            compare(count.text, "0 matches")
        }

        function test_enterOpensTheProfile() {
            typeText("1234")
            const list = findByName(page, "customerList")
            tryCompare(list, "count", 1, 2000)
            keyClick(Qt.Key_Return)
            tryVerify(() => findByName(page, "profileName") !== null, 2000)
            compare(findByName(page, "profileName").text, "张三")
            verify(findByName(page, "profileSummary").text.length > 0)
            keyClick(Qt.Key_Escape)
            tryVerify(() => findByName(page, "profileName") === null, 2000)
        }
    }
}
