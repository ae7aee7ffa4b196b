import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// Tags one customer from the library in one tap per tag: HQ groups first (a single-select
// group such as Size swaps its tag), then the guide's own tags, with a field to add one.
// Every tap is saved at once on the device and sent with the next sync.
Popup {
    id: sheet
    property TagBook tagBook: null
    readonly property bool writable: sheet.tagBook !== null && sheet.tagBook.canWrite
    property string customerId: ""
    property TagPickerModel picker: null
    property string message: ""

    // Opens the sheet for a customer.
    function openFor(customerId: string) {
        sheet.customerId = customerId
        sheet.picker = sheet.tagBook.openPicker(customerId)
        sheet.message = ""
        sheet.open()
    }
    function shown(name: string, nameEn: string): string {
        return Qt.uiLanguage.startsWith("zh") || nameEn === "" ? name : nameEn
    }
    function report(error: string) {
        sheet.message = error === "" ? "" : qsTr("Not saved: %1").arg(error)
        if (error === "")
            sheet.tagBook.tagsChanged(sheet.customerId)
    }
    function addOwn() {
        if (newTag.text.trim() === "")
            return
        sheet.report(sheet.picker.addPersonalTag(newTag.text))
        if (sheet.message === "")
            newTag.clear()
    }

    modal: true
    focus: true
    parent: Overlay.overlay
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? parent.height - height : 0
    width: parent ? Math.min(parent.width, 720) : 720
    height: parent ? Math.min(parent.height * 0.8, 760) : 600
    padding: Theme.padding
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }

    // The sections of the sheet: HQ groups, then the guide's own tags (always shown, since
    // the field below adds to it).
    function sections(): var {
        const out = []
        if (!sheet.picker)
            return out
        const groups = sheet.picker.groups
        for (let i = 0; i < groups.length; ++i) {
            if (groups[i].groupId !== "")
                out.push(groups[i])
        }
        out.push({ groupId: "", name: "", nameEn: "", multiSelect: true })
        return out
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: qsTr("Tags")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
            }
            Text {
                text: sheet.picker ? qsTr("%n selected", "", sheet.picker.selectedCount) : ""
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            Button {
                objectName: "tagPickerDone"
                text: qsTr("Done")
                Layout.preferredHeight: 44
                onClicked: sheet.close()
            }
        }
        Text {
            Layout.fillWidth: true
            visible: sheet.message !== ""
            text: sheet.message
            color: Theme.danger
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        ScrollView {
            id: scroller
            objectName: "tagPickerScroller"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true
            ColumnLayout {
                width: scroller.availableWidth
                spacing: Theme.spacing
                // HQ groups, then the guide's own tags (always shown: the field adds to it).
                Repeater {
                    model: sheet.sections()
                    // A delegate sees nothing outside itself (qmllint): hand it the sheet.
                    onItemAdded: (index, item) => {
                        const section = item as TagPickerSection
                        section.picker = Qt.binding(() => sheet.picker)
                        section.writable = Qt.binding(() => sheet.writable)
                        section.reported.connect(sheet.report)
                    }
                    delegate: TagPickerSection { }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: sheet.writable
            TextField {
                id: newTag
                objectName: "newPersonalTag"
                Layout.fillWidth: true
                Layout.preferredHeight: 44
                maximumLength: 20
                placeholderText: qsTr("A tag of your own, e.g. loves silk")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                onAccepted: sheet.addOwn()
            }
            Button {
                text: qsTr("Add")
                Layout.preferredHeight: 44
                enabled: newTag.text.trim() !== ""
                onClicked: sheet.addOwn()
            }
        }
    }
}
