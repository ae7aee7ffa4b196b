import QtQuick
import QtTest
import GuideDesk

// The sync indicator and the first-sync banner say what the engine is doing, in words.
Item {
    id: root
    width: 1280
    height: 800

    SyncIndicator {
        id: indicator
        status: testSyncStatus
    }
    InitialSyncBanner {
        id: banner
        y: 100
        width: 800
        status: testSyncStatus
    }

    TestCase {
        name: "SyncStatus"
        when: windowShown

        function labelText() {
            for (let i = 0; i < indicator.children.length; ++i) {
                const row = indicator.children[i]
                for (let j = 0; j < row.children.length; ++j) {
                    if (row.children[j].objectName === "syncLabel")
                        return row.children[j].text
                }
            }
            return ""
        }

        function test_states_data() {
            return [
                { tag: "online", state: SyncStatus.Online, reason: "", pending: 0, text: "Online" },
                { tag: "online with pending", state: SyncStatus.Online, reason: "", pending: 3, text: "Online · 3 to send" },
                { tag: "offline", state: SyncStatus.Offline, reason: "network", pending: 0, text: "Offline" },
                { tag: "offline with work", state: SyncStatus.Offline, reason: "network", pending: 1, text: "Offline · 1 waiting" },
                { tag: "tls", state: SyncStatus.Error, reason: "tls", pending: 0, text: "Sync problem" },
                { tag: "signed out", state: SyncStatus.SignedOut, reason: "signed_out", pending: 0, text: "Signed out" },
            ]
        }
        function test_states(data) {
            testSyncDriver.set(data.state, data.reason, data.pending, true, 0, 0)
            compare(labelText(), data.text)
            verify(indicator.visible)
            verify(!banner.visible)
            compare(indicator.reasonText() !== "", data.reason !== "")
        }

        function test_firstSyncProgress() {
            testSyncDriver.set(SyncStatus.Syncing, "", 0, false, 2500, 7500)
            verify(banner.visible)
            compare(testSyncStatus.progress, 0.25)
            compare(labelText(), "First sync 25%")
            testSyncDriver.set(SyncStatus.Offline, "network", 0, false, 2500, 7500)
            verify(banner.visible) // paused, not gone: it resumes by itself
            testSyncDriver.set(SyncStatus.Online, "", 0, true, 10000, 0)
            verify(!banner.visible)
        }
    }
}
