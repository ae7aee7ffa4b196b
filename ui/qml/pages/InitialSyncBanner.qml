import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// Shown while a device fills its store from the server for the first time: how far along
// it is, in rows and percent, and that it resumes by itself if interrupted.
Rectangle {
    id: banner
    required property SyncStatus status

    visible: banner.status.enabled && !banner.status.initialSyncDone
    implicitHeight: visible ? column.implicitHeight + 2 * Theme.padding : 0
    color: Theme.accentSoft

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: 6
        Text {
            Layout.fillWidth: true
            objectName: "initialSyncTitle"
            text: banner.status.state === SyncStatus.Syncing
                  ? qsTr("Getting your customers from the server… %1%").arg(Math.floor(banner.status.progress * 100))
                  : qsTr("The first sync is paused: %1").arg(banner.status.state === SyncStatus.Offline ? qsTr("no connection") : qsTr("see the sync status"))
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        ProgressBar {
            Layout.fillWidth: true
            from: 0
            to: 1
            value: banner.status.progress
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("%1 of about %2 records. If the connection drops, it continues where it stopped.")
                  .arg(Number(banner.status.pulledRows).toLocaleString(Qt.locale(Qt.uiLanguage), "f", 0))
                  .arg(Number(banner.status.pulledRows + banner.status.remainingRows).toLocaleString(Qt.locale(Qt.uiLanguage), "f", 0))
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }
}
