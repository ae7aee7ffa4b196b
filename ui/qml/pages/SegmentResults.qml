pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// The customers of the rule being built, lazily loaded, in the chosen order.
FocusScope {
    id: results
    required property SegmentBook book
    property int sort: 0
    signal customerActivated(string customerId)

    function reload() {
        results.book.showResults(results.sort)
    }

    // Follow the live count: when a count settles, the list shows the same customers.
    Connections {
        target: results.book.editor
        function onCountChanged() {
            if (!results.book.editor.counting)
                results.reload()
        }
    }
    Component.onCompleted: results.reload()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: results.book.results.loading ? qsTr("Loading…")
                                                   : qsTr("%n customer(s) in this segment", "", results.book.results.count)
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
            Repeater {
                model: [
                    { sort: 0, label: QT_TRANSLATE_NOOP("SegmentResults", "Name") },
                    { sort: 1, label: QT_TRANSLATE_NOOP("SegmentResults", "Last visit") },
                    { sort: 2, label: QT_TRANSLATE_NOOP("SegmentResults", "Spend") }
                ]
                delegate: Button {
                    required property var modelData
                    Layout.preferredHeight: 44
                    flat: results.sort !== modelData.sort
                    highlighted: results.sort === modelData.sort
                    text: qsTranslate("SegmentResults", modelData.label)
                    font.family: Theme.fontFamily
                    onClicked: {
                        results.sort = modelData.sort
                        results.reload()
                    }
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            clip: true

            ListView {
                id: list
                objectName: "segmentResultList"
                anchors.fill: parent
                anchors.margins: 1
                model: results.book.results
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                focus: true
                ScrollBar.vertical: ScrollBar { }
                Keys.onReturnPressed: results.customerActivated(results.book.results.customerIdAt(list.currentIndex))
                delegate: ItemDelegate {
                    id: row
                    required property int index
                    required property string customerId
                    required property string name
                    required property string initial
                    required property string phoneMasked
                    required property string memberLevel
                    required property real totalSpend
                    required property int visits
                    width: ListView.view.width
                    height: Theme.rowHeight
                    highlighted: ListView.isCurrentItem && list.activeFocus
                    onClicked: {
                        list.currentIndex = row.index
                        results.customerActivated(row.customerId)
                    }
                    contentItem: RowLayout {
                        spacing: Theme.padding - 4
                        Avatar {
                            initial: row.initial
                            seed: row.customerId
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            RowLayout {
                                spacing: Theme.spacing
                                Text {
                                    Layout.maximumWidth: 200
                                    text: row.name
                                    color: Theme.text
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontBody
                                    font.weight: Font.Medium
                                    elide: Text.ElideRight
                                }
                                LevelChip { level: row.memberLevel }
                            }
                            Text {
                                text: row.phoneMasked
                                color: Theme.textSecondary
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                        Text {
                            text: qsTr("¥%1 · %n visit(s)", "", row.visits).arg(Math.round(row.totalSpend).toLocaleString(Qt.locale(), "f", 0))
                            color: Theme.textSecondary
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                }
            }
            EmptyState {
                anchors.centerIn: parent
                visible: list.count === 0 && !results.book.results.loading
                title: qsTr("No customer matches this rule")
            }
        }
    }
}
