import QtQuick
import QtQuick.Controls
import GuideDesk

// The customer book: the searchable list, and each customer's profile pushed on top.
Item {
    id: page
    required property AppContext context

    // Opens the profile of a customer (from the list, a test or the self-test).
    function openCustomer(customerId: string) {
        if (customerId === "")
            return
        stack.push(profileComponent, { profile: page.context.customerBook.openProfile(customerId),
                                       book: page.context.customerBook,
                                       tagBook: page.context.tagBook,
                                       desk: page.context.coupons })
    }
    // For --self-test: the profile page must load too.
    function openFirstCustomer(): bool {
        const id = page.context.customerBook.customers.customerIdAt(0)
        page.openCustomer(id)
        return id !== ""
    }
    // The quick entry of a new customer (button, Ctrl+N); null on a read-only book.
    function newCustomer() {
        if (page.context.customerBook.quickEntry !== null)
            quickEntry.open()
    }
    function back() {
        if (stack.depth > 1)
            stack.pop()
    }

    InitialSyncBanner {
        id: syncBanner
        anchors.top: parent.top
        width: parent.width
        status: page.context.syncStatus
    }

    StackView {
        id: stack
        anchors.top: syncBanner.bottom
        anchors.bottom: parent.bottom
        width: parent.width
        initialItem: CustomerListPane {
            customers: page.context.customerBook.customers
            firstSyncRunning: page.context.syncStatus.enabled && !page.context.syncStatus.initialSyncDone
            canAddCustomers: page.context.customerBook.quickEntry !== null
            onCustomerActivated: (customerId) => page.openCustomer(customerId)
            onNewCustomerRequested: page.newCustomer()
        }
    }

    Shortcut {
        sequence: "Ctrl+N"
        onActivated: page.newCustomer()
    }

    // Opened only when the book has a controller (see newCustomer()).
    QuickEntryDialog {
        id: quickEntry
        controller: page.context.customerBook.quickEntry
        parent: Overlay.overlay
        onCustomerCreated: (customerId) => page.openCustomer(customerId)
        onExistingCustomerChosen: (customerId) => page.openCustomer(customerId)
    }

    Component {
        id: profileComponent
        CustomerProfilePage { }
    }
}
