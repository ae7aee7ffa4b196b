import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GuideDesk

// The shell: a header, the navigation (a side rail on landscape and desktop, a bottom bar on
// a portrait tablet) and one loaded page per entry of the PageRegistry.
ApplicationWindow {
    id: window
    required property AppContext context
    property bool selfTest: false

    // Fill a tablet's or small laptop's screen; a window on a large desktop.
    readonly property bool smallScreen: Screen.desktopAvailableWidth <= 1440
    width: window.smallScreen ? Screen.desktopAvailableWidth : 1440
    height: window.smallScreen ? Screen.desktopAvailableHeight : 900
    minimumWidth: 360
    minimumHeight: 480
    visible: true
    title: qsTr("GuideDesk")
    color: Theme.background
    font.family: Theme.fontFamily
    Material.theme: Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent
    Material.background: Theme.background

    readonly property bool sideNavigation: width > height && width >= 900
    property int currentPage: 0

    PageRegistry { id: registry }

    // The navigation's badges: paid orders nobody has claimed yet.
    readonly property var navBadges: ({ orders: window.context.orderDesk ? window.context.orderDesk.waitingCount : 0 })
    function pageIndex(pageId: string): int {
        for (let i = 0; i < registry.count; ++i) {
            if (registry.get(i).pageId === pageId)
                return i
        }
        return -1
    }

    // Take the keyboard at start: a guide types a name the moment the app is up.
    Component.onCompleted: window.requestActivate()

    // The page loader of an entry, for the self-test and tests.
    function pageItem(index: int) {
        const loader = pages.itemAt(index) as Loader
        return loader ? loader.item : null
    }

    header: ToolBar {
        height: 56
        background: Rectangle {
            color: Theme.surface
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
        }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.padding
            anchors.rightMargin: Theme.padding
            spacing: Theme.padding
            Rectangle {
                Layout.preferredWidth: 32
                Layout.preferredHeight: 32
                radius: 8
                color: Theme.accent
                Text { anchors.centerIn: parent; text: "导"; color: Theme.textOnAccent; font.pixelSize: 18; font.weight: Font.Bold }
            }
            Text {
                text: qsTr("GuideDesk")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
            }
            Text {
                Layout.fillWidth: true
                text: qsTranslate("Pages", registry.get(window.currentPage).title)
                color: Theme.textSecondary
                font.pixelSize: Theme.fontBody
                elide: Text.ElideRight
            }
            Rectangle {
                visible: window.context.appInfo.demo
                Layout.preferredHeight: 24
                Layout.preferredWidth: demoLabel.implicitWidth + 16
                radius: 12
                color: "#fdf0d5"
                Text { id: demoLabel; anchors.centerIn: parent; text: qsTr("Demo data"); color: "#8a5a00"; font.pixelSize: 12 }
            }
            SyncIndicator {
                objectName: "syncIndicator"
                status: window.context.syncStatus
            }
            Text {
                text: window.context.appInfo.guideName === ""
                      ? window.context.appInfo.storeName
                      : window.context.appInfo.guideName + " · " + window.context.appInfo.storeName
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }
        }
    }

    // What each page is loaded with: its file and the app context (built here, outside the
    // delegates, so that every page receives the same typed context).
    readonly property var pageEntries: {
        const entries = []
        for (let i = 0; i < registry.count; ++i)
            entries.push({ source: registry.get(i).source, context: window.context })
        return entries
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // Side rail (landscape / desktop).
        Rectangle {
            visible: window.sideNavigation
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.navRailWidth
            color: Theme.surface
            Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: Theme.border }
            NavigationBar {
                id: rail
                anchors.fill: parent
                anchors.topMargin: Theme.padding
                model: registry
                badges: window.navBadges
                currentIndex: window.currentPage
                onCurrentIndexChanged: window.currentPage = rail.currentIndex
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // A new paid order, over any page but Orders (which shows its own).
            OrderBanner {
                objectName: "shellOrderBanner"
                Layout.fillWidth: true
                Layout.margins: window.context.orderDesk && window.context.orderDesk.bannerVisible
                                && registry.get(window.currentPage).pageId !== "orders" ? Theme.spacing : 0
                desk: window.context.orderDesk
                visible: desk !== null && desk.bannerVisible && registry.get(window.currentPage).pageId !== "orders"
                onOpenRequested: orderId => {
                    const index = window.pageIndex("orders")
                    window.currentPage = index
                    const page = window.pageItem(index)
                    if (page && typeof page.openOrder === "function")
                        page.openOrder(orderId)
                }
            }

            StackLayout {
                id: stackLayout
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: window.currentPage
                Repeater {
                    id: pages
                    model: window.pageEntries
                    delegate: Loader {
                        required property var modelData
                        Component.onCompleted: setSource(modelData.source, { context: modelData.context })
                    }
                }
            }

            // Bottom bar (portrait tablet).
            Rectangle {
                visible: !window.sideNavigation
                Layout.fillWidth: true
                Layout.preferredHeight: 64
                color: Theme.surface
                Rectangle { anchors.top: parent.top; width: parent.width; height: 1; color: Theme.border }
                NavigationBar {
                    id: bottomBar
                    anchors.fill: parent
                    vertical: false
                    model: registry
                    badges: window.navBadges
                    currentIndex: window.currentPage
                    onCurrentIndexChanged: window.currentPage = bottomBar.currentIndex
                }
            }
        }
    }

    // Signed out (first start without a session, or a session that ended): ask at once.
    SignInDialog {
        id: signIn
        status: window.context.syncStatus
        visible: false
    }
    readonly property bool signedOut: window.context.syncStatus.enabled
                                      && window.context.syncStatus.state === SyncStatus.SignedOut
    onSignedOutChanged: {
        if (window.signedOut && !window.selfTest)
            signIn.open()
    }

    // --self-test: show every page, open a profile, then quit. Any QML warning on the way
    // makes the app exit non-zero (see app/selftest.h).
    Timer {
        id: selfTestStep
        property int step: 0
        interval: 50
        repeat: true
        running: window.selfTest
        onTriggered: {
            if (step < registry.count) {
                window.currentPage = step
                const page = window.pageItem(step)
                if (page && typeof page.openFirstCustomer === "function")
                    page.openFirstCustomer()
                step += 1
            } else {
                Qt.exit(0)
            }
        }
    }
}
