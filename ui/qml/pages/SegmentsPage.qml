pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// Segments: the saved segments, the rule builder with its live count, and the customers it
// finds; save / rename / delete, bulk tag (with undo) and CSV export. Side by side on a
// wide screen; one pane at a time, chosen with tabs, on a portrait tablet.
Item {
    id: page
    required property AppContext context
    readonly property SegmentBook book: page.context.segmentBook
    readonly property bool wide: page.width >= 1100
    // Which pane a narrow screen shows: 0 saved, 1 rule, 2 customers.
    property int pane: 1
    // For tests: the bulk-tag confirmation.
    readonly property Dialog bulkConfirmDialog: bulkConfirm

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    SaveSegmentDialog { id: saveDialog }

    // Name a segment: new, save as new, or rename.
    component SaveSegmentDialog: Dialog {
        id: dialog
        property string segmentId
        property bool asNew: true
        property string error
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(440, page.width - 32)
        title: dialog.segmentId !== "" ? qsTr("Rename segment") : qsTr("Save segment")
        standardButtons: Dialog.Save | Dialog.Cancel
        function ask(segmentId: string, name: string, asNew: bool) {
            dialog.segmentId = segmentId
            dialog.asNew = asNew
            dialog.error = ""
            nameField.text = name
            dialog.open()
            nameField.forceActiveFocus()
            nameField.selectAll()
        }
        onAccepted: {
            const error = dialog.segmentId !== "" ? page.book.rename(dialog.segmentId, nameField.text)
                                                  : page.book.save(nameField.text, dialog.asNew)
            if (error !== "") {
                dialog.error = error
                dialog.open()
            }
        }
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            TextField {
                id: nameField
                objectName: "segmentName"
                Layout.fillWidth: true
                Layout.preferredHeight: 44
                maximumLength: 100
                placeholderText: qsTr("Name, e.g. Gold members not seen for 90 days")
                font.family: Theme.fontFamily
                onAccepted: dialog.accept()
            }
            Text {
                Layout.fillWidth: true
                visible: dialog.error !== ""
                text: dialog.error
                color: Theme.danger
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
            }
        }
    }

    Dialog {
        id: deleteDialog
        property string segmentId
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(440, page.width - 32)
        title: qsTr("Delete segment?")
        standardButtons: Dialog.Yes | Dialog.No
        onAccepted: page.book.remove(deleteDialog.segmentId)
        ColumnLayout {
            anchors.fill: parent
            Text {
                Layout.fillWidth: true
                text: qsTr("“%1” is deleted on every device. Its customers keep their tags.").arg(page.book.saved.nameOf(deleteDialog.segmentId))
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                color: Theme.text
            }
        }
    }

    TagPicker {
        id: bulkPicker
        tags: page.book.tags
        single: true
        title: qsTr("Tag every customer of this segment with…")
        onPicked: (tagIds) => {
            bulkConfirm.tagId = tagIds[0]
            bulkConfirm.open()
        }
    }

    Dialog {
        id: bulkConfirm
        property string tagId
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(440, page.width - 32)
        title: qsTr("Tag %n customer(s)?", "", Math.max(0, page.book.editor.count))
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAccepted: page.book.bulkTag(bulkConfirm.tagId)
        ColumnLayout {
            anchors.fill: parent
            Text {
                Layout.fillWidth: true
                text: qsTr("“%1” is added to those who do not have it yet. You can undo it afterwards.").arg(page.book.tagName(bulkConfirm.tagId, !Qt.uiLanguage.startsWith("zh")))
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                color: Theme.text
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        // Title, what is open, and the actions on the segment.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: page.book.currentSegmentId !== "" ? page.book.currentSegmentName : qsTr("New segment")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Button {
                objectName: "saveSegment"
                text: page.book.currentSegmentId !== "" ? qsTr("Save") : qsTr("Save…")
                highlighted: true
                Layout.preferredHeight: 44
                font.family: Theme.fontFamily
                onClicked: {
                    if (page.book.currentSegmentId !== "")
                        page.book.save(page.book.currentSegmentName, false)
                    else
                        saveDialog.ask("", "", true)
                }
            }
            Button {
                objectName: "saveSegmentAsNew"
                visible: page.book.currentSegmentId !== ""
                text: qsTr("Save as new…")
                Layout.preferredHeight: 44
                font.family: Theme.fontFamily
                onClicked: saveDialog.ask("", page.book.currentSegmentName, true)
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "bulkTag"
                text: qsTr("Tag all…")
                height: 44
                font.family: Theme.fontFamily
                enabled: !page.book.busy && page.book.editor.count > 0
                onClicked: {
                    bulkPicker.selected = []
                    bulkPicker.open()
                }
            }
            Button {
                objectName: "undoBulkTag"
                text: qsTr("Undo tagging")
                height: 44
                font.family: Theme.fontFamily
                visible: page.book.canUndoTag
                enabled: !page.book.busy
                onClicked: page.book.undoBulkTag()
            }
            Button {
                objectName: "exportCsv"
                text: qsTr("Export CSV")
                height: 44
                font.family: Theme.fontFamily
                enabled: !page.book.busy && page.book.editor.count > 0
                onClicked: page.book.exportCsv(!Qt.uiLanguage.startsWith("zh"))
            }
        }
        ProgressBar {
            Layout.fillWidth: true
            visible: page.book.busy
            value: page.book.progress
            indeterminate: page.book.progress <= 0
        }
        Text {
            objectName: "segmentMessage"
            Layout.fillWidth: true
            visible: page.book.message !== ""
            text: page.book.message
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        TabBar {
            id: tabs
            Layout.fillWidth: true
            visible: !page.wide
            currentIndex: page.pane
            onCurrentIndexChanged: page.pane = tabs.currentIndex
            TabButton {
                text: qsTr("Saved (%1)").arg(page.book.saved.count)
                height: 44
                font.family: Theme.fontFamily
            }
            TabButton {
                text: qsTr("Rule")
                height: 44
                font.family: Theme.fontFamily
            }
            TabButton {
                objectName: "resultsTab"
                text: qsTr("Customers")
                height: 44
                font.family: Theme.fontFamily
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.padding

            // Saved segments.
            Rectangle {
                Layout.preferredWidth: page.wide ? 260 : -1
                Layout.fillWidth: !page.wide
                Layout.fillHeight: true
                visible: page.wide || page.pane === 0
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                clip: true
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacing
                    RowLayout {
                        Layout.fillWidth: true
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("Saved segments")
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.weight: Font.DemiBold
                        }
                        Button {
                            objectName: "newSegment"
                            text: qsTr("New")
                            flat: true
                            Layout.preferredHeight: 44
                            font.family: Theme.fontFamily
                            onClicked: {
                                page.book.startNew()
                                page.pane = 1
                            }
                        }
                    }
                    ListView {
                        id: savedList
                        objectName: "savedSegmentList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        model: page.book.saved
                        keyNavigationEnabled: true
                        clip: true
                        Keys.onReturnPressed: {
                            const item = savedList.currentItem as SavedSegmentRow
                            if (item)
                                item.clicked()
                        }
                        delegate: SavedSegmentRow { }
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: savedList.count === 0
                        text: qsTr("Build a rule, then save it to find these customers again.")
                        color: Theme.textSecondary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }
            }

            // Equal preferred widths: the two panes share the room instead of the rule
            // builder's implicit width (its text fields) pushing the results off screen.
            RuleBuilder {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: page.wide ? 400 : -1
                Layout.minimumWidth: page.wide ? 380 : 0
                visible: page.wide || page.pane === 1
                book: page.book
            }

            SegmentResults {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: page.wide ? 400 : -1
                Layout.minimumWidth: page.wide ? 320 : 0
                visible: page.wide || page.pane === 2
                book: page.book
            }
        }
    }

    component SavedSegmentRow: ItemDelegate {
        id: savedRow
        required property int index
        required property string segmentId
        required property string name
        required property bool pending
        width: ListView.view.width
        height: 52
        highlighted: savedRow.segmentId === page.book.currentSegmentId
        onClicked: {
            page.book.open(savedRow.segmentId)
            page.pane = 1
        }
        contentItem: RowLayout {
            spacing: 4
            Text {
                Layout.fillWidth: true
                text: savedRow.name
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                elide: Text.ElideRight
            }
            Text {
                visible: savedRow.pending
                text: qsTr("not sent yet")
                color: Theme.warning
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            ToolButton {
                text: "✎"
                Layout.preferredWidth: 44
                Layout.preferredHeight: 44
                Accessible.name: qsTr("Rename")
                onClicked: saveDialog.ask(savedRow.segmentId, savedRow.name, false)
            }
            ToolButton {
                text: "✕"
                Layout.preferredWidth: 44
                Layout.preferredHeight: 44
                Accessible.name: qsTr("Delete")
                onClicked: {
                    deleteDialog.segmentId = savedRow.segmentId
                    deleteDialog.open()
                }
            }
        }
    }
}
