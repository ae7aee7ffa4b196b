import QtQuick
import GuideDesk

// The Today page's list of tasks: knows the board its rows act on, so that a row (a
// delegate) needs nothing from the page; `message` says why the last action failed.
ListView {
    id: view
    property TaskBoard board: null
    property string message: ""

    function complete(taskId: string, outcome: string) {
        view.message = view.board ? view.board.complete(taskId, outcome) : ""
    }
    function snooze(taskId: string, days: int) {
        view.message = view.board ? view.board.snooze(taskId, days) : ""
    }
    function reassign(taskId: string, guideId: string) {
        view.message = view.board ? view.board.reassign(taskId, guideId) : ""
    }
    // Whom a manager may hand a task to (read when the menu opens).
    function guides(): var {
        return view.board ? view.board.guides() : []
    }
    function setProgress(taskId: string, progress: int) {
        view.message = view.board ? view.board.setProgress(taskId, progress) : ""
    }
}
