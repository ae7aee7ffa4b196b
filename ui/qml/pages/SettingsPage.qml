import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// Language, and what this installation is (About).
Item {
    id: settings
    required property AppContext context

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroller.availableWidth - 2 * Theme.padding, 720)
            x: Theme.padding
            y: Theme.padding
            spacing: Theme.padding

            Card {
                Layout.fillWidth: true
                title: qsTr("Language")
                RowLayout {
                    spacing: Theme.spacing
                    Repeater {
                        model: [
                            { code: "zh_CN", label: "简体中文", language: settings.context.language },
                            { code: "zh_TW", label: "繁體中文", language: settings.context.language },
                            { code: "en", label: "English", language: settings.context.language }
                        ]
                        delegate: Button {
                            required property var modelData
                            objectName: "language_" + modelData.code
                            text: modelData.label
                            font.family: Theme.fontFamily
                            font.capitalization: Font.MixedCase
                            highlighted: modelData.language.language === modelData.code
                            onClicked: modelData.language.language = modelData.code
                        }
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("The interface changes at once; customer data stays as entered.")
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
            }

            Card {
                Layout.fillWidth: true
                objectName: "taskSettings"
                title: qsTr("Tasks")
                visible: settings.context.taskBoard !== null
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Birthday tasks, days ahead")
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                    SpinBox {
                        objectName: "birthdayLeadDays"
                        implicitHeight: 44
                        from: 0
                        to: 30
                        value: settings.context.taskBoard ? settings.context.taskBoard.birthdayLeadDays : 3
                        onValueModified: settings.context.taskBoard.birthdayLeadDays = value
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Revisits a day")
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                    SpinBox {
                        objectName: "revisitsPerDay"
                        implicitHeight: 44
                        from: 0
                        to: 50
                        value: settings.context.taskBoard ? settings.context.taskBoard.revisitsPerDay : 5
                        onValueModified: settings.context.taskBoard.revisitsPerDay = value
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                title: qsTr("About GuideDesk")
                InfoRow { Layout.fillWidth: true; label: qsTr("Version"); value: settings.context.appInfo.version }
                InfoRow {
                    Layout.fillWidth: true
                    label: qsTr("Signed in")
                    value: settings.context.appInfo.guideName === "" ? qsTr("Nobody (store view)")
                           : settings.context.appInfo.guideName + " · " + settings.context.appInfo.storeName
                }
                InfoRow {
                    Layout.fillWidth: true
                    label: qsTr("Customers")
                    value: Number(settings.context.appInfo.customerTotal).toLocaleString(Qt.locale(Qt.uiLanguage), "f", 0)
                }
                InfoRow {
                    Layout.fillWidth: true
                    label: qsTr("Local data")
                    value: qsTr("Encrypted with SQLCipher (AES-256); the key is kept in the system keychain.")
                }
                InfoRow { Layout.fillWidth: true; label: qsTr("Database"); value: settings.context.appInfo.databasePath }
                InfoRow { Layout.fillWidth: true; label: qsTr("Schema"); value: String(settings.context.appInfo.schemaVersion) }
                InfoRow {
                    Layout.fillWidth: true
                    label: qsTr("Mode")
                    value: settings.context.appInfo.demo
                           ? qsTr("Demo: generated customers, not real people. Nothing leaves this device.")
                           : qsTr("Store data")
                }
            }
        }
    }
}
