import QtQuick

// A ListView whose rows ask for actions through it: a delegate reaches the page only as
// `ListView.view as ActionList` (qmllint: a delegate sees nothing outside itself), and the
// page answers in onAction.
ListView {
    id: list
    // Anything the rows need from the page (e.g. column names), set by the page.
    property var shared: null
    signal action(string kind, string first, string second, string third)
}
