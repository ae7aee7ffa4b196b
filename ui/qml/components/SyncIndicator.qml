import QtQuick
import QtQuick.Controls
import GuideDesk

// Always in the header: whether this device is in step with the server, and what waits to
// be sent. Tapping it tries again now and shows the details.
Rectangle {
    id: indicator
    required property SyncStatus status

    visible: indicator.status.enabled
    implicitHeight: 32
    implicitWidth: row.implicitWidth + 20
    radius: 16
    color: indicator.tint(0.12)
    border.color: indicator.tint(0.35)
    Accessible.role: Accessible.Button
    Accessible.name: label.text

    readonly property color stateColor: {
        switch (indicator.status.state) {
        case SyncStatus.Online: return Theme.accent
        case SyncStatus.Syncing: return "#4b6cb7"
        case SyncStatus.Offline: return Theme.warning
        default: return Theme.danger
        }
    }
    function tint(alpha: real): color {
        return Qt.rgba(indicator.stateColor.r, indicator.stateColor.g, indicator.stateColor.b, alpha)
    }
    function stateText(): string {
        const s = indicator.status
        switch (s.state) {
        case SyncStatus.Online:
            return s.pendingChanges > 0 ? qsTr("Online · %n to send", "", s.pendingChanges) : qsTr("Online")
        case SyncStatus.Syncing:
            return s.initialSyncDone ? qsTr("Syncing…") : qsTr("First sync %1%").arg(Math.floor(s.progress * 100))
        case SyncStatus.Offline:
            return s.pendingChanges > 0 ? qsTr("Offline · %n waiting", "", s.pendingChanges) : qsTr("Offline")
        case SyncStatus.SignedOut:
            return qsTr("Signed out")
        default:
            return qsTr("Sync problem")
        }
    }
    function reasonText(): string {
        switch (indicator.status.reasonCode) {
        case "network": return qsTr("The server cannot be reached. Your work is kept on this device and will be sent when the connection returns.")
        case "tls": return qsTr("The server's certificate is not trusted. Nothing is sent until this is fixed — ask your IT contact.")
        case "server": return qsTr("The server reported a problem. GuideDesk will try again by itself.")
        case "protocol": return qsTr("The server sent something GuideDesk does not understand. It will try again by itself.")
        case "store": return qsTr("The local database could not be written. GuideDesk will try again by itself.")
        case "signed_out": return qsTr("Your session has ended. Sign in again to resume syncing; nothing on this device is lost.")
        default: return ""
        }
    }

    Row {
        id: row
        anchors.centerIn: parent
        spacing: 6
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: 10
            height: 10
            radius: 5
            color: indicator.stateColor
            SequentialAnimation on opacity {
                running: indicator.status.state === SyncStatus.Syncing
                loops: Animation.Infinite
                NumberAnimation { to: 0.3; duration: 500 }
                NumberAnimation { to: 1.0; duration: 500 }
            }
        }
        Text {
            id: label
            objectName: "syncLabel"
            text: indicator.stateText()
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }

    MouseArea {
        anchors.fill: parent
        onClicked: {
            indicator.status.syncNow()
            details.open()
        }
    }

    Popup {
        id: details
        y: indicator.height + 6
        x: indicator.width - width
        width: 320
        padding: Theme.padding
        contentItem: Column {
            spacing: Theme.spacing
            Text {
                width: parent.width
                text: indicator.stateText()
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Text {
                width: parent.width
                visible: text !== ""
                text: indicator.reasonText()
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.text
            }
            Text {
                width: parent.width
                text: indicator.status.lastSyncedAt.getTime() > 0
                      ? qsTr("Last in step: %1").arg(indicator.status.lastSyncedAt.toLocaleTimeString(Qt.locale(Qt.uiLanguage), Locale.ShortFormat))
                      : qsTr("Not yet in step with the server.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
            Text {
                width: parent.width
                visible: indicator.status.rejectedChanges > 0
                text: qsTr("%n change(s) were refused by the server.", "", indicator.status.rejectedChanges)
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.danger
            }
            Text {
                width: parent.width
                visible: indicator.status.detail !== ""
                text: indicator.status.detail
                wrapMode: Text.WrapAnywhere
                font.pixelSize: 11
                color: Theme.textSecondary
            }
        }
    }
}
