import QtQuick

// Every top-level page of the app, in navigation order. A new page is a file in pages/ and
// one ListElement here; the shell, the navigation and --self-test pick it up.
ListModel {
    ListElement {
        pageId: "today"
        title: QT_TRANSLATE_NOOP("Pages", "Today")
        iconUrl: "qrc:/GuideDesk/icons/today.svg"
        source: "pages/TodayPage.qml"
    }
    ListElement {
        pageId: "orders"
        title: QT_TRANSLATE_NOOP("Pages", "Orders")
        iconUrl: "qrc:/GuideDesk/icons/orders.svg"
        source: "pages/OrdersPage.qml"
    }
    ListElement {
        pageId: "customers"
        title: QT_TRANSLATE_NOOP("Pages", "Customers")
        iconUrl: "qrc:/GuideDesk/icons/people.svg"
        source: "pages/CustomersPage.qml"
    }
    ListElement {
        pageId: "tags"
        title: QT_TRANSLATE_NOOP("Pages", "Tags")
        iconUrl: "qrc:/GuideDesk/icons/tag.svg"
        source: "pages/TagsPage.qml"
    }
    ListElement {
        pageId: "segments"
        title: QT_TRANSLATE_NOOP("Pages", "Segments")
        iconUrl: "qrc:/GuideDesk/icons/segments.svg"
        source: "pages/SegmentsPage.qml"
    }
    ListElement {
        pageId: "import"
        title: QT_TRANSLATE_NOOP("Pages", "Import")
        iconUrl: "qrc:/GuideDesk/icons/import.svg"
        source: "pages/ImportPage.qml"
    }
    ListElement {
        pageId: "settings"
        title: QT_TRANSLATE_NOOP("Pages", "Settings")
        iconUrl: "qrc:/GuideDesk/icons/settings.svg"
        source: "pages/SettingsPage.qml"
    }
}
