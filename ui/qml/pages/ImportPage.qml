import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import GuideDesk

// CSV import of customers for a store coming from paper or an old till: choose the file,
// check what was recognised (encoding, which column is what, the first rows, every row that
// cannot be imported and why), then import — all rows or none, with progress and cancel.
Item {
    id: page
    required property AppContext context
    readonly property ImportController importer: page.context.customerBook.importer

    function fieldLabel(key: string): string {
        switch (key) {
        case "name": return qsTr("Name")
        case "phone": return qsTr("Phone")
        case "gender": return qsTr("Gender")
        case "birthday": return qsTr("Birthday")
        case "member_level": return qsTr("Member level")
        case "nickname": return qsTr("Nickname")
        case "remark": return qsTr("Remark")
        }
        return qsTr("Do not import")
    }
    function problemText(key: string): string {
        switch (key) {
        case "bad_bytes": return qsTr("bytes that are not valid text in this encoding")
        case "unclosed_quote": return qsTr("a quote (\") is opened and never closed")
        case "text_after_quote": return qsTr("text after a closing quote")
        case "field_too_long": return qsTr("a cell longer than 64 KB")
        case "too_many_fields": return qsTr("more than 512 cells")
        case "control_characters": return qsTr("invisible control characters")
        case "name_missing": return qsTr("no name")
        case "name_too_long": return qsTr("a name longer than 100 characters")
        case "phone_invalid": return qsTr("not a phone number (mobile 1[3-9] + 9 digits, landline 0 + area code, or +country)")
        case "gender_unknown": return qsTr("gender not understood (男/女, M/F)")
        case "birthday_invalid": return qsTr("not a date (1990-03-05, 1990/3/5, 3月5日, 农历…)")
        case "level_unknown": return qsTr("member level not understood (普通, 银卡, 金卡, 白金)")
        case "nickname_too_long": return qsTr("a nickname longer than 100 characters")
        case "remark_too_long": return qsTr("a remark longer than 2000 characters")
        case "duplicate_in_file": return qsTr("skipped: the same customer as an earlier row")
        case "duplicate_in_store": return qsTr("skipped: already a customer (same name and last 4 digits)")
        }
        return key
    }
    function fileProblemText(key: string): string {
        switch (key) {
        case "cannot_open": return qsTr("The file cannot be opened.")
        case "empty": return qsTr("The file is empty.")
        case "no_name_column": return qsTr("No column holds the names: choose \"Name\" for one column below.")
        case "cancelled": return qsTr("Cancelled. Nothing was imported.")
        case "write_failed": return qsTr("The device could not save the customers. Nothing was imported.")
        }
        return ""
    }
    // Each entry carries the page, so the delegates need nothing from outside.
    function columns(): var {
        const list = []
        if (page.importer === null)
            return list
        const headers = page.importer.headers
        const mapping = page.importer.mapping
        for (let i = 0; i < headers.length; ++i)
            list.push({ index: i, header: headers[i], field: mapping[i], owner: page })
        return list
    }
    function problemLines(): var {
        const list = []
        if (page.importer === null)
            return list
        for (const p of page.importer.problems)
            list.push({ text: (p.column !== "" ? qsTr("Row %1, %2: %3") : qsTr("Row %1%2: %3"))
                              .arg(p.line).arg(p.column).arg(page.problemText(p.problem))
                              + (p.problem === "duplicate_in_file" ? " " + qsTr("(row %1)").arg(p.value) : ""),
                        skipped: p.skipped })
        return list
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose a CSV file")
        nameFilters: [qsTr("CSV files (*.csv *.txt)"), qsTr("All files (*)")]
        onAccepted: {
            page.importer.analyseUrl(fileDialog.selectedFile)
            pathField.text = page.importer.path
        }
    }

    Label {
        anchors.centerIn: parent
        visible: page.importer === null
        text: qsTr("Import is not available on a read-only customer book.")
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth
        visible: page.importer !== null

        ColumnLayout {
            width: Math.min(scroller.availableWidth - 2 * Theme.padding, 960)
            x: Theme.padding
            y: Theme.padding
            spacing: Theme.padding

            Label {
                text: qsTr("Import customers from a CSV file")
                font.pixelSize: Theme.fontHeadline
                font.family: Theme.fontFamily
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                text: qsTr("UTF-8 or GBK (as Excel saves it). The first row names the columns. Nothing is written until you press Import, and then all customers are imported or none.")
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TextField {
                    id: pathField
                    objectName: "importPath"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 48
                    placeholderText: qsTr("Path of the CSV file")
                    onAccepted: page.importer.analyse(pathField.text)
                }
                Button {
                    text: qsTr("Choose file…")
                    Layout.preferredHeight: 48
                    enabled: page.importer !== null && !page.importer.busy
                    onClicked: fileDialog.open()
                }
                Button {
                    objectName: "importCheck"
                    text: qsTr("Check file")
                    Layout.preferredHeight: 48
                    enabled: page.importer !== null && !page.importer.busy && pathField.text !== ""
                    onClicked: page.importer.analyse(pathField.text)
                }
            }

            RowLayout {
                Layout.fillWidth: true
                visible: page.importer !== null && page.importer.busy
                spacing: Theme.spacing
                ProgressBar {
                    Layout.fillWidth: true
                    value: page.importer !== null ? page.importer.progress : 0
                }
                Button {
                    objectName: "importCancel"
                    text: qsTr("Cancel")
                    Layout.preferredHeight: 44
                    onClicked: page.importer.cancel()
                }
            }

            Label {
                objectName: "importFileProblem"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.danger
                visible: text !== ""
                text: page.importer !== null ? page.fileProblemText(page.importer.fileProblem) : ""
            }

            Card {
                Layout.fillWidth: true
                visible: page.importer !== null && page.importer.headers.length > 0
                title: qsTr("What the file holds")
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    RowLayout {
                        spacing: Theme.spacing
                        Label {
                            text: qsTr("Encoding")
                        }
                        ComboBox {
                            id: encodingBox
                            Layout.preferredHeight: 44
                            Layout.preferredWidth: 200
                            textRole: "label"
                            valueRole: "key"
                            model: [
                                { key: "utf8", label: "UTF-8" },
                                { key: "gb18030", label: "GBK / GB18030" }
                            ]
                            currentIndex: page.importer !== null && page.importer.encoding === "gb18030" ? 1 : 0
                            onActivated: page.importer.setEncoding(encodingBox.currentValue)
                        }
                    }
                    Repeater {
                        model: page.columns()
                        delegate: RowLayout {
                            id: columnRow
                            required property var modelData
                            readonly property ImportPage owner: columnRow.modelData.owner
                            spacing: Theme.spacing
                            Label {
                                Layout.preferredWidth: 200
                                elide: Text.ElideRight
                                text: columnRow.modelData.header === "" ? qsTr("(column %1)").arg(columnRow.modelData.index + 1) : columnRow.modelData.header
                            }
                            ComboBox {
                                objectName: "importColumn" + columnRow.modelData.index
                                Layout.preferredHeight: 44
                                Layout.preferredWidth: 220
                                model: columnRow.owner.importer.fieldKeys
                                displayText: columnRow.owner.fieldLabel(currentText)
                                currentIndex: columnRow.owner.importer.fieldKeys.indexOf(columnRow.modelData.field)
                                enabled: !columnRow.owner.importer.busy
                                onActivated: (index) => columnRow.owner.importer.setColumnField(columnRow.modelData.index, columnRow.owner.importer.fieldKeys[index])
                            }
                        }
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                visible: page.importer !== null && page.importer.preview.length > 0
                title: qsTr("First rows")
                ColumnLayout {
                    width: parent.width
                    spacing: 2
                    Repeater {
                        model: page.importer !== null ? page.importer.preview : []
                        delegate: Label {
                            required property var modelData
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            text: modelData.join("  |  ")
                        }
                    }
                }
            }

            Label {
                objectName: "importSummary"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: page.importer !== null && page.importer.stage !== "" && page.importer.fileProblem === ""
                font.pixelSize: Theme.fontTitle
                text: page.importer === null ? ""
                      : page.importer.stage === "imported"
                        ? qsTr("Imported %n customer(s). They reach the server with the next sync.", "", page.importer.imported)
                        : page.importer.stage === "not_imported"
                          ? qsTr("Nothing was imported: some rows cannot be imported (below). Fix the file, or import only the good rows.")
                          : qsTr("%1 rows: %2 ready to import, %3 cannot be imported, %4 duplicates skipped.")
                            .arg(page.importer.rows).arg(page.importer.readyRows)
                            .arg(page.importer.invalidRows).arg(page.importer.skippedDuplicates)
            }

            Card {
                Layout.fillWidth: true
                visible: page.importer !== null && page.importer.problemCount > 0
                title: qsTr("Rows not imported (%1)").arg(page.importer !== null ? page.importer.problemCount : 0)
                ColumnLayout {
                    width: parent.width
                    spacing: 2
                    Repeater {
                        model: page.problemLines()
                        delegate: Label {
                            required property var modelData
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            color: modelData.skipped ? Theme.textSecondary : Theme.danger
                            text: modelData.text
                        }
                    }
                }
            }

            CheckBox {
                id: skipInvalid
                objectName: "importSkipInvalid"
                visible: page.importer !== null && page.importer.invalidRows > 0
                text: qsTr("Import the good rows and leave out the rows that cannot be imported")
            }
            Button {
                objectName: "importRun"
                Layout.preferredHeight: 48
                highlighted: true
                visible: page.importer !== null && page.importer.stage === "analysed"
                enabled: page.importer !== null && !page.importer.busy && page.importer.readyRows > 0
                         && (page.importer.invalidRows === 0 || skipInvalid.checked)
                text: qsTr("Import %n customer(s)", "", page.importer !== null ? page.importer.readyRows : 0)
                onClicked: page.importer.run(skipInvalid.checked)
            }
        }
    }
}
