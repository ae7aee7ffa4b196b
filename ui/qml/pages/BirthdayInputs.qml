import QtQuick
import QtQuick.Controls
import GuideDesk

// A birthday as the counter takes it: Gregorian or lunar (with the leap month a lunar year
// may have), month and day, the year only if the customer says it. Touch-sized fields.
Flow {
    readonly property bool lunar: lunarBox.checked
    readonly property int year: parseInt(yearField.text) || 0
    readonly property int month: monthBox.currentIndex // 0: not given
    readonly property int day: dayBox.currentIndex // 0: not given
    readonly property bool leapMonth: lunarBox.checked && leapBox.checked

    function clear() {
        yearField.clear()
        monthBox.currentIndex = 0
        dayBox.currentIndex = 0
        lunarBox.checked = false
        leapBox.checked = false
    }

    spacing: Theme.spacing
    CheckBox {
        id: lunarBox
        objectName: "quickLunar"
        height: 44
        text: qsTr("Lunar calendar")
    }
    ComboBox {
        id: monthBox
        objectName: "quickMonth"
        height: 44
        width: 120
        Accessible.name: qsTr("Month")
        model: 13 // 0: not given
        displayText: currentIndex === 0 ? qsTr("Month") : qsTr("%1 (month)").arg(currentIndex)
        delegate: ItemDelegate {
            required property int index
            width: ListView.view ? ListView.view.width : 120
            height: 44
            text: index === 0 ? qsTr("Month") : qsTr("%1 (month)").arg(index)
        }
    }
    ComboBox {
        id: dayBox
        objectName: "quickDay"
        height: 44
        width: 110
        Accessible.name: qsTr("Day")
        model: 32 // 0: not given
        displayText: currentIndex === 0 ? qsTr("Day") : qsTr("%1 (day)").arg(currentIndex)
        delegate: ItemDelegate {
            required property int index
            width: ListView.view ? ListView.view.width : 110
            height: 44
            text: index === 0 ? qsTr("Day") : qsTr("%1 (day)").arg(index)
        }
    }
    TextField {
        id: yearField
        objectName: "quickYear"
        height: 44
        width: 110
        placeholderText: qsTr("Year (optional)")
        inputMethodHints: Qt.ImhDigitsOnly
        validator: IntValidator { bottom: 0; top: 2100 }
        Accessible.name: qsTr("Year")
    }
    CheckBox {
        id: leapBox
        objectName: "quickLeap"
        height: 44
        visible: lunarBox.checked
        text: qsTr("Leap month")
    }
}
