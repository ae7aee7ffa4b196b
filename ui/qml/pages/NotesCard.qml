import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// What was said with the customer, newest first: kind, when, who — and whether it is still
// waiting on this device to reach the server.
ColumnLayout {
    id: card
    required property NoteListModel notes
    spacing: Theme.spacing

    Text {
        visible: card.notes.count === 0
        text: qsTr("No notes yet.")
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }
    Repeater {
        model: card.notes
        delegate: ColumnLayout {
            id: note
            required property string kind
            required property string body
            required property date createdAt
            required property string guideName
            required property bool pending
            readonly property string kindLabel: note.kind === "visit" ? qsTranslate("NoteComposer", "Visit")
                                              : note.kind === "wechat" ? qsTranslate("NoteComposer", "WeChat")
                                              : note.kind === "call" ? qsTranslate("NoteComposer", "Call")
                                              : qsTranslate("NoteComposer", "Other")
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                spacing: Theme.spacing
                Text {
                    text: note.kindLabel
                    color: Theme.accent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
                Text {
                    text: note.createdAt.toLocaleString(Qt.locale(Qt.uiLanguage), Locale.ShortFormat)
                          + (note.guideName !== "" ? "  ·  " + note.guideName : "")
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                Text {
                    visible: note.pending
                    text: qsTr("waiting to sync")
                    color: Theme.warning
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
            }
            Text {
                Layout.fillWidth: true
                text: note.body
                wrapMode: Text.Wrap
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
        }
    }
}
