import QtQuick
import GuideDesk

// The app's navigation: a vertical rail (landscape, desktop) or a bottom bar (portrait),
// one button per PageRegistry entry.
ListView {
    id: bar
    property bool vertical: true
    // pageId → a count shown on that page's button (e.g. {orders: 3}).
    property var badges: ({})
    orientation: bar.vertical ? ListView.Vertical : ListView.Horizontal
    interactive: false
    spacing: bar.vertical ? Theme.spacing : 0
    currentIndex: 0
    highlightFollowsCurrentItem: false
    keyNavigationEnabled: false

    delegate: NavButton {
        required property int index
        required property string title
        required property string iconUrl
        required property string pageId
        badgeCount: (ListView.view as NavigationBar).badges[pageId] || 0
        width: ListView.view.height > ListView.view.width ? ListView.view.width - 16 : ListView.view.width / ListView.view.count
        height: 64
        x: ListView.view.height > ListView.view.width ? 8 : 0
        label: qsTranslate("Pages", title)
        iconSource: iconUrl
        selected: ListView.view.currentIndex === index
        onClicked: ListView.view.currentIndex = index
    }
}
