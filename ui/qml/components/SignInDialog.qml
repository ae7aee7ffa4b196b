import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// Asks for the password when the device is signed out (first start, or a session that
// ended). Work done meanwhile stays on the device and is sent once signed in. The password
// goes to the server once and is never stored.
Dialog {
    id: dialog
    required property SyncStatus status

    modal: true
    closePolicy: Popup.CloseOnEscape
    title: qsTr("Sign in")
    width: Math.min(420, parent ? parent.width - 32 : 420)
    anchors.centerIn: parent
    property string errorCode: ""

    function errorText(): string {
        switch (dialog.errorCode) {
        case "": return ""
        case "bad_credentials": return qsTr("The user name or password is wrong.")
        case "network": return qsTr("The server cannot be reached. Check the network and try again.")
        case "tls": return qsTr("The server's certificate is not trusted, so the password was not sent.")
        default: return qsTr("Signing in failed (%1).").arg(dialog.errorCode)
        }
    }
    function submit() {
        if (password.text === "" || dialog.status.signingIn)
            return
        dialog.errorCode = ""
        dialog.status.signIn(password.text)
    }

    onOpened: password.forceActiveFocus()

    Connections {
        target: dialog.status
        function onSignInFinished(errorCode: string, detail: string) {
            dialog.errorCode = errorCode
            if (errorCode === "") {
                password.clear()
                dialog.close()
            } else {
                // Straight back to the field: retype and press Enter.
                password.forceActiveFocus()
                password.selectAll()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            text: qsTr("Your session has ended. Sign in again to resume syncing; nothing on this device is lost.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        Text {
            text: qsTr("User: %1").arg(dialog.status.username)
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
        TextField {
            id: password
            objectName: "signInPassword"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: qsTr("Password")
            enabled: !dialog.status.signingIn
            onAccepted: dialog.submit()
        }
        Text {
            Layout.fillWidth: true
            visible: text !== ""
            text: dialog.errorText()
            wrapMode: Text.Wrap
            color: Theme.danger
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        RowLayout {
            Layout.fillWidth: true
            BusyIndicator {
                running: dialog.status.signingIn
                visible: running
                Layout.preferredHeight: 36
                Layout.preferredWidth: 36
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Later")
                flat: true
                onClicked: dialog.close()
            }
            Button {
                objectName: "signInButton"
                text: qsTr("Sign in")
                highlighted: true
                enabled: password.text !== "" && !dialog.status.signingIn
                onClicked: dialog.submit()
            }
        }
    }
}
