import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// Keeping tags true: tags past their shelf life to confirm or remove, tag coverage per
// guide, and size tags that the customer's purchases contradict. Each review is read on the
// review worker: the tab says "Counting…" meanwhile, and why if the read failed.
Item {
    id: page
    required property AppContext context
    readonly property TagBook tagBook: page.context.tagBook
    property StaleTagModel stale: null
    property CoverageModel coverage: null
    property SizeMismatchModel sizes: null
    property string message: ""
    // The review the current tab shows.
    readonly property TagReviewListModel review: tabs.currentIndex === 0 ? page.stale
                                                : tabs.currentIndex === 1 ? page.coverage : page.sizes

    function shown(name: string, nameEn: string): string {
        return Qt.uiLanguage.startsWith("zh") || nameEn === "" ? name : nameEn
    }
    // Re-reads what the current tab shows (when shown, and after a change or a sync).
    function reload() {
        if (!page.visible)
            return
        if (tabs.currentIndex === 0) {
            if (!page.stale)
                page.stale = page.tagBook.openStaleTags()
            page.stale.reload(page.tagBook.shelfLifeDays)
        } else if (tabs.currentIndex === 1) {
            if (!page.coverage)
                page.coverage = page.tagBook.openCoverage()
            page.coverage.reload()
        } else {
            if (!page.sizes)
                page.sizes = page.tagBook.openSizeMismatches()
            page.sizes.reload()
        }
    }
    // The list's empty state is for a review that has been read, without error, and is empty.
    function readAndEmpty(review: TagReviewListModel, count: int): bool {
        return review !== null && review.loaded && !review.loading && review.error === "" && count === 0
    }
    function done(error: string, okText: string) {
        page.message = error === "" ? okText : error
    }

    onVisibleChanged: page.reload()
    Component.onCompleted: page.reload()
    Connections {
        target: page.tagBook
        function onTagsChanged(customerId: string) { page.reload() }
        function onShelfLifeChanged() { page.reload() }
        function onGuideChanged() { page.stale = null; page.coverage = null; page.sizes = null; page.reload() }
    }

    Rectangle { anchors.fill: parent; color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        TabBar {
            id: tabs
            Layout.fillWidth: true
            onCurrentIndexChanged: { page.message = ""; page.reload() }
            TabButton { objectName: "tabStale"; text: qsTr("To review"); font.family: Theme.fontFamily; height: 48 }
            TabButton { objectName: "tabCoverage"; text: qsTr("Coverage"); font.family: Theme.fontFamily; height: 48 }
            TabButton { objectName: "tabSpotCheck"; text: qsTr("Spot check"); font.family: Theme.fontFamily; height: 48 }
        }
        Text {
            Layout.fillWidth: true
            visible: page.message !== ""
            text: page.message
            color: Theme.textSecondary
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        Text {
            objectName: "reviewError"
            Layout.fillWidth: true
            visible: text !== ""
            text: page.review && page.review.error !== "" ? qsTr("The review could not be read: %1").arg(page.review.error) : ""
            color: Theme.danger
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            // Stale tags
            ColumnLayout {
                spacing: Theme.spacing
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Text {
                        Layout.fillWidth: true
                        text: page.stale && page.stale.loaded ? qsTr("%n tag(s) older than the shelf life", "", page.stale.total) : ""
                        color: Theme.text
                        wrapMode: Text.Wrap
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                    }
                    Text {
                        text: qsTr("Shelf life (days)")
                        color: Theme.textSecondary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                    SpinBox {
                        objectName: "shelfLife"
                        from: 30
                        to: 730
                        stepSize: 30
                        editable: true
                        value: page.tagBook.shelfLifeDays
                        onValueModified: page.tagBook.shelfLifeDays = value
                    }
                }
                ActionList {
                    id: staleList
                    objectName: "staleList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.stale
                    delegate: StaleTagRow { }
                    onAction: (kind, customerId, tagId) => {
                        if (kind === "confirm")
                            page.done(page.tagBook.confirmTag(customerId, tagId), qsTr("Confirmed: the tag is fresh again."))
                        else
                            page.done(page.tagBook.removeTag(customerId, tagId), qsTr("Removed."))
                    }
                    EmptyState {
                        anchors.centerIn: parent
                        visible: page.readAndEmpty(page.stale, staleList.count)
                        title: qsTr("Every tag is fresh")
                        hint: qsTr("Tags set more than %n day(s) ago appear here for a check.", "", page.tagBook.shelfLifeDays)
                    }
                    ReviewBusy { anchors.centerIn: parent; review: page.stale }
                }
            }

            // Coverage per guide and group
            ActionList {
                id: coverageList
                objectName: "coverageList"
                clip: true
                model: page.coverage
                spacing: Theme.spacing
                shared: page.coverage ? (Qt.uiLanguage.startsWith("zh") ? page.coverage.groupNames : page.coverage.groupNamesEn) : []
                delegate: CoverageRowView { }
                EmptyState {
                    anchors.centerIn: parent
                    visible: page.readAndEmpty(page.coverage, coverageList.count)
                    title: qsTr("No guides yet")
                    hint: qsTr("Coverage appears once the store's guides and tags have arrived.")
                }
                ReviewBusy { anchors.centerIn: parent; review: page.coverage }
            }

            // Size spot check
            ActionList {
                id: sizeList
                objectName: "sizeList"
                clip: true
                model: page.sizes
                header: Text {
                    width: ListView.view.width
                    bottomPadding: Theme.spacing
                    text: qsTr("Size tags that most of the last five purchases disagree with.")
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                delegate: SizeMismatchRow { }
                onAction: (kind, customerId, tagId, size) => {
                    if (kind === "replace")
                        page.done(page.tagBook.replaceSize(customerId, tagId, size), qsTr("Size updated."))
                    else
                        page.done(page.tagBook.confirmTag(customerId, tagId), qsTr("Kept."))
                }
                EmptyState {
                    anchors.centerIn: parent
                    visible: page.readAndEmpty(page.sizes, sizeList.count)
                    title: qsTr("No contradictions")
                    hint: qsTr("Every size tag agrees with what the customer bought recently.")
                }
                ReviewBusy { anchors.centerIn: parent; review: page.sizes }
            }
        }
    }
}
