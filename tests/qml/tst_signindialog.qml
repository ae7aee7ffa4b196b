import QtQuick
import QtTest
import GuideDesk

// Signing in again: the password goes to the engine once, a refusal is worded, success closes.
Item {
    id: root
    width: 1280
    height: 800

    SignInDialog {
        id: dialog
        status: testSyncStatus
    }

    TestCase {
        name: "SignInDialog"
        when: windowShown

        function find(item, name) {
            if (!item)
                return null
            if (item.objectName === name)
                return item
            const children = item.children ?? []
            for (let i = 0; i < children.length; ++i) {
                const found = find(children[i], name)
                if (found)
                    return found
            }
            if (item.contentItem && item.contentItem !== item)
                return find(item.contentItem, name)
            return null
        }

        SignalSpy { id: requested; target: testSyncStatus; signalName: "signInRequested" }

        function test_refusedThenAccepted() {
            testSyncDriver.set(SyncStatus.SignedOut, "signed_out", 2, true, 0, 0)
            dialog.open()
            tryVerify(() => dialog.opened)
            const password = find(dialog.contentItem, "signInPassword")
            const button = find(dialog.contentItem, "signInButton")
            verify(password && button)
            verify(!button.enabled) // nothing typed yet
            password.forceActiveFocus()
            keyClick("p"); keyClick("w")
            verify(button.enabled)
            mouseClick(button)
            compare(requested.count, 1)
            compare(requested.signalArguments[0][0], "pw")
            verify(testSyncStatus.signingIn)
            testSyncDriver.answerSignIn("bad_credentials")
            verify(!testSyncStatus.signingIn)
            compare(dialog.errorText(), "The user name or password is wrong.")
            verify(dialog.opened)
            keyClick(Qt.Key_Return)
            compare(requested.count, 2)
            testSyncDriver.answerSignIn("")
            tryVerify(() => !dialog.visible)
        }
    }
}
