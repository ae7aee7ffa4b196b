import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// Writes a note on a customer: what kind of contact, what was said. Saved on this device at
// once (and sent to the server when it can be); notes are never edited afterwards.
ColumnLayout {
    id: composer
    required property CustomerBook book
    required property string customerId
    spacing: Theme.spacing

    property string kind: "visit"
    property string message: ""
    property bool failed: false

    function save() {
        const error = composer.book.addNote(composer.customerId, composer.kind, noteText.text)
        composer.failed = error !== ""
        if (error === "") {
            noteText.clear()
            composer.message = qsTr("Saved. It will reach the server with the next sync.")
        } else {
            composer.message = error
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: [
                { kind: "visit", label: QT_TRANSLATE_NOOP("NoteComposer", "Visit"), owner: composer },
                { kind: "wechat", label: QT_TRANSLATE_NOOP("NoteComposer", "WeChat"), owner: composer },
                { kind: "call", label: QT_TRANSLATE_NOOP("NoteComposer", "Call"), owner: composer },
                { kind: "other", label: QT_TRANSLATE_NOOP("NoteComposer", "Other"), owner: composer }
            ]
            delegate: Button {
                id: kindButton
                required property var modelData
                readonly property NoteComposer owner: kindButton.modelData.owner
                text: qsTranslate("NoteComposer", kindButton.modelData.label)
                checkable: true
                checked: kindButton.owner.kind === kindButton.modelData.kind
                flat: !checked
                Layout.preferredHeight: 44
                onClicked: kindButton.owner.kind = kindButton.modelData.kind
            }
        }
    }
    TextArea {
        id: noteText
        objectName: "noteText"
        Layout.fillWidth: true
        Layout.minimumHeight: 88
        placeholderText: qsTr("What did you talk about? Sizes tried, what they liked, when they will come back…")
        wrapMode: TextEdit.Wrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        Keys.onPressed: (event) => {
            if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                composer.save()
                event.accepted = true
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Text {
            Layout.fillWidth: true
            objectName: "noteMessage"
            text: composer.message
            color: composer.failed ? Theme.danger : Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Button {
            objectName: "noteSave"
            text: qsTr("Save note")
            enabled: noteText.text.trim() !== "" && composer.book.canWrite
            highlighted: true
            Layout.preferredHeight: 44
            onClicked: composer.save()
        }
    }
}
